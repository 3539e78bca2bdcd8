/** One candidate after fusion, with what each retriever said about it. */
export interface FusedCandidate {
  id: string;
  score: number;
  dense?: number;
  keyword?: number;
}

/**
 * Reciprocal rank fusion: score = sum over retrievers of weight / (k + rank), rank from 1. It
 * needs no score calibration between cosine and BM25, which live on unrelated scales.
 */
export function reciprocalRankFusion(
  dense: readonly { id: string; similarity: number }[],
  keyword: readonly { id: string; score: number }[],
  k: number,
  weights: { dense: number; keyword: number } = { dense: 1, keyword: 1 },
): FusedCandidate[] {
  const fused = new Map<string, FusedCandidate>();
  const entry = (id: string) => {
    let candidate = fused.get(id);
    if (!candidate) fused.set(id, (candidate = { id, score: 0 }));
    return candidate;
  };
  dense.forEach((hit, rank) => {
    const candidate = entry(hit.id);
    candidate.score += weights.dense / (k + rank + 1);
    candidate.dense = hit.similarity;
  });
  keyword.forEach((hit, rank) => {
    const candidate = entry(hit.id);
    candidate.score += weights.keyword / (k + rank + 1);
    candidate.keyword = hit.score;
  });
  return [...fused.values()].sort((a, b) => b.score - a.score);
}
