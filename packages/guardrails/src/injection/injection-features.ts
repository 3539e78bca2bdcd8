import { REASON_CODES, type ReasonCode } from '../reason-codes';
import { conceptOf } from './injection-concepts';
import { intentTokens } from './intent-features';
import { normaliseForMatching } from './normalise-for-matching';
import type { InjectionScore } from './score-injection';

/** A sparse feature vector: parallel arrays of bucket indices and values. */
export interface SparseVector {
  indices: number[];
  values: number[];
}

/**
 * Heuristic inputs of the classifier, each at a fixed slot after the hashed buckets: the overall
 * heuristic score, whether it flagged, then the strongest weight per reason code in this order.
 * The order is stored in the model file, so adding codes later never shifts a trained weight.
 */
export const HEURISTIC_FEATURE_CODES: readonly ReasonCode[] = Object.values(REASON_CODES).filter(
  (c) => c.startsWith('injection.') && c !== REASON_CODES.INJECTION_MODEL_UNSAFE && c !== REASON_CODES.INJECTION_CLASSIFIER,
);

/** How a model lays out its inputs (stored with its weights). */
export interface FeatureLayout {
  /** log2 of the number of hashed buckets. */
  hashBits: number;
  /** Reason codes whose heuristic weights fill the slots after the two overall slots. */
  heuristicCodes: readonly string[];
  /** Whether the cross-language concept tokens (injection-concepts.ts) are inputs. */
  concepts: boolean;
  /** Whether intent-structure features (intent-features.ts) are inputs. @default false */
  intents?: boolean;
}

/** Characters of input the classifier reads; longer text costs no more (the head carries the attack in practice). */
export const MAX_FEATURE_CHARS = 4000;

/** 32-bit FNV-1a: tiny, fast and identical in the training script and the product. */
function fnv1a(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/**
 * Hashed word unigrams/bigrams and character 3–5-grams of the normalised text (the same
 * normalisation the patterns see, so leetspeak and homoglyphs land on the plain-word buckets),
 * and cross-language concept uni/bigrams, each group scaled to unit length, plus the heuristic's
 * scores in fixed slots.
 */
export function extractInjectionFeatures(text: string, heuristic: InjectionScore, layout: FeatureLayout): SparseVector {
  const size = 2 ** layout.hashBits;
  const normalised = normaliseForMatching(text.slice(0, MAX_FEATURE_CHARS));
  const plain = `${normalised.text} ${normalised.smuggled}`;
  // Digits collapse to 0 so order numbers and prices do not become features of their own.
  const words = plain.match(/[\p{L}\p{N}]+|[<>|#[\]{}]+/gu)?.map((w) => w.replace(/\d/g, '0')) ?? [];
  const wordBuckets = new Set<number>();
  for (let i = 0; i < words.length; i++) {
    wordBuckets.add(fnv1a(`w ${words[i]}`) % size);
    if (i + 1 < words.length) wordBuckets.add(fnv1a(`b ${words[i]} ${words[i + 1]}`) % size);
  }
  // Concept tokens in order, so "FORGET … RULE" is one feature in every language.
  const conceptBuckets = new Set<number>();
  let previous: string | undefined;
  for (const word of words) {
    const concept = conceptOf(word);
    if (!concept) continue;
    conceptBuckets.add(fnv1a(`k ${concept}`) % size);
    if (previous) conceptBuckets.add(fnv1a(`kk ${previous} ${concept}`) % size);
    previous = concept;
  }
  const charBuckets = new Set<number>();
  const joined = ` ${words.join(' ')} `;
  for (let n = 3; n <= 5; n++) {
    for (let i = 0; i + n <= joined.length; i++) charBuckets.add(fnv1a(`c${joined.slice(i, i + n)}`) % size);
  }
  const merged = new Map<number, number>();
  const addGroup = (buckets: Set<number>): void => {
    const v = buckets.size ? 1 / Math.sqrt(buckets.size) : 0;
    for (const b of buckets) merged.set(b, (merged.get(b) ?? 0) + v);
  };
  addGroup(wordBuckets);
  addGroup(charBuckets);
  if (layout.concepts) addGroup(conceptBuckets);
  if (layout.intents) addGroup(new Set(intentTokens(normalised.text, words).map((t) => fnv1a(`i ${t}`) % size)));
  const indices = [...merged.keys()];
  const values = indices.map((i) => merged.get(i) ?? 0);
  indices.push(size, size + 1);
  values.push(heuristic.score, heuristic.flagged ? 1 : 0);
  for (const [k, code] of layout.heuristicCodes.entries()) {
    const f = heuristic.features.find((x) => x.code === code);
    if (f) {
      indices.push(size + 2 + k);
      values.push(f.score);
    }
  }
  return { indices, values };
}
