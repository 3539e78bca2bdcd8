/**
 * Text normalisation shared by the keyword index and the hashing embedder: Unicode NFKC,
 * lower case, and accent folding, so "Résumé", "RESUME" and "résumé" meet on one form.
 */

const COMBINING_MARKS = /\p{M}+/gu;

/** NFKC + lower case, accents kept (stemmers need them). */
export function lowerNormalize(text: string): string {
  return text.normalize('NFKC').toLocaleLowerCase('und');
}

/** Remove diacritics: "é" -> "e", "ß" -> "ss"; leaves scripts without marks untouched. */
export function foldAccents(text: string): string {
  return text.normalize('NFD').replace(COMBINING_MARKS, '').replace(/ß/g, 'ss').normalize('NFC');
}

/** Scripts written without spaces between words: we index their character bigrams instead. */
const UNSPACED_SCRIPT = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}]/u;
// Apostrophes split words: French elision (l'homme) and English clitics both end up as stop words.
const WORD = /[\p{L}\p{N}][\p{L}\p{N}\p{M}]*/gu;

/**
 * Split normalised text into word tokens. Runs of CJK/Thai characters become overlapping
 * character bigrams, the usual cheap substitute for a word segmenter.
 */
export function tokenize(normalized: string): string[] {
  const out: string[] = [];
  for (const match of normalized.matchAll(WORD)) {
    const word = match[0];
    if (UNSPACED_SCRIPT.test(word)) {
      const chars = Array.from(word);
      if (chars.length === 1) out.push(word);
      for (let i = 0; i + 1 < chars.length; i++) out.push(chars[i]! + chars[i + 1]!);
    } else {
      out.push(word);
    }
  }
  return out;
}

/** Collapsed, folded, punctuation-free form: two passages with equal keys are duplicates. */
export function dedupeKey(text: string): string {
  return foldAccents(lowerNormalize(text)).match(WORD)?.join(' ') ?? '';
}
