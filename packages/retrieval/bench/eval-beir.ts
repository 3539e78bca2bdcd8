/**
 * Retrieval quality on a BEIR folder: npx tsx packages/retrieval/bench/eval-beir.ts [dir] [--bm25-only]
 * Starts its own Chroma server in a temp dir and prints the metrics as JSON, plus a plain BM25
 * baseline (keyword retriever alone) measured in the same run.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { HashingEmbeddings, KnowledgeStore, evaluateRetrieval, startChromaServer } from '../src/index';
import type { KnowledgeStoreOptions } from '../src/index';

const dir = process.argv[2] ?? '/work/shared/data/dev/retrieval/covid-faq-en';
const work = mkdtempSync(join(tmpdir(), 'grounded-eval-'));
const server = await startChromaServer({ dataDir: join(work, 'chroma') });
try {
  const variants: [string, Partial<KnowledgeStoreOptions>][] = [
    ['hybrid (defaults)', {}],
    ['plain BM25 (stemmed, title x2)', { denseWeight: 0, titleKeywordWeight: 0, prefixMinLength: 0 }],
    ['keyword lists only', { denseWeight: 0 }],
    ['dense only (hashing)', { keywordWeight: 0, titleKeywordWeight: 0 }],
  ];
  for (const [name, overrides] of variants) {
    const store = await KnowledgeStore.open({
      chromaUrl: server.url, sqlitePath: join(work, `${name.replace(/\W+/g, '-')}.sqlite`),
      collection: `eval-${name.replace(/\W+/g, '-').replace(/-$/, '')}`, embeddings: new HashingEmbeddings(), ...overrides,
    });
    const result = await evaluateRetrieval({ dir, store });
    console.log(name, JSON.stringify(result));
    await store.close();
  }
} finally {
  await server.stop();
  rmSync(work, { recursive: true, force: true });
}
