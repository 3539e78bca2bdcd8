import type { LlamaModel } from 'node-llama-cpp';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { ModelLoadError } from '@grounded/shared';
import { LlamaCppEmbeddings } from './llama-cpp-embeddings';
import { getLlamaRuntime } from './llama-runtime';
import { testLora, testModelMistral } from './testing';

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

describe('LlamaCppEmbeddings.load failures', () => {
  it('refuses a LoRA adapter given as the embedding model, with a hint', async () => {
    const error = await LlamaCppEmbeddings.load({ modelPath: testLora(), contextSize: 256, threads: 1 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ModelLoadError);
    expect((error as ModelLoadError).message).toMatch(/LoRA adapter, not an embedding model/);
    expect((error as ModelLoadError).hint).toMatch(/EMBEDDING_MODEL/);
  });

  it('frees the loaded model when its embedding context cannot be created', async () => {
    const llama = await getLlamaRuntime();
    // The real llama.cpp loads the real fixture; only the context step is made to fail, since
    // inspectGguf's memory check stops every real oversized context before llama.cpp sees it.
    let loaded: LlamaModel | undefined;
    const loadModel = llama.loadModel.bind(llama);
    const spy = vi.spyOn(llama, 'loadModel').mockImplementationOnce(async (options) => {
      loaded = await loadModel(options);
      vi.spyOn(loaded, 'createEmbeddingContext').mockRejectedValueOnce(new Error('Failed to create context'));
      return loaded;
    });
    try {
      await expect(LlamaCppEmbeddings.load({ modelPath: testModelMistral(), contextSize: 256, threads: 1 })).rejects.toThrow(ModelLoadError);
    } finally {
      spy.mockRestore();
    }
    expect(loaded?.disposed).toBe(true);
  });

  it('dispose frees the model and context and may be called twice', async () => {
    // No retries: LangChain's caller would otherwise back off for a while before giving up.
    const own = await LlamaCppEmbeddings.load({ modelPath: testModelMistral(), contextSize: 256, threads: 1, maxRetries: 0 });
    expect(await own.embedQuery('refund')).toHaveLength(64);
    await own.dispose();
    await own.dispose();
    await expect(own.embedQuery('refund')).rejects.toThrow(/disposed/i);
  });
});
