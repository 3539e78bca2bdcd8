/**
 * Hybrid search latency vs a raw Chroma vector query (baseline, same run), and ingestion
 * throughput, over 50,000 synthetic multilingual chunks:
 *   npx tsx packages/retrieval/bench/search-latency.ts [chunks=50000]
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { HashingEmbeddings, KnowledgeStore, chromaClientFor, startChromaServer } from '../src/index';
import { percentile } from '../src/eval/metrics';
import { buildFtsMatch, queryLanguages, queryTerms } from '../src/store/fts-query';
import { SqliteCatalog } from '../src/store/sqlite-catalog';
import { seededRandom as rng } from '@grounded/shared';
import { LANGUAGES, query, syntheticDocuments } from './synthetic-corpus';

const totalChunks = Number(process.argv[2] ?? 50_000);
const chunksPerDoc = 50;
const queries = 300;
const work = mkdtempSync(join(tmpdir(), 'grounded-bench-'));
const server = await startChromaServer({ dataDir: join(work, 'chroma') });
const embeddings = new HashingEmbeddings();
const collection = 'bench';
const store = await KnowledgeStore.open({ chromaUrl: server.url, sqlitePath: join(work, 'store.sqlite'), collection, embeddings });

try {
  const docs = syntheticDocuments(Math.ceil(totalChunks / chunksPerDoc), chunksPerDoc);
  const t0 = performance.now();
  for (const doc of docs) await store.upsert(doc);
  const ingestS = (performance.now() - t0) / 1000;
  const ingested = docs.reduce((n, d) => n + d.chunks.length, 0);
  console.log(`ingest: ${ingested} chunks in ${ingestS.toFixed(1)} s = ${(ingested / ingestS).toFixed(0)} chunks/s (embed + Chroma + SQLite/FTS, end to end)`);

  const random = rng(99);
  const texts = Array.from({ length: queries }, (_, i) => query(LANGUAGES[i % LANGUAGES.length]!, random));
  const vectors = await embeddings.embedDocuments(texts);
  const raw = await chromaClientFor(server.url).getCollection({ name: collection });
  const measure = async (label: string, run: (i: number) => Promise<unknown>) => {
    for (let i = 0; i < 20; i++) await run(i); // warm-up
    const times: number[] = [];
    for (let i = 0; i < queries; i++) {
      const start = performance.now();
      await run(i);
      times.push(performance.now() - start);
    }
    const result = { p50: percentile(times, 50), p95: percentile(times, 95) };
    console.log(`${label.padEnd(48)} p50 ${result.p50.toFixed(2)} ms  p95 ${result.p95.toFixed(2)} ms`);
    return result;
  };
  const rawK5 = await measure('raw Chroma query (nResults 5, no filter)', (i) => raw.query({ queryEmbeddings: [vectors[i]!], nResults: 5, include: ['distances'] }));
  const rawK40 = await measure('raw Chroma query (nResults 40, no filter)', (i) => raw.query({ queryEmbeddings: [vectors[i]!], nResults: 40, include: ['distances'] }));
  const hybrid = await measure('hybrid search k=5 (embed+dense+BM25+fuse+dedupe)', (i) => store.search(texts[i]!, { k: 5 }));
  // Where the time goes: the synchronous keyword side alone, on its own read connection.
  const catalog = new SqliteCatalog(join(work, 'store.sqlite'), { title: 2, body: 1 });
  const noFilter = { publicOnly: false, language: undefined, documentIds: undefined };
  await measure('  part: query embedding (hashing)', async (i) => embeddings.embedQuery(texts[i]!));
  await measure('  part: FTS5 BM25, all terms (no pruning)', async (i) => {
    const match = buildFtsMatch(queryTerms(texts[i]!, queryLanguages(texts[i]!, catalog.languages())), 4);
    return match ? catalog.keywordSearch(match, noFilter, 40) : [];
  });
  catalog.close();
  for (const variant of JSON.parse(process.env.VARIANTS ?? '[]') as object[]) {
    const alt = await KnowledgeStore.open({ chromaUrl: server.url, sqlitePath: join(work, 'store.sqlite'), collection, embeddings, sweepOrphans: false, ...variant });
    await measure(`hybrid ${JSON.stringify(variant)}`.slice(0, 48), (i) => alt.search(texts[i]!, { k: 5 }));
    await alt.close();
  }
  const rawPublic = await measure('raw Chroma query (nResults 40, audience where)', (i) => raw.query({ queryEmbeddings: [vectors[i]!], nResults: 40, include: ['distances'], where: { audience: 'public' } }));
  const hybridPublic = await measure('hybrid search k=5, audience public', (i) => store.search(texts[i]!, { k: 5, audience: 'public' }));
  console.log(`ratio hybrid/raw(5)  p50 ${(hybrid.p50 / rawK5.p50).toFixed(2)}x  p95 ${(hybrid.p95 / rawK5.p95).toFixed(2)}x`);
  console.log(`ratio hybrid/raw(40) p50 ${(hybrid.p50 / rawK40.p50).toFixed(2)}x  p95 ${(hybrid.p95 / rawK40.p95).toFixed(2)}x`);
  console.log(`ratio filtered hybrid/raw p50 ${(hybridPublic.p50 / rawPublic.p50).toFixed(2)}x  p95 ${(hybridPublic.p95 / rawPublic.p95).toFixed(2)}x`);
} finally {
  await store.close();
  await server.stop();
  rmSync(work, { recursive: true, force: true });
}
