/**
 * Generation benchmark on a fixture model (written here, no download):
 *   npx tsx packages/models/bench/generate.ts [tiny|small] [threads]
 * Prints per-round numbers, then the medians as JSON (ratio adapter/engine, concurrency scaling).
 */
import os from 'node:os';
import { mkdtemp, rm } from 'node:fs/promises';
import path from 'node:path';
import { defaultThreads, FIXTURE_SIZES, runGenerateBenchmark, writeFixtureModel } from '../src/index';

const size = (process.argv[2] ?? 'tiny') as keyof typeof FIXTURE_SIZES;
const threads = Number(process.argv[3] ?? defaultThreads());
const dir = await mkdtemp(path.join(os.tmpdir(), 'grounded-bench-'));
try {
  const modelPath = path.join(dir, `fixture-${size}.gguf`);
  await writeFixtureModel({ family: 'mistral', outFile: modelPath, dims: FIXTURE_SIZES[size] });
  const result = await runGenerateBenchmark({ modelPath, threads, onProgress: (line) => console.log(line) });
  console.log(JSON.stringify({ fixture: size, threads, ...result }));
  const one = result.concurrency['1'];
  if (one) console.log(`scaling at 4 concurrent: ${((result.concurrency['4'] ?? 0) / one).toFixed(2)}x (target >= 2.5x); ratio ${result.ratio} (target >= 0.95)`);
} finally {
  await rm(dir, { recursive: true, force: true });
}
