import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeDoc, tempDir } from '../../test/fixtures';
import { HashingEmbeddings } from '../hashing-embeddings';
import { KnowledgeStore } from '../knowledge-store';
import { testChromaUrl, uniqueCollectionName } from '../testing';

const tmp = tempDir('grounded-overfetch-test-');
let store: KnowledgeStore;

beforeAll(async () => {
  // Dense only, one candidate, over-fetch 2: the two nearest vectors are internal.
  store = await KnowledgeStore.open({
    chromaUrl: testChromaUrl(), sqlitePath: join(tmp.dir, 'store.sqlite'), collection: uniqueCollectionName('overfetch'),
    embeddings: new HashingEmbeddings(), keywordWeight: 0, titleKeywordWeight: 0, minCandidates: 1, candidatesPerK: 1, publicOverfetch: 2,
  });
  await store.upsert(makeDoc('internal-a', ['Refund override code for damaged parcels.'], { audience: 'internal', title: 'Refund damaged parcels' }));
  await store.upsert(makeDoc('internal-b', ['Refund override for damaged parcels, staff only.'], { audience: 'internal', title: 'Refund damaged parcels' }));
  await store.upsert(makeDoc('public-c', ['Customers get their money back for broken items.'], { title: 'Money back' }));
});
afterAll(async () => {
  await store.close();
  tmp.cleanup();
});

describe('public-only dense over-fetch', () => {
  it('falls back to the filtered query when every over-fetched vector is internal', async () => {
    const staff = await store.search('refund damaged parcels', { k: 1 });
    expect(staff[0]?.audience).toBe('internal');
    const hits = await store.search('refund damaged parcels', { k: 1, audience: 'public' });
    expect(hits.map((h) => h.citation.documentId)).toEqual(['public-c']);
  });
});
