import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { NotFoundError, ValidationError } from '@grounded/shared';
import { tempDir } from '../../test/fixtures';
import { HashingEmbeddings } from '../hashing-embeddings';
import { KnowledgeStore } from '../knowledge-store';
import { testChromaUrl, uniqueCollectionName } from '../testing';
import { evaluateRetrieval, loadBeir } from './beir';

const tmp = tempDir('grounded-beir-test-');
afterAll(() => tmp.cleanup());

function writeDataset(dir: string, qrels = 'query-id\tcorpus-id\tscore\nq1\td1\t1\nq2\td2\t1\nq3\td3\t0\n'): string {
  mkdirSync(join(dir, 'qrels'), { recursive: true });
  const corpus = [
    { _id: 'd1', title: 'Refund period', text: 'Refunds are paid within fourteen days after we receive the return.' },
    { _id: 'd2', title: 'Shipping abroad', text: 'We ship to most European countries; delivery takes a week.' },
    { _id: 'd3', title: 'Gift cards', text: 'Gift cards never expire.' },
  ];
  writeFileSync(join(dir, 'corpus.jsonl'), corpus.map((r) => JSON.stringify(r)).join('\n'));
  writeFileSync(join(dir, 'queries.jsonl'), [
    { _id: 'q1', text: 'when do I get my refund?' }, { _id: 'q2', text: 'do you deliver to other countries' }, { _id: 'q3', text: 'gift cards' },
  ].map((r) => JSON.stringify(r)).join('\n'));
  writeFileSync(join(dir, 'qrels', 'test.tsv'), qrels);
  return dir;
}

describe('BEIR evaluation', () => {
  it('scores a small dataset with every metric, counting only judged-relevant queries', async () => {
    const dir = writeDataset(join(tmp.dir, 'ok'));
    const store = await KnowledgeStore.open({
      chromaUrl: testChromaUrl(), sqlitePath: join(tmp.dir, 'ok.sqlite'), collection: uniqueCollectionName('beir'), embeddings: new HashingEmbeddings(),
    });
    const result = await evaluateRetrieval({ dir, store });
    await store.close();
    expect(Object.keys(result).sort()).toEqual(['docs', 'ingest_s', 'mrr@10', 'ndcg@10', 'p50_ms', 'p95_ms', 'queries', 'recall@1', 'recall@10', 'recall@5'].sort());
    expect(result).toMatchObject({ queries: 2, docs: 3, 'recall@1': 1, 'recall@10': 1, 'mrr@10': 1, 'ndcg@10': 1 });
  });

  it('names the missing file or the malformed line', () => {
    expect(() => loadBeir(join(tmp.dir, 'absent'))).toThrow(NotFoundError);
    const badHeader = writeDataset(join(tmp.dir, 'bad-header'), 'q1\td1\t1\n');
    expect(() => loadBeir(badHeader)).toThrow(/header/);
    const badLine = writeDataset(join(tmp.dir, 'bad-line'), 'query-id\tcorpus-id\tscore\nq1 d1\n');
    expect(() => loadBeir(badLine)).toThrow(ValidationError);
    writeFileSync(join(badLine, 'corpus.jsonl'), '{"_id": "d1", "text": "ok"}\n{not json}\n');
    expect(() => loadBeir(badLine)).toThrow(/corpus.jsonl:2/);
  });
});
