import { seededRandom as rng, type ParsedDocument } from '@grounded/shared';

const VOCAB: Record<string, { subjects: string[]; verbs: string[]; objects: string[]; extras: string[] }> = {
  en: {
    subjects: ['Customers', 'Our support team', 'The warehouse', 'Premium members', 'The courier', 'Store staff', 'The billing system', 'Your account'],
    verbs: ['can request', 'will receive', 'must confirm', 'may cancel', 'should contact', 'automatically refunds', 'processes', 'reviews'],
    objects: ['a refund for damaged items', 'the delivery address', 'an exchange within 30 days', 'the invoice by email', 'a replacement card', 'the warranty claim', 'express shipping to Europe', 'the loyalty points'],
    extras: ['before the order ships', 'after signing in', 'within five working days', 'unless the seal is broken', 'for orders above 50 euros', 'during public holidays', 'using the tracking link', 'with the original receipt'],
  },
  de: {
    subjects: ['Kunden', 'Unser Kundendienst', 'Das Lager', 'Premium-Mitglieder', 'Der Paketdienst', 'Die Filiale', 'Das Abrechnungssystem', 'Ihr Konto'],
    verbs: ['können beantragen', 'erhalten', 'müssen bestätigen', 'dürfen stornieren', 'sollten kontaktieren', 'erstattet automatisch', 'bearbeitet', 'prüft'],
    objects: ['eine Rückerstattung für beschädigte Artikel', 'die Lieferadresse', 'einen Umtausch innerhalb von 30 Tagen', 'die Rechnung per E-Mail', 'eine Ersatzkarte', 'den Garantieanspruch', 'den Expressversand nach Österreich', 'die Treuepunkte'],
    extras: ['bevor die Bestellung versendet wird', 'nach der Anmeldung', 'innerhalb von fünf Werktagen', 'sofern das Siegel unversehrt ist', 'für Bestellungen über 50 Euro', 'an Feiertagen', 'über den Sendungslink', 'mit dem Originalbeleg'],
  },
  fr: {
    subjects: ['Les clients', 'Notre service client', "L'entrepôt", 'Les membres premium', 'Le transporteur', 'Le magasin', 'Le système de facturation', 'Votre compte'],
    verbs: ['peuvent demander', 'recevront', 'doivent confirmer', 'peuvent annuler', 'devraient contacter', 'rembourse automatiquement', 'traite', 'vérifie'],
    objects: ['un remboursement pour les articles abîmés', "l'adresse de livraison", 'un échange sous 30 jours', 'la facture par courriel', 'une carte de remplacement', 'la demande de garantie', 'la livraison express en Belgique', 'les points de fidélité'],
    extras: ["avant l'expédition", 'après connexion', 'sous cinq jours ouvrés', "si l'emballage est intact", 'pour les commandes de plus de 50 euros', 'pendant les jours fériés', 'avec le lien de suivi', "avec le ticket d'origine"],
  },
  es: {
    subjects: ['Los clientes', 'Nuestro equipo de soporte', 'El almacén', 'Los miembros premium', 'El mensajero', 'La tienda', 'El sistema de facturación', 'Su cuenta'],
    verbs: ['pueden solicitar', 'recibirán', 'deben confirmar', 'pueden cancelar', 'deberían contactar', 'reembolsa automáticamente', 'procesa', 'revisa'],
    objects: ['un reembolso por artículos dañados', 'la dirección de entrega', 'un cambio en 30 días', 'la factura por correo', 'una tarjeta de reemplazo', 'la reclamación de garantía', 'el envío exprés a Portugal', 'los puntos de fidelidad'],
    extras: ['antes del envío', 'después de iniciar sesión', 'en cinco días hábiles', 'si el precinto está intacto', 'para pedidos de más de 50 euros', 'en días festivos', 'con el enlace de seguimiento', 'con el recibo original'],
  },
};
export const LANGUAGES = Object.keys(VOCAB);

const SYLLABLES: Record<string, string[]> = {
  en: ['ber', 'ton', 'mar', 'ley', 'stan', 'wood', 'ford', 'ing', 'ster', 'pol', 'chester', 'ash', 'brook', 'lin', 'ray', 'cor'],
  de: ['berg', 'heim', 'stadt', 'wald', 'lich', 'ung', 'schaft', 'mann', 'feld', 'dorf', 'bach', 'kraft', 'über', 'sch', 'tür', 'ge'],
  fr: ['mont', 'ville', 'eau', 'ière', 'ment', 'ain', 'beau', 'champ', 'lac', 'roche', 'ette', 'pré', 'fleur', 'dou', 'ré', 'gard'],
  es: ['villa', 'sierra', 'ción', 'mar', 'rio', 'dad', 'ito', 'alba', 'cruz', 'peña', 'osa', 'ero', 'llano', 'monte', 'ñu', 'sol'],
};
const TOPIC_WORDS = 4000;
const topicCache = new Map<string, string[]>();

/** A per-language vocabulary of pseudo-words (product names, places, features). */
function topicWords(language: string): string[] {
  let words = topicCache.get(language);
  if (!words) {
    const random = rng(language.charCodeAt(0) * 31 + language.charCodeAt(1));
    const syl = SYLLABLES[language]!;
    const set = new Set<string>();
    while (set.size < TOPIC_WORDS) {
      const n = 2 + Math.floor(random() * 3);
      set.add(Array.from({ length: n }, () => syl[Math.floor(random() * syl.length)]!).join(''));
    }
    topicCache.set(language, (words = [...set]));
  }
  return words;
}

/** Zipf-distributed pick (rank r has weight 1/r), like word frequencies in real text. */
function zipf(random: () => number, n: number): number {
  const harmonic = Math.log(n) + 0.5772;
  return Math.min(n - 1, Math.floor(Math.exp(random() * harmonic)) - 1);
}

/** Some content words of `language`, Zipf-distributed over a few thousand terms. */
export function topicPhrase(language: string, random: () => number, count: number): string {
  const words = topicWords(language);
  return Array.from({ length: count }, () => words[zipf(random, words.length)]!).join(' ');
}

/** One sentence in `language`: a support-policy template plus varied content words. */
export function sentence(language: string, random: () => number): string {
  const v = VOCAB[language]!;
  const pick = (list: string[]) => list[Math.floor(random() * list.length)]!;
  return `${pick(v.subjects)} ${pick(v.verbs)} ${pick(v.objects)} ${pick(v.extras)}, ${topicPhrase(language, random, 2 + Math.floor(random() * 3))} (ref ${Math.floor(random() * 100_000)}).`;
}

/** A user-like query: a few template words and two content words. */
export function query(language: string, random: () => number): string {
  const v = VOCAB[language]!;
  const pick = (list: string[]) => list[Math.floor(random() * list.length)]!;
  return `${pick(v.objects)} ${topicPhrase(language, random, 2)}`;
}

/** `docs` documents of `chunksPerDoc` chunks of 2-4 sentences each, languages rotating. */
export function syntheticDocuments(docs: number, chunksPerDoc: number, seed = 1): ParsedDocument[] {
  const random = rng(seed);
  return Array.from({ length: docs }, (_, d) => {
    const language = LANGUAGES[d % LANGUAGES.length]!;
    const chunks = Array.from({ length: chunksPerDoc }, (_, index) => ({
      index,
      text: Array.from({ length: 2 + Math.floor(random() * 3) }, () => sentence(language, random)).join(' '),
      sectionPath: [`Section ${Math.floor(index / 5) + 1}`],
      language,
    }));
    return {
      id: `doc-${d}`, title: `Policy ${d} (${language})`, format: 'text', sourceName: `doc-${d}.txt`,
      contentHash: `synthetic-${seed}-${d}`, audience: d % 5 === 0 ? 'internal' : 'public', tags: [`t${d % 7}`], language, chunks,
    };
  });
}
