/**
 * Do concurrent greedy chats give the same replies as sequential ones? Runs 4 chats at once for
 * many rounds on a fixture model and counts rounds where a reply differs from its sequential
 * reply. Before `serialiseSampling` (loaded-model.ts) this found 3-8 of 60 rounds with chats
 * exchanging tokens (most often with 2 threads); it should print 0.
 *   npx tsx packages/models/bench/concurrency-determinism.ts [rounds] [threads]
 */
import os from 'node:os';
import { mkdtemp, rm } from 'node:fs/promises';
import path from 'node:path';
import { defaultThreads, LoadedModel, writeFixtureModel } from '../src/index';

const rounds = Number(process.argv[2] ?? 60);
const threads = Number(process.argv[3] ?? defaultThreads());
const dir = await mkdtemp(path.join(os.tmpdir(), 'grounded-determinism-'));
try {
  const modelPath = path.join(dir, 'fixture.gguf');
  await writeFixtureModel({ family: 'mistral', outFile: modelPath });
  const model = await LoadedModel.load({ modelPath, sequences: 4, contextSize: 512, threads });
  const prompts = ['Where is my order?', '¿Dónde está mi pedido?', 'Wo ist meine Bestellung?', 'Où est ma commande ?'];
  const generate = async (p: string) => (await model.generate([{ role: 'user', content: p }], { maxTokens: 48 })).text;
  const sequential: string[] = [];
  for (const p of prompts) sequential.push(await generate(p));
  let differing = 0;
  for (let r = 0; r < rounds; r++) {
    const concurrent = await Promise.all(prompts.map(generate));
    if (concurrent.some((text, i) => text !== sequential[i])) differing++;
  }
  console.log(JSON.stringify({ rounds, threads, differingRounds: differing }));
  await model.dispose();
} finally {
  await rm(dir, { recursive: true, force: true });
}
