/**
 * The embedder EMBEDDER selects: the weight-free hashing embedder by default, or a GGUF
 * embedding model through node-llama-cpp.
 */
import type { Embeddings } from '@langchain/core/embeddings';
import { HashingEmbeddings } from '@grounded/retrieval';
import { ConfigError } from '@grounded/shared';
import type { Env } from '../env';

export async function createEmbeddings(env: Env): Promise<Embeddings> {
  if (env.EMBEDDER === 'hashing') return new HashingEmbeddings();
  if (!env.EMBEDDING_MODEL) {
    throw new ConfigError('EMBEDDER=gguf needs EMBEDDING_MODEL (a catalog id or a .gguf path).', {
      hint: 'Run `npx grounded models pull nomic-embed-text-v1.5` and set EMBEDDING_MODEL, or unset EMBEDDER.',
    });
  }
  // Loaded lazily so the default path never pays for node-llama-cpp.
  const { createLlamaCppEmbeddings } = await import('@grounded/models');
  return createLlamaCppEmbeddings({
    model: env.EMBEDDING_MODEL,
    modelsDir: env.paths.models,
    threads: env.MODEL_THREADS || undefined,
  });
}
