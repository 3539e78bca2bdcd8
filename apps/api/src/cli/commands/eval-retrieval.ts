import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Command } from 'commander';
import { parseDocument } from '@grounded/ingestion';
import { evaluateRetrieval, KnowledgeStore, startChromaServer } from '@grounded/retrieval';
import { env } from '../../env';
import { createEmbeddings, type OwnedEmbeddings } from '../../runtime/embeddings';
import { createLogger } from '../../runtime/logger';
import { commandGroup } from '../command-group';
import { parsePositiveInt } from '../options';
import { printJson, progressBar } from '../output';

export function register(program: Command): void {
  commandGroup(program, 'eval', 'Evaluate retrieval and guardrails on labelled data')
    .command('retrieval')
    .description('Score retrieval on a BEIR-layout folder (corpus.jsonl, queries.jsonl, qrels/test.tsv) in a fresh temporary store')
    .requiredOption('--beir <dir>', 'the BEIR folder')
    .option('--k <n>', 'passages retrieved per query', parsePositiveInt(1000), 10)
    .option('--json', 'print one JSON object with the metrics')
    .action(async (opts: { beir: string; k: number; json?: boolean }) => {
      const config = env();
      const logger = createLogger(config.LOG_LEVEL ?? 'warn');
      const tmp = await fs.mkdtemp(path.join(os.tmpdir(), 'grounded-eval-'));
      let chroma: Awaited<ReturnType<typeof startChromaServer>> | undefined;
      let embedder: OwnedEmbeddings | undefined;
      try {
        // A fresh Chroma and SQLite in a temporary folder: the eval never touches the real index.
        chroma = await startChromaServer({ dataDir: path.join(tmp, 'chroma'), logger });
        embedder = await createEmbeddings(config);
        const store = await KnowledgeStore.open({
          chromaUrl: chroma.url,
          sqlitePath: path.join(tmp, 'eval.sqlite'),
          collection: 'eval',
          embeddings: embedder.embeddings,
          logger,
        });
        const bars: Partial<Record<'ingest' | 'query', ReturnType<typeof progressBar>>> = {};
        try {
          const metrics = await evaluateRetrieval({
            dir: opts.beir,
            k: opts.k,
            store,
            onProgress: (phase, done, total) => {
              const bar = (bars[phase] ??= progressBar(phase === 'ingest' ? 'ingest ' : 'queries', total));
              bar.tick();
              if (done === total) bar.stop();
            },
            // Each corpus row goes through the product's own parser and chunker.
            toDocument: (row) =>
              parseDocument(
                { bytes: Buffer.from(row.text, 'utf8'), fileName: `${row._id}.txt`, id: row._id, title: row.title || row._id },
                { chunkSize: config.CHUNK_SIZE, chunkOverlap: config.CHUNK_OVERLAP },
              ),
          });
          if (opts.json) return printJson(metrics);
          console.log(`queries ${metrics.queries}, docs ${metrics.docs}, k ${opts.k}`);
          for (const key of ['recall@1', 'recall@5', 'recall@10', 'mrr@10', 'ndcg@10'] as const) {
            console.log(`${key.padEnd(10)} ${metrics[key].toFixed(4)}`);
          }
          console.log(`latency    p50 ${metrics.p50_ms.toFixed(1)} ms, p95 ${metrics.p95_ms.toFixed(1)} ms; ingest ${metrics.ingest_s.toFixed(1)} s`);
        } finally {
          await store.close();
        }
      } finally {
        try {
          await embedder?.dispose();
        } finally {
          try {
            await chroma?.stop();
          } finally {
            await fs.rm(tmp, { recursive: true, force: true });
          }
        }
      }
    });
}
