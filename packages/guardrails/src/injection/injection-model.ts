import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { ConfigError, errorMessage } from '@grounded/shared';
import { extractInjectionFeatures, type FeatureLayout, type SparseVector } from './injection-features';
import type { InjectionScore } from './score-injection';

/** A trained logistic-regression injection classifier over hashed text and heuristic features. */
export interface InjectionModel {
  layout: FeatureLayout;
  bias: number;
  /** Dense weights: 2^hashBits hashed buckets, then 2 + heuristicCodes.length heuristic slots. */
  weights: Float64Array;
  /** Probability at or above which the model alone flags a text (chosen on cross-validation folds). */
  threshold: number;
}

/** The JSON file the training script writes: weights quantised to integers, indices delta-coded. */
export const injectionModelFileSchema = z.object({
  format: z.literal('grounded-injection-logreg-v1'),
  hashBits: z.number().int().min(8).max(22),
  heuristicCodes: z.array(z.string()),
  concepts: z.boolean().default(false),
  intents: z.boolean().default(false),
  bias: z.number(),
  threshold: z.number().gt(0).lt(1),
  scale: z.number().positive(),
  /** Gaps between successive non-zero weight indices (first gap from -1). */
  indexGaps: z.array(z.number().int().positive()),
  /** Weight × scale, rounded, same order as indexGaps. */
  values: z.array(z.number().int()),
  training: z.record(z.string(), z.unknown()).optional(),
});
export type InjectionModelFile = z.infer<typeof injectionModelFileSchema>;

/** Builds a usable model from the parsed file; `source` names it in errors. */
export function parseInjectionModel(json: unknown, source = 'injection model'): InjectionModel {
  const parsed = injectionModelFileSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new ConfigError(`${source}: ${issue?.path.join('.') || 'file'}: ${issue?.message ?? 'invalid'}`, {
      hint: 'Re-create it with packages/guardrails/scripts/train-injection-model.ts.',
    });
  }
  const file = parsed.data;
  if (file.indexGaps.length !== file.values.length) {
    throw new ConfigError(`${source}: indexGaps and values differ in length`, { hint: 'Re-create the model file with the training script.' });
  }
  const size = 2 ** file.hashBits + 2 + file.heuristicCodes.length;
  const weights = new Float64Array(size);
  let index = -1;
  for (const [k, gap] of file.indexGaps.entries()) {
    index += gap;
    if (index >= size) throw new ConfigError(`${source}: weight index ${index} outside ${size} inputs`, { hint: 'Re-create the model file with the training script.' });
    weights[index] = (file.values[k] ?? 0) / file.scale;
  }
  return { layout: { hashBits: file.hashBits, heuristicCodes: file.heuristicCodes, concepts: file.concepts, intents: file.intents }, bias: file.bias, weights, threshold: file.threshold };
}

/** Inverse of parseInjectionModel (the training script writes this). */
export function serialiseInjectionModel(model: InjectionModel, scale = 1000, training?: Record<string, unknown>): InjectionModelFile {
  const indexGaps: number[] = [];
  const values: number[] = [];
  let last = -1;
  for (let i = 0; i < model.weights.length; i++) {
    const q = Math.round((model.weights[i] ?? 0) * scale);
    if (q === 0) continue;
    indexGaps.push(i - last);
    values.push(q);
    last = i;
  }
  return {
    format: 'grounded-injection-logreg-v1',
    hashBits: model.layout.hashBits,
    heuristicCodes: [...model.layout.heuristicCodes],
    concepts: model.layout.concepts,
    intents: model.layout.intents ?? false,
    bias: Math.round(model.bias * scale) / scale,
    threshold: model.threshold,
    scale,
    indexGaps,
    values,
    ...(training ? { training } : {}),
  };
}

/** Logistic score of a feature vector. */
export function predictFeatures(model: Pick<InjectionModel, 'bias' | 'weights'>, x: SparseVector): number {
  let z = model.bias;
  for (let k = 0; k < x.indices.length; k++) z += (model.weights[x.indices[k]!] ?? 0) * x.values[k]!;
  return 1 / (1 + Math.exp(-z));
}

/** Probability in [0, 1] that `text` is a prompt injection; `heuristic` is scoreInjection(text). */
export function predictInjection(model: InjectionModel, text: string, heuristic: InjectionScore): number {
  return predictFeatures(model, extractInjectionFeatures(text, heuristic, model.layout));
}

let bundled: InjectionModel | undefined;

/** The model committed next to this file (injection-model.json), loaded once on first use. */
export function loadBundledInjectionModel(): InjectionModel {
  if (bundled) return bundled;
  const url = new URL('./injection-model.json', import.meta.url);
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(url, 'utf8'));
  } catch (error) {
    throw new ConfigError(`cannot read the bundled injection model ${url.pathname}: ${errorMessage(error)}`, {
      hint: 'Restore packages/guardrails/src/injection/injection-model.json from git or re-create it with scripts/train-injection-model.ts.',
      cause: error,
    });
  }
  bundled = parseInjectionModel(json, url.pathname);
  return bundled;
}
