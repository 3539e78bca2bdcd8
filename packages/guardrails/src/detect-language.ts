/** Languages the guardrails ship messages (fallbacks) and stop words for. */
export const GUARD_LANGUAGES = ['en', 'es', 'de', 'fr'] as const;
export type GuardLanguage = (typeof GUARD_LANGUAGES)[number];

// High-frequency function words: enough to tell these four languages apart in a sentence or two.
const STOP_WORDS: Record<GuardLanguage, ReadonlySet<string>> = {
  en: new Set('the and is are to of in it you my i for on with this that what how can do not be have was your please'.split(' ')),
  es: new Set('el la los las y es son de en que un una por para con mi no se lo como puedo pero su mas del al esta tengo'.split(' ')),
  de: new Set('der die das und ist sind zu von in den ich sie mit nicht ein eine mein wie kann auf fur bitte es dem ich habe'.split(' ')),
  fr: new Set('le la les et est sont de des en que un une pour avec mon ne pas je vous il du au ce comment puis sur mes'.split(' ')),
};

/** Best guess among en/es/de/fr from stop words; `undefined` when there is no signal. */
export function detectLanguage(text: string): GuardLanguage | undefined {
  const words = text.toLowerCase().normalize('NFD').replace(/\p{M}/gu, '').match(/\p{L}+/gu) ?? [];
  let best: GuardLanguage | undefined;
  let bestCount = 0;
  for (const lang of GUARD_LANGUAGES) {
    const count = words.filter((w) => STOP_WORDS[lang].has(w)).length;
    if (count > bestCount) {
      best = lang;
      bestCount = count;
    }
  }
  return best;
}

/** Lower case, accents removed, whitespace collapsed: the form policy patterns match. */
export function foldText(text: string): string {
  return text.normalize('NFKC').toLowerCase().normalize('NFD').replace(/\p{M}/gu, '').replace(/ß/g, 'ss').replace(/\s+/g, ' ');
}
