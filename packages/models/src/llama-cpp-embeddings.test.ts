import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LlamaCppEmbeddings } from './llama-cpp-embeddings';
import { testModelMistral } from './testing';

let embeddings: LlamaCppEmbeddings;
beforeAll(async () => {
  // The fixture is a chat model; llama.cpp pools its hidden states, which is enough to test the plumbing.
  embeddings = await LlamaCppEmbeddings.load({ modelPath: testModelMistral(), contextSize: 256, threads: 1, batchSize: 2 });
});
afterAll(async () => embeddings.dispose());

const norm = (v: number[]) => Math.sqrt(v.reduce((s, x) => s + x * x, 0));

describe('LlamaCppEmbeddings', () => {
  it('returns unit vectors of the model dimension, equal for equal text', async () => {
    const docs = ['refund policy', 'Rückgabe innerhalb von 30 Tagen', 'envío gratis', 'refund policy'];
    const vectors = await embeddings.embedDocuments(docs);
    expect(vectors).toHaveLength(4);
    for (const v of vectors) {
      expect(v).toHaveLength(embeddings.dimensions);
      expect(norm(v)).toBeCloseTo(1, 5);
    }
    expect(embeddings.dimensions).toBe(64);
    expect(vectors[3]).toEqual(vectors[0]);
    expect(vectors[1]).not.toEqual(vectors[0]);
    // Batching does not change results.
    const query = await embeddings.embedQuery('Rückgabe innerhalb von 30 Tagen');
    query.forEach((x, i) => expect(x).toBeCloseTo(vectors[1]![i]!, 5));
  });
});
