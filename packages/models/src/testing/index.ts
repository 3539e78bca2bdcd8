/**
 * Test support: a vitest global setup that writes the fixture models once per run, and accessors
 * that read their paths back in test workers (which inherit process.env from the setup).
 */
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { writeFixtureLora, writeFixtureModel } from '../fixture/write-fixture-gguf';

const ENV = {
  mistral: 'GROUNDED_TEST_MODEL_MISTRAL',
  llama3: 'GROUNDED_TEST_MODEL_LLAMA3',
  lora: 'GROUNDED_TEST_LORA',
} as const;

/** Vitest global setup: writes mistral, llama3 and LoRA fixtures into a temp dir; returns the teardown. */
export default async function setupFixtureModels(): Promise<() => Promise<void>> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'grounded-models-'));
  const mistral = path.join(dir, 'fixture-mistral.gguf');
  const llama3 = path.join(dir, 'fixture-llama3.gguf');
  const lora = path.join(dir, 'fixture-lora.gguf');
  await writeFixtureModel({ family: 'mistral', outFile: mistral });
  await writeFixtureModel({ family: 'llama3', outFile: llama3 });
  await writeFixtureLora({ outFile: lora, baseFile: mistral });
  process.env[ENV.mistral] = mistral;
  process.env[ENV.llama3] = llama3;
  process.env[ENV.lora] = lora;
  return async () => {
    await rm(dir, { recursive: true, force: true });
  };
}

export { setupFixtureModels };

function required(name: string): string {
  const value = process.env[name];
  if (!value) {
    throw new Error(
      `${name} is not set: the fixture models were not written. Run tests from the repo root (root vitest.config.ts has ./test/models-global-setup.ts in globalSetup).`,
    );
  }
  return value;
}

/** Path of the Mistral-format fixture model. */
export const testModelMistral = (): string => required(ENV.mistral);
/** Path of the Llama-3-format fixture model. */
export const testModelLlama3 = (): string => required(ENV.llama3);
/** Path of a LoRA adapter matching both fixture models. */
export const testLora = (): string => required(ENV.lora);
