/**
 * EMBEDDER=gguf end to end through the app's composition: a GGUF embedding model (the fixture,
 * random weights) indexes and searches the knowledge base, and switching embedders on an
 * existing index stops with a clear error instead of Chroma's dimension mismatch.
 */
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testModelMistral } from '@grounded/models/testing';
import { testChromaUrl, uniqueCollectionName } from '@grounded/retrieval/testing';
import { ConfigError } from '@grounded/shared';
import { parseEnv } from '../src/env';
import { createLogger } from '../src/runtime/logger';
import { openKnowledgeBase } from '../src/runtime/open-knowledge-base';

let dataDir: string;
const logger = createLogger('silent');

beforeAll(async () => {
  dataDir = await fs.mkdtemp(path.join(os.tmpdir(), 'grounded-embedder-'));
});

afterAll(async () => {
  await fs.rm(dataDir, { recursive: true, force: true });
});

describe('embedder configuration', () => {
  const collection = uniqueCollectionName('gguf-embedder');

  it('indexes and searches with a GGUF embedding model', async () => {
    const env = parseEnv({
      DATA_DIR: dataDir,
      CHROMA_URL: testChromaUrl(),
      CHROMA_COLLECTION: collection,
      EMBEDDER: 'gguf',
      EMBEDDING_MODEL: testModelMistral(),
      MODEL_THREADS: '1',
    });
    const opened = await openKnowledgeBase(env, logger);
    try {
      const stored = await opened.kb.ingestBytes(Buffer.from('# Returns\n\nYou can return unworn items within 30 days.\n'), 'returns.md');
      expect(stored.status).toBe('created');
      const hits = await opened.kb.search('return unworn items', { k: 3 });
      expect(hits[0]?.citation.documentId).toBe(stored.id);
    } finally {
      await opened.close();
    }
  }, 60_000);

  it('refuses to open the same index with a different embedder', async () => {
    const env = parseEnv({ DATA_DIR: dataDir, CHROMA_URL: testChromaUrl(), CHROMA_COLLECTION: collection });
    const error = await openKnowledgeBase(env, logger).then(
      async (opened) => {
        await opened.close();
        return undefined;
      },
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as ConfigError).message).toMatch(/built with the gguf:.* embedder .* configured one is hashing/);
    expect((error as ConfigError).hint).toMatch(/new DATA_DIR/);
    // A new collection in the same DATA_DIR would not help: its SQLite catalog is pinned to this one.
    expect((error as ConfigError).hint).not.toMatch(/CHROMA_COLLECTION/);
  }, 60_000);
});
