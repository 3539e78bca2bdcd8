/**
 * Sparse logistic regression trained with AdaGrad (per-weight step sizes suit hashed text
 * features, where most buckets are seen a handful of times), L2-regularised, class-balanced.
 * Pure and deterministic: same rows, same seed, same weights.
 */
import type { SparseVector } from '../src/injection/injection-features';
import { predictFeatures } from '../src/injection/injection-model';
import { seededRandom } from '@grounded/shared';

export interface TrainOptions {
  size: number;
  epochs: number;
  /** AdaGrad base step. */
  eta: number;
  /** L2 penalty applied to the weights a row touches. */
  l2: number;
  seed: number;
}

export interface LinearModel {
  bias: number;
  weights: Float64Array;
}

export function shuffled<T>(items: readonly T[], random: () => number): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

export function trainLogisticRegression(xs: readonly SparseVector[], ys: readonly number[], options: TrainOptions): LinearModel {
  const weights = new Float64Array(options.size);
  const squares = new Float64Array(options.size);
  let bias = 0;
  let biasSquares = 0;
  const positives = ys.filter((y) => y === 1).length;
  const negatives = ys.length - positives;
  // Balanced class weights: each class contributes half of the loss whatever its share of rows.
  const classWeight = [ys.length / (2 * Math.max(1, negatives)), ys.length / (2 * Math.max(1, positives))];
  const random = seededRandom(options.seed);
  const order = ys.map((_, i) => i);
  for (let epoch = 0; epoch < options.epochs; epoch++) {
    for (const i of shuffled(order, random)) {
      const x = xs[i]!;
      const y = ys[i]!;
      const g = (predictFeatures({ bias, weights }, x) - y) * classWeight[y]!;
      for (let k = 0; k < x.indices.length; k++) {
        const j = x.indices[k]!;
        const gj = g * x.values[k]! + options.l2 * weights[j]!;
        squares[j]! += gj * gj;
        weights[j]! -= (options.eta * gj) / (Math.sqrt(squares[j]!) + 1e-8);
      }
      biasSquares += g * g;
      bias -= (options.eta * g) / (Math.sqrt(biasSquares) + 1e-8);
    }
  }
  return { bias, weights };
}
