import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { NotFoundError, ValidationError, type ParsedDocument } from '@grounded/shared';
import type { KnowledgeStore } from '../knowledge-store';
import { guessLanguage } from '../text/guess-language';
import { dcgAt, percentile } from './metrics';

export interface BeirCorpusRow {
  _id: string;
  title: string;
  text: string;
}

export interface BeirDataset {
  corpus: BeirCorpusRow[];
  queries: Map<string, string>;
  /** query id -> corpus id -> graded relevance (> 0 is relevant). */
  qrels: Map<string, Map<string, number>>;
}

export interface RetrievalEvalResult {
  queries: number;
  docs: number;
  'recall@1': number;
  'recall@5': number;
  'recall@10': number;
  'mrr@10': number;
  'ndcg@10': number;
  p50_ms: number;
  p95_ms: number;
  ingest_s: number;
}

export interface EvaluateRetrievalOptions {
  /** A BEIR folder: corpus.jsonl, queries.jsonl, qrels/test.tsv. */
  dir: string;
  /** Hits requested per query (at least 10, the deepest cut-off we score). @default 10 */
  k?: number;
  store: KnowledgeStore;
  /** How a corpus row becomes a document; default: one chunk, title + text, corpus-level language guess. */
  toDocument?(row: BeirCorpusRow): ParsedDocument | Promise<ParsedDocument>;
  onProgress?(phase: 'ingest' | 'query', done: number, total: number): void;
}

function readRequired(path: string, what: string): string {
  if (!existsSync(path)) {
    throw new NotFoundError(`BEIR ${what} not found at ${path}.`, {
      hint: 'A BEIR folder holds corpus.jsonl, queries.jsonl and qrels/test.tsv.', details: { path },
    });
  }
  return readFileSync(path, 'utf8');
}

function parseJsonl(path: string, what: string, check: (row: Record<string, unknown>) => string | undefined): Record<string, unknown>[] {
  const rows: Record<string, unknown>[] = [];
  readRequired(path, what).split('\n').forEach((line, i) => {
    if (line.trim() === '') return;
    let row: unknown;
    try {
      row = JSON.parse(line);
    } catch (error) {
      throw new ValidationError(`${path}:${i + 1} is not valid JSON.`, { hint: 'Each line must be one JSON object.', cause: error });
    }
    const problem = typeof row === 'object' && row !== null ? check(row as Record<string, unknown>) : 'not an object';
    if (problem) throw new ValidationError(`${path}:${i + 1}: ${problem}.`, { hint: `Fix the ${what} row or regenerate the file.` });
    rows.push(row as Record<string, unknown>);
  });
  return rows;
}

/** Read a BEIR dataset folder, with errors naming the file and line at fault. */
export function loadBeir(dir: string): BeirDataset {
  const isString = (v: unknown) => typeof v === 'string';
  const corpus = parseJsonl(join(dir, 'corpus.jsonl'), 'corpus', (r) =>
    !isString(r._id) || r._id === '' ? 'missing string "_id"' : !isString(r.text) ? 'missing string "text"'
      : r.title !== undefined && !isString(r.title) ? '"title" must be a string' : undefined,
  ).map((r) => ({ _id: r._id as string, title: (r.title as string | undefined) ?? '', text: r.text as string }));
  const queries = new Map(parseJsonl(join(dir, 'queries.jsonl'), 'queries', (r) =>
    !isString(r._id) ? 'missing string "_id"' : !isString(r.text) ? 'missing string "text"' : undefined,
  ).map((r) => [r._id as string, r.text as string]));
  const qrelsPath = join(dir, 'qrels', 'test.tsv');
  const lines = readRequired(qrelsPath, 'qrels').split('\n').filter((l) => l.trim() !== '');
  if (!/^query-id\tcorpus-id\tscore$/.test(lines[0]?.trim() ?? '')) {
    throw new ValidationError(`${qrelsPath} must start with the header "query-id<TAB>corpus-id<TAB>score".`, { hint: 'Use BEIR qrels format.' });
  }
  const qrels = new Map<string, Map<string, number>>();
  lines.slice(1).forEach((line, i) => {
    const [queryId, corpusId, score] = line.trim().split('\t');
    const value = Number(score);
    if (!queryId || !corpusId || score === undefined || !Number.isFinite(value)) {
      throw new ValidationError(`${qrelsPath}:${i + 2} is not "query-id<TAB>corpus-id<TAB>score".`, { hint: 'Fix the qrels line.' });
    }
    if (!qrels.has(queryId)) qrels.set(queryId, new Map());
    qrels.get(queryId)!.set(corpusId, value);
  });
  return { corpus, queries, qrels };
}

function defaultToDocument(language: string): (row: BeirCorpusRow) => ParsedDocument {
  return (row) => ({
    id: row._id.replace(/::/g, ':'), title: row.title, format: 'text', sourceName: `${row._id}.txt`,
    contentHash: `${row.title}\u0000${row.text}`, audience: 'public', tags: [], language,
    chunks: [{ index: 0, text: row.text, sectionPath: [], language }],
  });
}

/** Ingest a BEIR corpus into `store` (one document per row), run every judged query, score it. */
export async function evaluateRetrieval(options: EvaluateRetrievalOptions): Promise<RetrievalEvalResult> {
  const { store, onProgress } = options;
  const depth = Math.max(10, options.k ?? 10);
  const data = loadBeir(options.dir);
  const toDocument = options.toDocument
    ?? defaultToDocument(guessLanguage(data.corpus.slice(0, 300).map((r) => `${r.title}\n${r.text}`).join('\n')));
  const started = performance.now();
  const idMap = new Map<string, string>();
  for (const [i, row] of data.corpus.entries()) {
    const doc = await toDocument(row);
    idMap.set(doc.id, row._id);
    await store.upsert(doc);
    onProgress?.('ingest', i + 1, data.corpus.length);
  }
  const ingestSeconds = (performance.now() - started) / 1000;

  const judged = [...data.qrels].filter(([queryId, rels]) => data.queries.has(queryId) && [...rels.values()].some((v) => v > 0));
  const sums = { r1: 0, r5: 0, r10: 0, mrr: 0, ndcg: 0 };
  const latencies: number[] = [];
  for (const [i, [queryId, rels]] of judged.entries()) {
    const t0 = performance.now();
    const hits = await store.search(data.queries.get(queryId)!, { k: Math.min(100, depth * 3) });
    latencies.push(performance.now() - t0);
    // Several chunks of one document count once, at their best rank.
    const ranked = [...new Set(hits.map((h) => idMap.get(h.citation.documentId) ?? h.citation.documentId))].slice(0, depth);
    const relevant = [...rels].filter(([, v]) => v > 0);
    const recallAt = (n: number) => ranked.slice(0, n).filter((id) => (rels.get(id) ?? 0) > 0).length / relevant.length;
    sums.r1 += recallAt(1);
    sums.r5 += recallAt(5);
    sums.r10 += recallAt(10);
    const first = ranked.slice(0, 10).findIndex((id) => (rels.get(id) ?? 0) > 0);
    sums.mrr += first >= 0 ? 1 / (first + 1) : 0;
    const ideal = dcgAt(relevant.map(([, v]) => v).sort((a, b) => b - a), 10);
    sums.ndcg += ideal > 0 ? dcgAt(ranked.map((id) => Math.max(0, rels.get(id) ?? 0)), 10) / ideal : 0;
    onProgress?.('query', i + 1, judged.length);
  }
  const n = Math.max(1, judged.length);
  const round = (v: number) => Math.round(v * 10_000) / 10_000;
  return {
    queries: judged.length,
    docs: data.corpus.length,
    'recall@1': round(sums.r1 / n),
    'recall@5': round(sums.r5 / n),
    'recall@10': round(sums.r10 / n),
    'mrr@10': round(sums.mrr / n),
    'ndcg@10': round(sums.ndcg / n),
    p50_ms: round(percentile(latencies, 50)),
    p95_ms: round(percentile(latencies, 95)),
    ingest_s: round(ingestSeconds),
  };
}
