/**
 * Grid over search-time settings on one BEIR folder (ingests once per embedder, then reopens the
 * same files with other options): npx tsx packages/retrieval/bench/tune-beir.ts [dir]
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { HashingEmbeddings, KnowledgeStore, evaluateRetrieval, startChromaServer } from '../src/index';
import type { HashingEmbeddingsConfig, KnowledgeStoreOptions } from '../src/index';

const dir = process.argv[2] ?? '/work/shared/data/dev/retrieval/covid-faq-en';
const work = mkdtempSync(join(tmpdir(), 'grounded-tune-'));
const server = await startChromaServer({ dataDir: join(work, 'chroma') });
const embedders: [string, HashingEmbeddingsConfig][] = JSON.parse(process.env.EMBEDDERS ?? '[["default", {}]]');
const grid: Partial<KnowledgeStoreOptions>[] = JSON.parse(process.env.GRID ?? '[{}]');
try {
  for (const [name, config] of embedders) {
    const embeddings = new HashingEmbeddings(config);
    const base = { chromaUrl: server.url, sqlitePath: join(work, `${name}.sqlite`), collection: `tune-${name}`, embeddings };
    for (const overrides of grid) {
      const store = await KnowledgeStore.open({ ...base, ...overrides });
      const r = await evaluateRetrieval({ dir, store });
      console.log(name, JSON.stringify(overrides), `r@1=${r['recall@1']} r@5=${r['recall@5']} r@10=${r['recall@10']} ndcg=${r['ndcg@10']} p95=${r.p95_ms}`);
      await store.close();
    }
  }
} finally {
  await server.stop();
  rmSync(work, { recursive: true, force: true });
}
