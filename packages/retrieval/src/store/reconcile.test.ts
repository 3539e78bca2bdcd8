import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { makeDoc, tempDir } from '../../test/fixtures';
import { chromaClientFor } from '../chroma-server';
import { HashingEmbeddings } from '../hashing-embeddings';
import { KnowledgeStore } from '../knowledge-store';
import { testChromaUrl, uniqueCollectionName } from '../testing';
import { UPSERT_STEPS, type UpsertStep } from './jobs';

const child = fileURLToPath(new URL('../../test/crash-upsert-child.ts', import.meta.url));
const tmp = tempDir('grounded-crash-test-');
afterAll(() => tmp.cleanup());

/** Run an upsert of v2 in a child process and SIGKILL it right after `step`. */
function crashAt(chromaUrl: string, sqlitePath: string, collection: string, step: UpsertStep): Promise<void> {
  return new Promise((resolve, reject) => {
    const proc = spawn(process.execPath, ['--import', 'tsx', child, chromaUrl, sqlitePath, collection, step], { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    proc.stderr.on('data', (d: Buffer) => (err += d.toString()));
    proc.stdout.on('data', (d: Buffer) => {
      out += d.toString();
      if (out.includes(`REACHED ${step}`)) proc.kill('SIGKILL');
    });
    proc.on('exit', (_code, signal) =>
      signal === 'SIGKILL' ? resolve() : reject(new Error(`child did not reach ${step}: ${out} ${err}`)));
  });
}

describe('crash consistency across Chroma and SQLite', () => {
  it.each(UPSERT_STEPS)('after a SIGKILL at "%s", reopening shows exactly one complete version and no orphan vectors', async (step) => {
    const chromaUrl = testChromaUrl();
    const collection = uniqueCollectionName(`crash-${step}`);
    const sqlitePath = join(tmp.dir, `${step}.sqlite`);
    const open = () => KnowledgeStore.open({ chromaUrl, sqlitePath, collection, embeddings: new HashingEmbeddings() });

    const first = await open();
    await first.upsert(makeDoc('policy', ['Version one says refunds take thirty days.']));
    await first.close();

    await crashAt(chromaUrl, sqlitePath, collection, step);

    const store = await open();
    try {
      const expected = step === 'swapped'
        ? { version: 2, chunks: 3, text: 'ten days', stale: 'thirty days' }
        : { version: 1, chunks: 1, text: 'thirty days', stale: 'ten days' };
      expect(store.get('policy')).toMatchObject({ version: expected.version, chunkCount: expected.chunks });
      const hits = await store.search('how many days do refunds take version', { k: 10 });
      expect(hits.every((h) => h.citation.version === expected.version)).toBe(true);
      expect(hits.filter((h) => h.citation.documentId === 'policy')).toHaveLength(expected.chunks);
      expect(hits.some((h) => h.text.includes(expected.text))).toBe(true);
      expect(hits.some((h) => h.text.includes(expected.stale))).toBe(false);

      const stats = await store.stats();
      expect(stats.pendingJobs).toBe(0);
      const vectors = await (await chromaClientFor(chromaUrl).getCollection({ name: collection })).get({ include: [] });
      expect(vectors.ids.sort()).toEqual(hits.map((h) => h.id).sort());
    } finally {
      await store.close();
    }
  }, 30_000);
});
