/** Word 3-shingles of a dedupe key (already normalised and folded). */
function shingles(key: string): Set<string> {
  const words = key.split(' ').filter(Boolean);
  const out = new Set<string>();
  if (words.length < 3) {
    out.add(words.join(' '));
    return out;
  }
  for (let i = 0; i + 3 <= words.length; i++) out.add(`${words[i]} ${words[i + 1]} ${words[i + 2]}`);
  return out;
}

function jaccard(a: Set<string>, b: Set<string>): number {
  let shared = 0;
  for (const item of a) if (b.has(item)) shared++;
  const union = a.size + b.size - shared;
  return union === 0 ? 1 : shared / union;
}

/**
 * Keep the first (best-ranked) of each group of near-duplicate passages: the same normalised
 * text, or word-3-shingle Jaccard >= `threshold`. Stops once `limit` items are kept.
 */
export function dropNearDuplicates<T>(items: readonly T[], keyOf: (item: T) => string, limit: number, threshold = 0.8): T[] {
  const kept: { item: T; key: string; shingles: Set<string> }[] = [];
  for (const item of items) {
    if (kept.length >= limit) break;
    const key = keyOf(item);
    if (kept.some((other) => other.key === key)) continue;
    const own = shingles(key);
    if (kept.some((other) => jaccard(own, other.shingles) >= threshold)) continue;
    kept.push({ item, key, shingles: own });
  }
  return kept.map((entry) => entry.item);
}
