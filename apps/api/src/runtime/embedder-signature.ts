import fs from 'node:fs/promises';
import path from 'node:path';
import type { Embeddings } from '@langchain/core/embeddings';
import { ConfigError } from '@grounded/shared';

interface Signature {
  embedder: string;
  dimensions: number;
}

/**
 * Vectors from different embedders cannot be compared, and Chroma rejects a new dimension with
 * an obscure error. The first open records which embedder built the index; a later open with
 * another one stops with a message that says what to do. One signature per DATA_DIR is enough:
 * a DATA_DIR's SQLite catalog serves one Chroma collection only.
 */
export async function checkEmbedderSignature(dataDir: string, embedder: string, embeddings: Embeddings): Promise<void> {
  const file = path.join(dataDir, 'embedder.json');
  const current: Signature = { embedder, dimensions: (await embeddings.embedQuery('dimension probe')).length };
  let recorded: Signature | undefined;
  try {
    recorded = JSON.parse(await fs.readFile(file, 'utf8')) as Signature;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  if (!recorded) {
    await fs.writeFile(file, JSON.stringify(current));
    return;
  }
  if (recorded.embedder !== current.embedder || recorded.dimensions !== current.dimensions) {
    throw new ConfigError(
      `The index in ${dataDir} was built with the ${recorded.embedder} embedder (${recorded.dimensions} dimensions), but the configured one is ${current.embedder} (${current.dimensions} dimensions).`,
      // Not "or a new CHROMA_COLLECTION": the SQLite catalog in DATA_DIR is pinned to its collection too.
      { hint: 'Switch EMBEDDER/EMBEDDING_MODEL back, or use a new DATA_DIR and ingest the documents again.' },
    );
  }
}
