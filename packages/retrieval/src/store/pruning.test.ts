import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeDoc, tempDir } from '../../test/fixtures';
import { HashingEmbeddings } from '../hashing-embeddings';
import { KnowledgeStore } from '../knowledge-store';
import { SqliteCatalog } from './sqlite-catalog';
import { testChromaUrl, uniqueCollectionName } from '../testing';

const tmp = tempDir('grounded-prune-test-');
let store: KnowledgeStore;

beforeAll(async () => {
  // Pruning on from the first chunk, with a budget of 30% of the chunks.
  store = await KnowledgeStore.open({
    chromaUrl: testChromaUrl(), sqlitePath: join(tmp.dir, 'store.sqlite'), collection: uniqueCollectionName('prune'),
    embeddings: new HashingEmbeddings(), pruneMinChunks: 0, pruneDfRatio: 0.3, denseWeight: 0,
  });
  const filler = Array.from({ length: 10 }, (_, i) => `Shipping policy paragraph ${i} about parcels and couriers.`);
  await store.upsert(makeDoc('shipping', filler));
});
afterAll(async () => {
  await store.close();
  tmp.cleanup();
});

describe('common-term pruning on large indexes', () => {
  it('still ranks the document with the rare term first when the common term is dropped', async () => {
    const first = await store.search('shipping warranty', { k: 3 });
    expect(first.every((h) => h.citation.documentId === 'shipping')).toBe(true);
    await store.upsert(makeDoc('warranty', ['The warranty covers shipping damage for two years.']));
    const hits = await store.search('shipping warranty', { k: 3 });
    expect(hits[0]?.citation.documentId).toBe('warranty');
  });
});

describe('term costs', () => {
  it('prices a prefix term by every indexed term it expands to, not by its exact matches', async () => {
    await store.upsert(makeDoc('streams', [
      ...Array.from({ length: 6 }, (_, i) => `The brookside ${i} depot and the brookfield courier hub.`),
      'One brook crossing on the route.',
    ]));
    const catalog = new SqliteCatalog(join(tmp.dir, 'store.sqlite'), { title: 2, body: 1 });
    try {
      const exact = catalog.termCosts(['brook'], 0).get('brook');
      const asPrefix = catalog.termCosts(['brook'], 4).get('brook');
      expect(exact).toBe(1);
      // brook (1) + brookfield (6) + brookside (6): what FTS5 reads for "brook"*.
      expect(asPrefix).toBe(13);
      expect(catalog.termCosts(['zzzz'], 4).get('zzzz')).toBe(0);
    } finally {
      catalog.close();
    }
  });

  it('prices a prefix with exactly the expansions it reads exactly, and one with more as the whole index', async () => {
    // 64 distinct "quill…" terms in one chunk (one chunk each), among more than 64 chunks in all.
    const consonants = 'bcdfghjk';
    const terms = [...consonants].flatMap((a) => [...consonants].map((b) => `quill${a}${b}`));
    const padding = Array.from({ length: 70 }, (_, i) => `Padding paragraph number ${i} about parcels.`);
    await store.upsert(makeDoc('vocab', [terms.join(' '), ...padding]));
    const priced = (): number | undefined => {
      const catalog = new SqliteCatalog(join(tmp.dir, 'store.sqlite'), { title: 2, body: 1 });
      try {
        return catalog.termCosts(['quill'], 4).get('quill');
      } finally {
        catalog.close();
      }
    };
    expect(terms).toHaveLength(64);
    expect(priced()).toBe(64);
    await store.upsert(makeDoc('vocab-more', ['One quillzz more.']));
    // 65 expansions, one more than are read: priced as the whole index (over 70 chunks), not 65.
    expect(priced()).toBeGreaterThan(70);
  });
});
