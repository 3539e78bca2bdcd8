import { Embeddings, type EmbeddingsParams } from '@langchain/core/embeddings';
import { z } from 'zod';
import { ValidationError } from '@grounded/shared';
import { analyzerFor } from './text/language-analyzers';
import { foldAccents, lowerNormalize, tokenize } from './text/normalize';

/** Settings of the hashing embedder; every field has a documented default. */
export const hashingEmbeddingsConfigSchema = z.object({
  /** Vector size. @default 1024 */
  dimensions: z.number().int().min(32).max(8192).default(1024),
  /** Shortest and longest character n-gram taken inside each (boundary-padded) word. @default [3, 5] */
  minN: z.number().int().min(1).max(8).default(3),
  maxN: z.number().int().min(1).max(10).default(5),
  /** Weight of whole-word unigram features relative to one character n-gram. @default 1.5 */
  wordWeight: z.number().min(0).default(1.5),
  /** Weight of adjacent-word bigram features (off by default: they lowered recall on FAQ sets). @default 0 */
  bigramWeight: z.number().min(0).default(0),
  /** Weight of all character n-gram features taken together per word. @default 1 */
  charWeight: z.number().min(0).default(1),
  /**
   * Languages whose stop words are skipped (their union): without IDF, function words would
   * dominate every vector. @default ['en', 'es', 'de', 'fr', 'it', 'pt', 'nl']
   */
  stopWordLanguages: z.array(z.string()).default(['en', 'es', 'de', 'fr', 'it', 'pt', 'nl']),
});
export type HashingEmbeddingsConfig = z.input<typeof hashingEmbeddingsConfigSchema>;

/**
 * A weight-free, language-agnostic embedder: the "hashing trick" over character n-grams and
 * words. Similar spellings (plurals, inflections, typos, accents) share n-grams, so it behaves
 * like a fuzzy bag of words. Deterministic, offline, thousands of chunks per second.
 * See packages/retrieval/README.md for the design.
 */
export class HashingEmbeddings extends Embeddings {
  readonly dimensions: number;
  private readonly config: z.output<typeof hashingEmbeddingsConfigSchema>;
  private readonly stopWords: ReadonlySet<string>;

  constructor(config: HashingEmbeddingsConfig = {}, params: EmbeddingsParams = {}) {
    super(params);
    const parsed = hashingEmbeddingsConfigSchema.safeParse(config);
    if (!parsed.success || parsed.data.minN > parsed.data.maxN) {
      throw new ValidationError('Invalid hashing embeddings settings.', {
        hint: 'dimensions must be 32..8192 and minN <= maxN.',
        details: { issues: parsed.success ? 'minN > maxN' : parsed.error.issues },
      });
    }
    this.config = parsed.data;
    this.dimensions = parsed.data.dimensions;
    this.stopWords = new Set(parsed.data.stopWordLanguages.flatMap((language) => [...analyzerFor(language).stopWords]));
  }

  override async embedDocuments(documents: string[]): Promise<number[][]> {
    return documents.map((text) => Array.from(this.embedSync(text)));
  }

  override async embedQuery(document: string): Promise<number[]> {
    return Array.from(this.embedSync(document));
  }

  /** The vector as a Float32Array; synchronous because it is pure CPU work. */
  embedSync(text: string): Float32Array {
    const { dimensions, minN, maxN, wordWeight, bigramWeight, charWeight } = this.config;
    const counts = new Map<string, number>();
    const add = (feature: string, weight: number) => counts.set(feature, (counts.get(feature) ?? 0) + weight);
    const words = tokenize(foldAccents(lowerNormalize(text))).filter((word) => !this.stopWords.has(word));
    for (let w = 0; w < words.length; w++) {
      const word = words[w]!;
      add(`w:${word}`, wordWeight);
      if (w > 0 && bigramWeight > 0) add(`b:${words[w - 1]}_${word}`, bigramWeight);
      const padded = Array.from(`<${word}>`);
      // Spread the word's char weight over its n-grams so long words do not dominate.
      const grams: string[] = [];
      for (let n = minN; n <= maxN; n++) {
        for (let i = 0; i + n <= padded.length; i++) grams.push(padded.slice(i, i + n).join(''));
      }
      if (grams.length === 0) continue;
      const share = charWeight / Math.sqrt(grams.length);
      for (const gram of grams) add(`c:${gram}`, share);
    }
    const vector = new Float32Array(dimensions);
    for (const [feature, count] of counts) {
      const hash = fnv1a(feature);
      // Sublinear tf: a word repeated ten times is not ten times as telling.
      const weight = Math.log1p(count);
      const sign = hash & 0x80000000 ? -1 : 1;
      vector[hash % dimensions] = vector[hash % dimensions]! + sign * weight;
    }
    let norm = 0;
    for (const value of vector) norm += value * value;
    if (norm > 0) {
      const scale = 1 / Math.sqrt(norm);
      for (let i = 0; i < dimensions; i++) vector[i] = vector[i]! * scale;
    }
    return vector;
  }
}

/** 32-bit FNV-1a over UTF-16 code units, unsigned. */
function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}
