/**
 * The embedder EMBEDDER selects: the weight-free hashing embedder by default, or a GGUF
 * embedding model through node-llama-cpp (a catalog id resolved in MODELS_DIR, or a path).
 */
import path from 'node:path';
import type { Embeddings } from '@langchain/core/embeddings';
import { HashingEmbeddings } from '@grounded/retrieval';
import { ConfigError } from '@grounded/shared';
import type { Env } from '../env';

/** Names the configured embedder, for the index signature. */
export function embedderName(env: Env): string {
  return env.EMBEDDER === 'hashing' ? 'hashing' : `gguf:${path.basename(env.EMBEDDING_MODEL ?? '')}`;
}

/** An embedder and how to free it: a GGUF model holds native memory until disposed. */
export interface OwnedEmbeddings {
  embeddings: Embeddings;
  dispose(): Promise<void>;
}

export async function createEmbeddings(env: Env): Promise<OwnedEmbeddings> {
  if (env.EMBEDDER === 'hashing') return { embeddings: new HashingEmbeddings(), dispose: async () => {} };
  if (!env.EMBEDDING_MODEL) {
    throw new ConfigError('EMBEDDER=gguf needs EMBEDDING_MODEL (a catalog id or a .gguf path).', {
      hint: 'Run `npx grounded models pull nomic-embed-text-v1.5` and set EMBEDDING_MODEL, or unset EMBEDDER.',
    });
  }
  // Imported lazily so the default path never loads node-llama-cpp.
  const { LlamaCppEmbeddings, findCatalogEntry, catalogFileName } = await import('@grounded/models');
  const entry = findCatalogEntry(env.EMBEDDING_MODEL);
  const model = await LlamaCppEmbeddings.load({
    modelPath: entry ? path.join(env.paths.models, catalogFileName(entry)) : path.resolve(env.EMBEDDING_MODEL),
    ...(entry ? { catalogId: entry.id } : {}),
    ...(entry?.embedding?.queryPrefix ? { queryPrefix: entry.embedding.queryPrefix } : {}),
    ...(entry?.embedding?.documentPrefix ? { documentPrefix: entry.embedding.documentPrefix } : {}),
    threads: env.MODEL_THREADS,
  });
  return { embeddings: model, dispose: () => model.dispose() };
}
