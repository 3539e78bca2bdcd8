/** One candidate after fusion, with what each retriever said about it. */
export interface FusedCandidate {
  id: string;
  score: number;
  dense?: number;
  keyword?: number;
}

/** One ranked list to fuse: `kind` says which score field its raw scores fill. */
export interface RankedList {
  kind: 'dense' | 'keyword';
  weight: number;
  hits: readonly { id: string; score: number }[];
}

/**
 * Reciprocal rank fusion: score = sum over lists of weight / (k + rank), rank from 1. It needs
 * no calibration between cosine and BM25, which live on unrelated scales. The first raw score
 * seen per kind is kept (lists of one kind are given best first).
 */
export function reciprocalRankFusion(lists: readonly RankedList[], k: number): FusedCandidate[] {
  const fused = new Map<string, FusedCandidate>();
  for (const list of lists) {
    if (list.weight === 0) continue;
    list.hits.forEach((hit, rank) => {
      let candidate = fused.get(hit.id);
      if (!candidate) fused.set(hit.id, (candidate = { id: hit.id, score: 0 }));
      candidate.score += list.weight / (k + rank + 1);
      candidate[list.kind] ??= hit.score;
    });
  }
  return [...fused.values()].sort((a, b) => b.score - a.score);
}

/**
 * Convex combination of normalised scores: score = sum over lists of weight * score / max score
 * of that list (negative scores count as 0; a candidate missing from a list gets 0 there).
 * Unlike RRF it keeps how far apart two candidates are, not just their order.
 */
export function convexFusion(lists: readonly RankedList[]): FusedCandidate[] {
  const fused = new Map<string, FusedCandidate>();
  for (const list of lists) {
    if (list.weight === 0 || list.hits.length === 0) continue;
    const max = Math.max(...list.hits.map((hit) => hit.score));
    if (!(max > 0)) continue;
    for (const hit of list.hits) {
      let candidate = fused.get(hit.id);
      if (!candidate) fused.set(hit.id, (candidate = { id: hit.id, score: 0 }));
      candidate.score += list.weight * Math.max(0, hit.score) / max;
      candidate[list.kind] ??= hit.score;
    }
  }
  return [...fused.values()].sort((a, b) => b.score - a.score);
}
