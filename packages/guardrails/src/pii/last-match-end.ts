/**
 * Where the last match of a global regex ends in `text`, or -1 with none. The PII finders use it
 * to ask which of two kinds of label ("version" or "server", "SIRET" or "phone") stands nearest
 * before a candidate.
 */
export function lastMatchEnd(re: RegExp, text: string): number {
  let end = -1;
  for (const m of text.matchAll(re)) end = m.index + m[0].length;
  return end;
}
