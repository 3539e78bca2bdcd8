import { analyze, analyzerFor } from '../text/language-analyzers';
import { foldAccents, lowerNormalize, tokenize } from '../text/normalize';

/** Longest query we turn into FTS terms: more adds latency, not recall. */
const MAX_QUERY_TERMS = 64;

/**
 * Terms of a user query for the keyword index. The index holds each chunk's terms stemmed in the
 * chunk's language, so the query is analysed with the requested language if given, else once per
 * language present in the store (the union: a German query against an en+de store still meets the
 * German stems; the English analysis of it only adds rare non-matching terms).
 */
export function queryTerms(query: string, languages: readonly string[]): string[] {
  const terms = new Set<string>();
  const targets = languages.length > 0 ? languages : [undefined];
  for (const language of targets) {
    for (const term of analyze(query, language)) {
      terms.add(term);
      if (terms.size >= MAX_QUERY_TERMS) return [...terms];
    }
  }
  return [...terms];
}

/**
 * The languages to analyse a query with: of the store's languages, the one whose stop words the
 * query uses most, when it is a clear winner ("la demande de garantie" -> fr); otherwise all of
 * them (short keyword queries carry no stop words). Fewer analyses mean fewer, better terms.
 */
export function queryLanguages(query: string, storeLanguages: readonly string[]): string[] {
  if (storeLanguages.length <= 1) return [...storeLanguages];
  const tokens = tokenize(foldAccents(lowerNormalize(query)));
  const scored = storeLanguages
    .map((language) => ({ language, hits: tokens.filter((t) => analyzerFor(language).stopWords.has(t)).length }))
    .sort((a, b) => b.hits - a.hits);
  const [best, second] = scored;
  return best && best.hits > 0 && best.hits > (second?.hits ?? 0) ? [best.language] : [...storeLanguages];
}

/**
 * A safe FTS5 MATCH expression: every term a quoted string, joined with OR. Quoting turns FTS
 * operators (AND, NEAR, *, :, ^, parentheses) in user text into plain words; embedded double
 * quotes are doubled. Undefined when nothing searchable is left (all stop words, punctuation).
 */
export function buildFtsMatch(terms: readonly string[], prefixMinLength = 0): string | undefined {
  // A prefix query ("corona"* meets "coronavirus") for longer terms catches compounds and
  // derivations the stemmer leaves apart.
  const quoted = terms.filter((term) => term.length > 0)
    .map((term) => `"${term.replace(/"/g, '""')}"${prefixMinLength > 0 && term.length >= prefixMinLength ? '*' : ''}`);
  return quoted.length > 0 ? quoted.join(' OR ') : undefined;
}
