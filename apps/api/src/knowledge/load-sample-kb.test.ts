import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HashingEmbeddings } from '@grounded/retrieval';
import { testChromaUrl, uniqueCollectionName } from '@grounded/retrieval/testing';
import { silentLogger } from '@grounded/shared';
import { KnowledgeBase } from './knowledge-base';
import { loadSampleKnowledgeBase } from './load-sample-kb';

let tmp: string;
let samples: string;
let marker: string;
let kb: KnowledgeBase;

beforeAll(async () => {
  tmp = await fs.mkdtemp(path.join(os.tmpdir(), 'grounded-sample-retry-'));
  samples = path.join(tmp, 'samples');
  marker = path.join(tmp, '.sample-kb-loaded');
  await fs.mkdir(samples);
  await fs.writeFile(path.join(samples, 'manifest.json'), JSON.stringify([
    { file: 'hours.md', title: 'Opening hours', audience: 'public' },
    { file: 'returns.txt', title: 'Returns', audience: 'public' },
  ]));
  // Both samples unreadable at first: empty files.
  await fs.writeFile(path.join(samples, 'hours.md'), '');
  await fs.writeFile(path.join(samples, 'returns.txt'), '');
  kb = await KnowledgeBase.open({
    chromaUrl: testChromaUrl(), sqlitePath: path.join(tmp, 'kb.sqlite'), collection: uniqueCollectionName('sample-retry'),
    embeddings: new HashingEmbeddings(), ingestion: {}, logger: silentLogger,
  });
});
afterAll(async () => {
  await kb?.close();
  await fs.rm(tmp, { recursive: true, force: true });
});

describe('loadSampleKnowledgeBase', () => {
  it('writes no marker when every sample fails, so the next start tries again', async () => {
    const first = await loadSampleKnowledgeBase(kb, marker, undefined, samples);
    expect(first?.map((r) => r.ok)).toEqual([false, false]);
    await expect(fs.stat(marker)).rejects.toThrow();

    // Next start: one sample is readable now; it loads and the marker is written.
    await fs.writeFile(path.join(samples, 'hours.md'), '# Opening hours\n\nWe are open nine to five on weekdays.\n');
    const second = await loadSampleKnowledgeBase(kb, marker, undefined, samples);
    expect(second?.map((r) => r.ok)).toEqual([true, false]);
    expect(kb.store.list().map((d) => d.title)).toEqual(['Opening hours']);
    await expect(fs.stat(marker)).resolves.toBeDefined();
    expect(await loadSampleKnowledgeBase(kb, marker, undefined, samples)).toBeUndefined();
  });
});
