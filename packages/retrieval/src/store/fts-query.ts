import { analyze } from '../text/language-analyzers';

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
