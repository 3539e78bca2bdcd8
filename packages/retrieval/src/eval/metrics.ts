/** Discounted cumulative gain of graded gains in rank order, cut at `k` (linear gain, as trec_eval). */
export function dcgAt(gains: readonly number[], k: number): number {
  let dcg = 0;
  gains.slice(0, k).forEach((gain, i) => {
    dcg += gain / Math.log2(i + 2);
  });
  return dcg;
}

/** Nearest-rank percentile of `values` (p in 0..100); 0 for an empty list. */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[rank]!;
}
