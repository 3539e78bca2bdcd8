/** Short policy passages in four languages, long enough for reliable language detection. */
export const SAMPLE_TEXTS = {
  en: 'You can return any item within thirty days of delivery for a full refund. The item must be unused and in its original packaging, and you need the order number from your confirmation email.',
  es: 'Puede devolver cualquier artículo dentro de los treinta días posteriores a la entrega para obtener un reembolso completo. El artículo debe estar sin usar y en su embalaje original, y necesita el número de pedido de su correo de confirmación.',
  de: 'Sie können jeden Artikel innerhalb von dreißig Tagen nach der Lieferung zurückgeben und erhalten den vollen Kaufpreis erstattet. Der Artikel muss unbenutzt und in der Originalverpackung sein, und Sie benötigen die Bestellnummer aus Ihrer Bestätigungs-E-Mail.',
  fr: 'Vous pouvez retourner tout article dans les trente jours suivant la livraison pour obtenir un remboursement complet. L’article doit être inutilisé et dans son emballage d’origine, et vous avez besoin du numéro de commande figurant dans votre e-mail de confirmation.',
} as const;
