/**
 * The sample knowledge base through the product's own composition (parse → scan → store →
 * hybrid search) on the shared test Chroma server: what a new user sees after `npm start`.
 */
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HashingEmbeddings } from '@grounded/retrieval';
import { testChromaUrl } from '@grounded/retrieval/testing';
import { silentLogger } from '@grounded/shared';
import { KnowledgeBase, type IngestResult } from '../src/knowledge/knowledge-base';
import { loadSampleKnowledgeBase, readSampleManifest, SAMPLE_KB_DIR } from '../src/knowledge/load-sample-kb';

interface ExpectedQuery {
  query: string;
  language: string;
  expectedFile: string;
  audience: 'public' | 'internal';
}

let tmp: string;
let kb: KnowledgeBase;
let loaded: IngestResult[] | undefined;
const manifest = await readSampleManifest();
const expected = JSON.parse(await fs.readFile(path.join(SAMPLE_KB_DIR, 'expected-queries.json'), 'utf8')) as ExpectedQuery[];
const idOf = new Map<string, string>();

beforeAll(async () => {
  tmp = await fs.mkdtemp(path.join(os.tmpdir(), 'grounded-sample-'));
  kb = await KnowledgeBase.open({
    chromaUrl: testChromaUrl(),
    sqlitePath: path.join(tmp, 'kb.sqlite'),
    collection: `sample-kb-${process.pid}`,
    embeddings: new HashingEmbeddings(),
    ingestion: {},
    logger: silentLogger,
  });
  loaded = await loadSampleKnowledgeBase(kb, path.join(tmp, '.sample-kb-loaded'));
  for (const r of loaded ?? []) if (r.ok) idOf.set(r.file.replace(`${SAMPLE_KB_DIR}`, '').replace(/^\//, ''), r.id);
}, 120_000);

afterAll(async () => {
  await kb?.close();
  await fs.rm(tmp, { recursive: true, force: true });
});

describe('sample knowledge base', () => {
  it('loads every manifest entry, in four languages and every format', () => {
    expect(loaded?.filter((r) => !r.ok)).toEqual([]);
    expect(loaded).toHaveLength(manifest.length);
    const docs = kb.store.list();
    expect(new Set(docs.map((d) => d.language))).toEqual(new Set(['en', 'es', 'de', 'fr']));
    expect(new Set(docs.map((d) => d.format))).toEqual(new Set(['pdf', 'docx', 'html', 'markdown', 'text', 'faq-csv']));
    expect(docs.some((d) => d.audience === 'internal')).toBe(true);
  });

  it('is loaded once: the marker keeps a second start from re-adding deleted samples', async () => {
    expect(await loadSampleKnowledgeBase(kb, path.join(tmp, '.sample-kb-loaded'))).toBeUndefined();
  });

  it('quarantines the instruction hidden in a sample page instead of serving it', async () => {
    const held = kb.store.quarantined();
    const trap = manifest.find((e) => e.file === 'en/contact-us.html');
    expect(trap).toBeDefined();
    // Exactly the planted instruction is held back: ordinary policy text is never quarantined.
    expect(held.map((c) => c.documentId)).toEqual([idOf.get('en/contact-us.html')]);
    expect(held[0]!.text).toMatch(/ignore all previous instructions/i);
    expect(held[0]!.reasons).toContain('injection.indirect');
    const hits = await kb.search('100% discount code for every customer', { k: 10, audience: 'public' });
    expect(hits.map((h) => h.text).join(' ')).not.toMatch(/ignore all previous instructions/i);
  });

  for (const language of ['en', 'es', 'de', 'fr']) {
    it(`finds the right document for customer questions in ${language}`, async () => {
      const cases = expected.filter((q) => q.language === language && q.audience === 'public');
      expect(cases.length).toBeGreaterThanOrEqual(3);
      let found = 0;
      for (const c of cases) {
        const hits = await kb.search(c.query, { k: 5, audience: 'public' });
        const ids = hits.map((h) => h.citation.documentId);
        if (ids.includes(idOf.get(c.expectedFile) ?? '?')) found += 1;
        for (const h of hits) expect(h.audience).toBe('public');
      }
      // Every question must be answered from its own document within the top 5.
      expect(found).toBe(cases.length);
    });
  }

  it('never shows internal documents to customers, but finds them for agents', async () => {
    const internal = expected.filter((q) => q.audience === 'internal');
    expect(internal.length).toBeGreaterThanOrEqual(2);
    for (const c of internal) {
      const publicHits = await kb.search(c.query, { k: 10, audience: 'public' });
      expect(publicHits.every((h) => h.audience === 'public')).toBe(true);
      expect(publicHits.map((h) => h.citation.documentId)).not.toContain(idOf.get(c.expectedFile));
      const agentHits = await kb.search(c.query, { k: 5 });
      expect(agentHits.map((h) => h.citation.documentId)).toContain(idOf.get(c.expectedFile));
    }
  });
});
