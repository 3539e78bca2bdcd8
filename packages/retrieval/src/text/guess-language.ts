import { analyzerFor } from './language-analyzers';
import { foldAccents, lowerNormalize, tokenize } from './normalize';

const CANDIDATES = ['en', 'es', 'de', 'fr', 'it', 'pt', 'nl', 'sv', 'da', 'no', 'fi', 'ru', 'uk', 'pl', 'tr', 'id', 'ro', 'hu', 'el', 'ar', 'ja', 'zh'];

/**
 * A cheap language guess from stop-word hits, for text that arrives without a language (BEIR
 * rows). Real ingestion detects languages with eld; this only has to pick the right stemmer for
 * a whole corpus. Returns 'und' when no list matches at least 3 tokens.
 */
export function guessLanguage(text: string): string {
  const tokens = tokenize(foldAccents(lowerNormalize(text.slice(0, 200_000))));
  let best = 'und';
  let bestScore = 2;
  for (const language of CANDIDATES) {
    const { stopWords } = analyzerFor(language);
    if (stopWords.size === 0) continue;
    let hits = 0;
    for (const token of tokens) if (stopWords.has(token)) hits++;
    // Long lists catch more words by chance: discount by list size.
    const score = hits / Math.log(10 + stopWords.size);
    if (score > bestScore) {
      bestScore = score;
      best = language;
    }
  }
  return best;
}
