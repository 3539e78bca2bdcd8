/**
 * `grounded eval retrieval --json` on a small BEIR folder written by the test: the exact keys
 * the issue specifies, metrics that move with retrieval quality, and clear errors on bad input.
 */
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli as run } from './helpers/run-cli';

let dir: string;

const corpus = [
  { _id: 'd1', title: 'Return window', text: 'You can return unworn items within 30 days of delivery for a full refund.' },
  { _id: 'd2', title: 'Shipping costs', text: 'Standard shipping is free on orders over 50 euros; express delivery costs 9 euros.' },
  { _id: 'd3', title: 'Warranty', text: 'Jackets carry a two-year warranty against manufacturing defects.' },
  { _id: 'd4', title: 'Gift cards', text: 'Gift cards never expire and can be used for any product in the online store.' },
  { _id: 'd5', title: 'Password reset', text: 'To reset your password, use the forgot password link on the sign-in page.' },
];
const queries = [
  { _id: 'q1', text: 'how many days do I have to send back an item' },
  { _id: 'q2', text: 'is delivery free' },
  { _id: 'q3', text: 'I forgot my password' },
  { _id: 'q4', text: 'a query without relevance rows is skipped' },
];

beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'grounded-beir-'));
  await fs.mkdir(path.join(dir, 'qrels'));
  await fs.writeFile(path.join(dir, 'corpus.jsonl'), corpus.map((r) => JSON.stringify(r)).join('\n'));
  await fs.writeFile(path.join(dir, 'queries.jsonl'), queries.map((r) => JSON.stringify(r)).join('\n'));
  await fs.writeFile(path.join(dir, 'qrels', 'test.tsv'), 'query-id\tcorpus-id\tscore\nq1\td1\t1\nq2\td2\t1\nq3\td5\t1\n');
});

afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

describe('grounded eval retrieval', () => {
  it('prints exactly the specified metrics as one JSON object', async () => {
    const { code, stdout, stderr } = await run(['eval', 'retrieval', '--beir', dir, '--k', '10', '--json']);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const metrics = JSON.parse(stdout) as Record<string, number>;
    expect(Object.keys(metrics).sort()).toEqual(
      ['docs', 'ingest_s', 'mrr@10', 'ndcg@10', 'p50_ms', 'p95_ms', 'queries', 'recall@1', 'recall@10', 'recall@5'].sort(),
    );
    expect(metrics['queries']).toBe(3);
    expect(metrics['docs']).toBe(5);
    // Five documents and k = 10: every relevant document is somewhere in the list.
    expect(metrics['recall@10']).toBe(1);
    expect(metrics['recall@1']).toBeGreaterThanOrEqual(2 / 3);
    expect(metrics['p95_ms']).toBeGreaterThanOrEqual(metrics['p50_ms']!);
  }, 60_000);

  it('names the missing file when the folder is not in BEIR layout', async () => {
    await fs.rm(path.join(dir, 'qrels', 'test.tsv'));
    const { code, stderr } = await run(['eval', 'retrieval', '--beir', dir, '--json']);
    expect(code).toBe(1);
    expect(stderr).toMatch(/test\.tsv/);
  }, 60_000);
});
