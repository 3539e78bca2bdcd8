import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HashingEmbeddings } from '@grounded/retrieval';
import { testChromaUrl, uniqueCollectionName } from '@grounded/retrieval/testing';
import { silentLogger } from '@grounded/shared';
import { KnowledgeBase } from './knowledge-base';

let tmp: string;
let kb: KnowledgeBase;

beforeAll(async () => {
  tmp = await fs.mkdtemp(path.join(os.tmpdir(), 'grounded-kb-'));
  kb = await KnowledgeBase.open({
    chromaUrl: testChromaUrl(), sqlitePath: path.join(tmp, 'kb.sqlite'), collection: uniqueCollectionName('kb-size'),
    embeddings: new HashingEmbeddings(), ingestion: { maxBytes: 1024 * 1024 }, logger: silentLogger,
  });
});
afterAll(async () => {
  await kb?.close();
  await fs.rm(tmp, { recursive: true, force: true });
});

describe('KnowledgeBase.ingestFile size limit', () => {
  it('refuses a file over the limit from its size alone, even one too big to read into memory', async () => {
    const huge = path.join(tmp, 'huge.txt');
    await fs.writeFile(huge, '');
    await fs.truncate(huge, 3 * 1024 ** 3); // sparse: 3 GiB on paper, nothing on disk
    const result = await kb.ingestFile(huge, {});
    expect(result).toMatchObject({ ok: false, code: 'too_large', error: '"huge.txt" is 3072.0 MiB, over the 1.0 MiB upload limit.' });
    expect(result.ok === false && result.hint).toMatch(/MAX_UPLOAD_MB/);
    expect(kb.store.list()).toEqual([]);
  });

  it('still ingests a file under the limit', async () => {
    const small = path.join(tmp, 'hours.md');
    await fs.writeFile(small, '# Opening hours\n\nWe are open nine to five on weekdays.\n');
    expect(await kb.ingestFile(small, {})).toMatchObject({ ok: true, status: 'created', version: 1 });
  });
});
