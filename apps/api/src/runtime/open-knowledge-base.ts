/**
 * Opens everything a knowledge-base command needs, from the environment: the Chroma server
 * (ours, shared or external), the embedder and the store. `close()` undoes it in reverse.
 */
import fs from 'node:fs/promises';
import type { Env } from '../env';
import { KnowledgeBase } from '../knowledge/knowledge-base';
import { acquireChroma, type ChromaHandle } from './chroma-runtime';
import { createEmbeddings, embedderName, type OwnedEmbeddings } from './embeddings';
import { checkEmbedderSignature } from './embedder-signature';
import type { AppLogger } from './logger';

export interface OpenKnowledgeBase {
  kb: KnowledgeBase;
  chroma: ChromaHandle;
  close(): Promise<void>;
}

export async function openKnowledgeBase(env: Env, logger: AppLogger): Promise<OpenKnowledgeBase> {
  await fs.mkdir(env.paths.data, { recursive: true });
  const chroma = await acquireChroma({
    externalUrl: env.CHROMA_URL,
    dataDir: env.paths.chroma,
    lockFile: env.paths.chromaLock,
    port: env.CHROMA_PORT,
    logger,
  });
  let owned: OwnedEmbeddings | undefined;
  try {
    const embedder = await createEmbeddings(env);
    owned = embedder;
    const { embeddings } = embedder;
    await checkEmbedderSignature(env.paths.data, embedderName(env), embeddings);
    const kb = await KnowledgeBase.open({
      chromaUrl: chroma.url,
      sqlitePath: env.paths.sqlite,
      collection: env.CHROMA_COLLECTION,
      embeddings,
      ingestion: {
        chunkSize: env.CHUNK_SIZE,
        chunkOverlap: env.CHUNK_OVERLAP,
        maxBytes: Math.round(env.MAX_UPLOAD_MB * 1024 * 1024),
        maxDocxUncompressedBytes: Math.round(env.MAX_DOCX_UNCOMPRESSED_MB * 1024 * 1024),
      },
      logger,
    });
    return {
      kb,
      chroma,
      close: async () => {
        try {
          await kb.close();
        } finally {
          // Free the embedder and stop our Chroma child even if closing the store failed.
          try {
            await embedder.dispose();
          } finally {
            await chroma.release();
          }
        }
      },
    };
  } catch (error) {
    try {
      await owned?.dispose();
    } finally {
      await chroma.release();
    }
    throw error;
  }
}
