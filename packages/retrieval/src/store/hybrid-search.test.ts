import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ServiceUnavailableError } from '@grounded/shared';
import { makeDoc, tempDir } from '../../test/fixtures';
import { startChromaServer } from '../chroma-server';
import { HashingEmbeddings } from '../hashing-embeddings';
import { KnowledgeStore } from '../knowledge-store';

const tmp = tempDir('grounded-hybrid-search-test-');
afterAll(() => tmp.cleanup());

describe('hybridSearch when Chroma goes away', () => {
  it('rejects the search with a clear error and leaves no unhandled rejection behind', async () => {
    // Its own server, so stopping it does not disturb the shared test server.
    const server = await startChromaServer({ dataDir: join(tmp.dir, 'chroma') });
    const unhandled: unknown[] = [];
    const onUnhandled = (reason: unknown) => unhandled.push(reason);
    process.on('unhandledRejection', onUnhandled);
    try {
      const store = await KnowledgeStore.open({
        chromaUrl: server.url, sqlitePath: join(tmp.dir, 'store.sqlite'), collection: 'hybrid-down', embeddings: new HashingEmbeddings(),
      });
      await store.upsert(makeDoc('hours', ['Opening hours are nine to five on weekdays.']));
      await server.stop();
      for (let i = 0; i < 5; i++) {
        await expect(store.search('opening hours weekdays')).rejects.toBeInstanceOf(ServiceUnavailableError);
      }
      // Unhandled rejections are reported after the microtask queue drains: give them a turn.
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect(unhandled).toEqual([]);
      await store.close();
    } finally {
      process.off('unhandledRejection', onUnhandled);
      await server.stop();
    }
  }, 30_000);
});
