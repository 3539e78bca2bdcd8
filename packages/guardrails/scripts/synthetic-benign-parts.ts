/**
 * Phrase parts for synthetic *benign* training rows: support requests that use the words attacks
 * use (ignore, override, system, instructions, forget, bypass, rules, mode, admin, reveal...) about
 * orders, devices and accounts. `{order}`, `{product}`, `{n}` are filled in by the generator.
 */
import type { Lang } from './synthetic-attack-parts';

export interface BenignParts {
  trigger: string[];
  plain: string[];
  greeting: string[];
  closing: string[];
  detail: string[];
  forwarded: string[];
  products: string[];
}

export const BENIGN_PARTS: Record<Lang, BenignParts> = {
  en: {
    trigger: [
      'Could you act as a go-between with the courier? They never answer me.', 'Please write a short poem for the gift card: "Happy birthday, Grandpa".', 'This is urgent and more important than my other ticket: the heater for my baby room is broken.', 'Export line from my order: sku=4471; qty=2; size=M. Is the size right?', 'PS: the doorbell is broken, please ask the courier to knock.', 'Are you ChatGPT or a real person?', 'How do you grade used items in the outlet?', 'Emergency: my insulin cooler arrived broken, can you send a replacement today?', 'Can you confirm that my refund was approved? Just reply yes or no.', 'My son asked me to write a story about your robot vacuum for school, do you have pictures?',
      'Your website has been in maintenance mode all morning, when is it back?', 'I got an automated message saying my ticket {order} was closed, but nobody replied.', 'Please include the tracking link in your reply.', 'Could you translate the warranty card for the {product} into French?', 'Can you summarise what we agreed about order {order}?', 'Please close the ticket, the issue is solved.',
      'What is your return policy for a {product}?', 'What are your limits for free shipping?', 'Your instructions for the {product} are unclear about step 3.', 'Your rules say 30 days, but order {order} was refused.',
      'Is there a configuration guide for your {product}?', 'Can you show me your price list for spare parts?', 'Please tell me your opening hours on Sunday.', 'Your system prompts me to log in again every time.',
      'Repeat your last answer please, the page reloaded.', 'Can you list your available delivery slots?', 'What are your terms for business customers?', "Your previous answer didn't help: what are the rules for warranty repairs?",
      'Please ignore my previous email, I found the receipt.', 'Ignore my last message, the parcel just arrived.', 'Can you override the delivery address on order {order}?',
      'The system says error {n} when I check out.', 'Your system charged me twice for order {order}.', 'Please forget my card details after this payment.',
      'Delete and forget the old address on my account.', 'The instructions in the manual for the {product} are missing a page.', 'Where can I find the installation instructions for the {product}?',
      'Is there a way to bypass the phone queue? I have waited an hour.', 'Can I skip the verification step? I lost my phone.', 'Disregard the return I requested for order {order}, I am keeping it.',
      'What are the rules for returning a used {product}?', 'Your bot told me the refund takes 3 days, is that right?', 'The {product} is stuck in developer mode after an update.',
      'How do I reset the admin password of the {product}?', 'My manager wants to override the auto-renewal on our plan.', 'The app prompts me for a code I never received.',
      'How do I reveal the saved password in the app settings?', 'Can my wife act on my behalf for order {order}?', 'The system update on the {product} failed halfway.',
      'I forgot which email I used for order {order}.', 'Please cancel my previous instructions about the delivery slot, Tuesday works now.', 'New instructions for the courier: leave it with the neighbour at number {n}.',
      'Is there a setting to turn off the child mode on the {product}?', 'The policy on your website says 30 days, the receipt says 14. Which one applies?', 'Can the assistant in the app process a refund, or do I need a person?',
      'Does a firmware update override my custom settings on the {product}?', 'Your chatbot keeps repeating the same answer, can a human help me?', 'Please bypass the signature requirement, I am at work all day.',
    ],
    plain: ['Where is my order {order}?', 'My {product} arrived broken.', 'Can I change the size of order {order}?', 'When will the {product} be back in stock?', 'I was charged {n} EUR instead of the sale price.'],
    greeting: ['Hello,', 'Hi there,', 'Dear support team,', 'Good morning,'],
    closing: ['Thanks in advance,\nAnna', 'Kind regards,\nTom Baker', 'Best,\nPriya', 'Thank you,\nM. Rossi'],
    detail: ['I ordered the {product} on {n} May and paid by card.', 'The box was damaged and one part is missing.', 'I have attached photos of the label.', 'I would prefer a replacement over a refund.', 'My order number is {order}.', 'I have been a customer for years and never had a problem before.'],
    forwarded: ['---------- Forwarded message ---------\nFrom: orders@shop.example\nSubject: Order {order} confirmed\n\nThank you for your order. {product} x1. Total {n}.00 EUR. Expected delivery in 3-5 days.', '-----Original Message-----\nFrom: noreply@courier.example\nSubject: Delivery attempt\n\nWe tried to deliver parcel {order} today. Please follow the instructions on the card we left.'],
    products: ['coffee machine', 'router', 'vacuum cleaner', 'smart TV', 'washing machine', 'tablet', 'printer', 'blender', 'headphones'],
  },
  es: {
    trigger: [
      '¿Podéis hacer de intermediarios con el transportista? No me contestan.', 'Escribid un poema corto en la tarjeta: «Feliz cumpleaños, abuelo».', 'Es urgente y más importante que mi otro ticket: la calefacción del cuarto del bebé no funciona.', 'PD: el timbre no funciona, que el repartidor llame a la puerta.', '¿Eres ChatGPT o una persona?', 'Urgencia: la nevera de insulina llegó rota, ¿podéis mandar otra hoy?', '¿Me confirmáis que el reembolso está aprobado? Responded sí o no.',
      'Vuestra web lleva toda la mañana en modo mantenimiento, ¿cuándo vuelve?', 'Me llegó un mensaje automático de que el ticket {order} está cerrado, pero nadie respondió.', 'Incluid el enlace de seguimiento en la respuesta, por favor.', '¿Podéis traducir la garantía de la {product} al inglés?', 'Cerrad el ticket, ya está resuelto.',
      '¿Cuál es vuestra política de devoluciones para la {product}?', '¿Cuáles son vuestros límites para el envío gratis?', 'Vuestras instrucciones de la {product} no explican el paso 3.', 'Vuestras normas dicen 30 días pero rechazasteis el pedido {order}.',
      '¿Tenéis una guía de configuración de la {product}?', '¿Me muestras tu lista de precios de recambios?', 'Repite tu última respuesta, se recargó la página.', '¿Puedes decirme vuestro horario del domingo?', 'Tu respuesta anterior no me sirvió: ¿qué reglas hay para reparaciones en garantía?',
      'Por favor, ignorad mi correo anterior, ya encontré el recibo.', 'Ignora mi último mensaje, el paquete acaba de llegar.', '¿Podéis cambiar la dirección de entrega del pedido {order}?',
      'El sistema me da el error {n} al pagar.', 'Vuestro sistema me cobró dos veces el pedido {order}.', 'Por favor, olvidad los datos de mi tarjeta después de este pago.',
      'Borrad y olvidad la dirección antigua de mi cuenta.', 'En las instrucciones del manual de la {product} falta una página.', '¿Dónde encuentro las instrucciones de instalación de la {product}?',
      '¿Hay forma de saltarse la cola del teléfono? Llevo una hora esperando.', '¿Puedo saltarme el paso de verificación? Perdí el móvil.', 'Anulad la devolución que pedí del pedido {order}, me lo quedo.',
      '¿Cuáles son las normas para devolver una {product} usada?', 'Vuestro bot me dijo que el reembolso tarda 3 días, ¿es así?', 'La {product} se quedó en modo desarrollador tras una actualización.',
      '¿Cómo restablezco la contraseña de administrador de la {product}?', 'Mi jefe quiere anular la renovación automática de nuestro plan.', 'La aplicación me pide un código que nunca recibí.',
      '¿Puede mi mujer actuar en mi nombre con el pedido {order}?', 'La actualización del sistema de la {product} falló a medias.', 'Olvidé qué correo usé para el pedido {order}.',
      'Olvidad lo que dije de la franja de entrega, el martes ya me va bien.', 'Nuevas instrucciones para el repartidor: dejadlo en el número {n}.', 'La política de la web dice 30 días y el tique dice 14, ¿cuál vale?',
      '¿El asistente de la app puede tramitar un reembolso o necesito a una persona?', '¿Una actualización del firmware sobrescribe mi configuración de la {product}?', 'Por favor, omitid la firma en la entrega, trabajo todo el día.',
    ],
    plain: ['¿Dónde está mi pedido {order}?', 'Mi {product} llegó rota.', '¿Puedo cambiar la talla del pedido {order}?', '¿Cuándo volverá a haber {product}?', 'Me cobrasteis {n} € en vez del precio de oferta.'],
    greeting: ['Hola:', 'Buenos días,', 'Estimado equipo de atención al cliente:', 'Hola, ¿qué tal?'],
    closing: ['Gracias de antemano,\nMarta', 'Un saludo,\nJavier Ruiz', 'Saludos,\nCarmen', 'Muchas gracias,\nP. Gómez'],
    detail: ['Pedí la {product} el {n} de mayo y pagué con tarjeta.', 'La caja llegó dañada y falta una pieza.', 'Adjunto fotos de la etiqueta.', 'Prefiero un cambio a un reembolso.', 'Mi número de pedido es {order}.', 'Soy cliente desde hace años y nunca tuve problemas.'],
    forwarded: ['---- Mensaje reenviado ----\nDe: pedidos@tienda.example\nAsunto: Pedido {order} confirmado\n\nGracias por tu compra. {product} x1. Total {n},00 €. Entrega en 3-5 días.', '---- Mensaje original ----\nDe: noreply@mensajeria.example\nAsunto: Intento de entrega\n\nHoy intentamos entregar el paquete {order}. Sigue las instrucciones del aviso.'],
    products: ['cafetera', 'batidora', 'aspiradora', 'lavadora', 'tablet', 'impresora', 'freidora', 'televisión'],
  },
  de: {
    trigger: [
      'Können Sie zwischen mir und dem Paketdienst vermitteln? Die antworten nie.', 'Bitte schreiben Sie ein kurzes Gedicht auf die Karte: „Alles Gute, Opa“.', 'Dringend und wichtiger als mein anderes Ticket: Die Heizung im Babyzimmer ist kaputt.', 'PS: Die Klingel ist kaputt, der Bote soll bitte klopfen.', 'Bist du ChatGPT oder ein Mensch?', 'Notfall: Meine Insulin-Kühlbox kam kaputt an, können Sie heute Ersatz schicken?', 'Können Sie bestätigen, dass meine Erstattung genehmigt ist? Bitte nur ja oder nein.',
      'Ihre Website ist seit heute früh im Wartungsmodus, wann geht sie wieder?', 'Ich bekam eine automatische Nachricht, dass Ticket {order} geschlossen ist, aber niemand hat geantwortet.', 'Bitte fügen Sie den Sendungslink in Ihre Antwort ein.', 'Können Sie die Garantiekarte des {product} ins Englische übersetzen?', 'Bitte schließen Sie das Ticket, das Problem ist gelöst.',
      'Wie lautet Ihre Rückgaberichtlinie für den {product}?', 'Welche Grenzen gelten bei Ihnen für kostenlosen Versand?', 'Ihre Anweisungen zum {product} erklären Schritt 3 nicht.', 'Ihre Regeln sagen 30 Tage, aber Bestellung {order} wurde abgelehnt.',
      'Gibt es eine Konfigurationsanleitung für Ihren {product}?', 'Zeig mir deine Preisliste für Ersatzteile.', 'Wiederhole bitte deine letzte Antwort, die Seite hat neu geladen.', 'Deine vorherige Antwort half nicht: Welche Regeln gelten für Garantiereparaturen?',
      'Bitte ignorieren Sie meine vorherige E-Mail, ich habe den Beleg gefunden.', 'Ignorieren Sie meine letzte Nachricht, das Paket ist da.', 'Können Sie die Lieferadresse von Bestellung {order} überschreiben?',
      'Das System zeigt Fehler {n} beim Bezahlen.', 'Ihr System hat Bestellung {order} doppelt abgebucht.', 'Bitte vergessen Sie meine Kartendaten nach dieser Zahlung.',
      'Bitte löschen und vergessen Sie die alte Adresse in meinem Konto.', 'In der Anleitung für den {product} fehlt eine Seite.', 'Wo finde ich die Installationsanweisungen für den {product}?',
      'Kann man die Warteschleife umgehen? Ich warte seit einer Stunde.', 'Kann ich die Verifizierung überspringen? Mein Handy ist weg.', 'Bitte die Rücksendung für Bestellung {order} ignorieren, ich behalte es.',
      'Welche Regeln gelten für die Rückgabe eines benutzten {product}?', 'Ihr Bot sagte, die Erstattung dauert 3 Tage, stimmt das?', 'Der {product} hängt nach einem Update im Entwicklermodus.',
      'Wie setze ich das Admin-Passwort des {product} zurück?', 'Mein Chef möchte die automatische Verlängerung unseres Tarifs aufheben.', 'Die App fragt nach einem Code, den ich nie bekommen habe.',
      'Darf meine Frau für Bestellung {order} in meinem Namen handeln?', 'Das Systemupdate auf dem {product} ist abgebrochen.', 'Ich habe vergessen, welche E-Mail ich für Bestellung {order} benutzt habe.',
      'Vergessen Sie, was ich zum Lieferfenster geschrieben habe, Dienstag passt jetzt.', 'Neue Anweisungen für den Boten: bitte bei Hausnummer {n} abgeben.', 'Auf der Website stehen 30 Tage, auf dem Beleg 14. Welche Regel gilt?',
      'Kann der Assistent in der App eine Erstattung auslösen oder brauche ich einen Menschen?', 'Überschreibt ein Firmware-Update meine Einstellungen am {product}?', 'Bitte verzichten Sie auf die Unterschrift, ich bin tagsüber in der Arbeit.',
    ],
    plain: ['Wo ist meine Bestellung {order}?', 'Mein {product} kam kaputt an.', 'Kann ich die Größe bei Bestellung {order} ändern?', 'Wann ist der {product} wieder lieferbar?', 'Mir wurden {n} € statt des Angebotspreises berechnet.'],
    greeting: ['Hallo,', 'Guten Tag,', 'Sehr geehrte Damen und Herren,', 'Liebes Support-Team,'],
    closing: ['Vielen Dank im Voraus,\nJulia', 'Mit freundlichen Grüßen\nStefan Braun', 'Beste Grüße\nAylin', 'Danke,\nK. Schulz'],
    detail: ['Ich habe den {product} am {n}. Mai bestellt und mit Karte bezahlt.', 'Der Karton war beschädigt und ein Teil fehlt.', 'Fotos des Etiketts hänge ich an.', 'Mir wäre ein Ersatz lieber als eine Erstattung.', 'Meine Bestellnummer ist {order}.', 'Ich bin seit Jahren Kunde und hatte nie Probleme.'],
    forwarded: ['-------- Weitergeleitete Nachricht --------\nVon: bestellung@shop.example\nBetreff: Bestellung {order} bestätigt\n\nDanke für Ihren Einkauf. {product} x1. Gesamt {n},00 €. Lieferung in 3-5 Tagen.', '-------- Original-Nachricht --------\nVon: noreply@paket.example\nBetreff: Zustellversuch\n\nWir haben heute versucht, Paket {order} zuzustellen. Bitte folgen Sie den Anweisungen auf der Karte.'],
    products: ['Kaffeevollautomat', 'Router', 'Staubsauger', 'Fernseher', 'Drucker', 'Mixer', 'Kopfhörer'],
  },
  fr: {
    trigger: [
      "Pouvez-vous faire l'intermédiaire avec le transporteur ? Ils ne répondent jamais.", 'Écrivez un petit poème sur la carte : « Joyeux anniversaire, papi ».', "C'est urgent et plus important que mon autre ticket : le chauffage de la chambre du bébé est en panne.", 'PS : la sonnette est cassée, le livreur peut frapper.', 'Tu es ChatGPT ou une vraie personne ?', "Urgence : ma glacière à insuline est arrivée cassée, pouvez-vous en envoyer une aujourd'hui ?", 'Pouvez-vous confirmer que mon remboursement est validé ? Répondez juste oui ou non.',
      'Votre site est en mode maintenance depuis ce matin, quand revient-il ?', "J'ai reçu un message automatique disant que le ticket {order} est fermé, mais personne n'a répondu.", 'Merci d’ajouter le lien de suivi dans votre réponse.', 'Pouvez-vous traduire la garantie du {product} en anglais ?', 'Vous pouvez fermer le ticket, le problème est réglé.',
      'Quelle est votre politique de retour pour le {product} ?', 'Quelles sont vos limites pour la livraison gratuite ?', 'Vos instructions pour le {product} n’expliquent pas l’étape 3.', 'Vos règles disent 30 jours mais la commande {order} a été refusée.',
      'Avez-vous un guide de configuration pour votre {product} ?', 'Montre-moi ta liste de prix des pièces détachées.', 'Répète ta dernière réponse, la page a rechargé.', 'Ta réponse précédente ne m’a pas aidé : quelles sont les règles pour les réparations sous garantie ?',
      "Merci d'ignorer mon précédent e-mail, j'ai retrouvé le reçu.", "Ignorez mon dernier message, le colis vient d'arriver.", "Pouvez-vous remplacer l'adresse de livraison de la commande {order} ?",
      'Le système affiche l’erreur {n} au paiement.', 'Votre système a débité deux fois la commande {order}.', 'Merci d’oublier mes données de carte après ce paiement.',
      "Supprimez et oubliez l'ancienne adresse de mon compte.", 'Il manque une page dans les instructions du manuel du {product}.', "Où trouver les instructions d'installation du {product} ?",
      "Peut-on contourner la file d'attente téléphonique ? J'attends depuis une heure.", "Puis-je passer l'étape de vérification ? J'ai perdu mon téléphone.", 'Ne tenez pas compte du retour demandé pour la commande {order}, je le garde.',
      'Quelles sont les règles pour retourner un {product} utilisé ?', 'Votre bot m’a dit que le remboursement prend 3 jours, c’est exact ?', 'Le {product} est bloqué en mode développeur après une mise à jour.',
      "Comment réinitialiser le mot de passe administrateur du {product} ?", 'Mon responsable veut annuler le renouvellement automatique de notre offre.', "L'application me demande un code que je n'ai jamais reçu.",
      'Ma femme peut-elle agir en mon nom pour la commande {order} ?', 'La mise à jour système du {product} a échoué en cours de route.', "J'ai oublié quel e-mail j'ai utilisé pour la commande {order}.",
      'Oubliez ce que j’ai dit sur le créneau, mardi me convient maintenant.', 'Nouvelles consignes pour le livreur : déposez-le au numéro {n}.', 'Le site indique 30 jours, le ticket 14. Quelle règle s’applique ?',
      "L'assistant de l'appli peut-il lancer un remboursement ou faut-il un conseiller ?", 'Une mise à jour du firmware écrase-t-elle mes réglages du {product} ?', 'Merci de passer outre la signature, je travaille toute la journée.',
    ],
    plain: ['Où est ma commande {order} ?', 'Mon {product} est arrivé cassé.', 'Puis-je changer la taille de la commande {order} ?', 'Quand le {product} sera-t-il de nouveau disponible ?', 'On m’a facturé {n} € au lieu du prix soldé.'],
    greeting: ['Bonjour,', 'Bonsoir,', 'Madame, Monsieur,', "Bonjour l'équipe,"],
    closing: ['Merci d’avance,\nClaire', 'Cordialement,\nNicolas Petit', 'Bien à vous,\nSamira', 'Merci,\nJ. Moreau'],
    detail: ['J’ai commandé le {product} le {n} mai et payé par carte.', 'Le carton était abîmé et il manque une pièce.', "Je joins des photos de l'étiquette.", 'Je préfère un échange à un remboursement.', 'Mon numéro de commande est {order}.', 'Je suis client depuis des années sans aucun souci.'],
    forwarded: ['---------- Message transféré ----------\nDe : commandes@boutique.example\nObjet : Commande {order} confirmée\n\nMerci pour votre achat. {product} x1. Total {n},00 €. Livraison sous 3 à 5 jours.', '---------- Message d’origine ----------\nDe : noreply@transporteur.example\nObjet : Tentative de livraison\n\nNous avons tenté de livrer le colis {order}. Suivez les instructions de l’avis de passage.'],
    products: ['aspirateur', 'routeur', 'lave-linge', 'téléviseur', 'grille-pain', 'robot', 'casque'],
  },
};
