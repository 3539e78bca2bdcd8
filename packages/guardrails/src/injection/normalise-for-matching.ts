/**
 * Text as the injection patterns see it: obfuscation undone so one lower-case, accent-free,
 * ASCII-ish pattern set covers the tricks attackers use to slip past keyword filters.
 */
export interface NormalisedText {
  text: string;
  /** Which obfuscations were undone (reason material: hiding text is itself suspicious). */
  obfuscations: string[];
  /** Text smuggled in Unicode tag characters (invisible in every UI), decoded. */
  smuggled: string;
}

// Cyrillic and Greek letters that render like Latin ones.
const HOMOGLYPHS: Record<string, string> = {
  а: 'a', в: 'b', е: 'e', к: 'k', м: 'm', н: 'h', о: 'o', р: 'p', с: 'c', т: 't', у: 'y', х: 'x',
  і: 'i', ј: 'j', ԁ: 'd', ѕ: 's', ӏ: 'l', ɡ: 'g', ո: 'n', ս: 'u',
  α: 'a', β: 'b', ε: 'e', ι: 'i', κ: 'k', ν: 'v', ο: 'o', ρ: 'p', τ: 't', υ: 'u', χ: 'x', ω: 'w',
};
const HOMOGLYPH_RE = new RegExp(`[${Object.keys(HOMOGLYPHS).join('')}]`, 'g');
const ZERO_WIDTH = /[\u00AD\u180E\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]/g;
const TAG_CHARS = /[\u{E0000}-\u{E007F}]/gu;
const LEET: Record<string, string> = { '0': 'o', '1': 'i', '3': 'e', '4': 'a', '5': 's', '7': 't', $: 's' };
/** Names whose digits are part of them: "base64" read as leetspeak became "base6a" and hid "decode this base64". */
const DIGITS_BELONG = /^(?:base(?:32|64)|rot13|ipv[46]|utf8|utf16|sha\d{1,3}|md5|mp[34]|h26[45])$/;

export function normaliseForMatching(input: string): NormalisedText {
  const obfuscations: string[] = [];
  let smuggled = '';
  let text = input;
  if (TAG_CHARS.test(text)) {
    obfuscations.push('unicode_tags');
    smuggled = [...text.matchAll(TAG_CHARS)]
      .map((m) => String.fromCharCode((m[0].codePointAt(0) ?? 0xe0020) - 0xe0000))
      .join('');
    text = text.replace(TAG_CHARS, '');
  }
  // NFKC folds full-width and styled letters (𝐢𝐠𝐧𝐨𝐫𝐞) to plain ones.
  const folded = text.normalize('NFKC');
  if (folded !== text && /[\u{1D400}-\u{1D7FF}\uFF01-\uFF5E]/u.test(text)) obfuscations.push('styled_letters');
  text = folded;
  if (/[\p{L}]\s?[\u200B-\u200D\u2060\uFEFF\u00AD]\s?[\p{L}]/u.test(text)) obfuscations.push('zero_width');
  text = text.replace(ZERO_WIDTH, '');
  // Typographic apostrophes (iOS types them by default) inside a word: "I’m", "t’autorise".
  text = text.replace(/(?<=\p{L})[\u2019\u02BC](?=\p{L})/gu, "'");
  text = text.toLowerCase();
  if (/[a-z][а-яёіјѕα-ω]|[а-яёіјѕα-ω][a-z]/u.test(text)) obfuscations.push('homoglyphs');
  text = text.replace(HOMOGLYPH_RE, (c) => HOMOGLYPHS[c] ?? c);
  // Accents off, so "instrucción" / "réglés" / "übergehe" match one ASCII pattern.
  text = text.normalize('NFD').replace(/\p{M}/gu, '').replace(/ß/g, 'ss');
  // Leetspeak only inside tokens that mix letters with digit/symbol stand-ins ("1gn0re"), so
  // prices, dates and order numbers stay untouched.
  text = text.replace(/[a-z0-9$]*[a-z][a-z0-9$]*/g, (token) => {
    if (!/[a-z]/.test(token) || !/[013457$]/.test(token) || /^\d+[a-z]{1,3}$/.test(token) || DIGITS_BELONG.test(token)) return token;
    const letters = token.replace(/[^a-z]/g, '').length;
    if (letters < 2) return token;
    const mapped = token.replace(/[013457$]/g, (c) => LEET[c] ?? c);
    if (mapped !== token) obfuscations.push('leetspeak');
    return mapped;
  });
  // "i g n o r e" / "i-g-n-o-r-e": letters split by single separators.
  text = text.replace(/\b(?:[a-z][ .\-_*]){3,}[a-z]\b/g, (run) => {
    obfuscations.push('spaced_letters');
    return run.replace(/[ .\-_*]/g, '');
  });
  // Once a text spells words out letter by letter, its short words are spelled out too ("t e s").
  if (obfuscations.includes('spaced_letters')) text = text.replace(/\b[a-z] [a-z] [a-z]\b/g, (run) => run.replace(/ /g, ''));
  // "Disregard-the-rules-above-and-...": five or more words chained by hyphens or underscores.
  text = text.replace(/\b[a-z]+(?:[-_][a-z]+){4,}\b/g, (run) => {
    obfuscations.push('joined_words');
    return run.replace(/[-_]/g, ' ');
  });
  text = text.replace(/[ \t]+/g, ' ');
  return { text, obfuscations: [...new Set(obfuscations)], smuggled };
}
