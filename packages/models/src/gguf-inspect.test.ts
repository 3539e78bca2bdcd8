import { copyFile, mkdtemp, readFile, rm, truncate, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ModelLoadError } from '@grounded/shared';
import { writeFixtureModel } from './fixture/write-fixture-gguf';
import { inspectGguf } from './gguf-inspect';
import { getLlamaRuntime } from './llama-runtime';
import { LoadedModel } from './loaded-model';
import { testModelMistral } from './testing';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'grounded-inspect-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function loadError(modelPath: string, extra: Record<string, unknown> = {}): Promise<ModelLoadError> {
  const error: unknown = await LoadedModel.load({ modelPath, sequences: 1, contextSize: 256, ...extra }).then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ModelLoadError);
  return error as ModelLoadError;
}

describe('GGUF checks before loading', () => {
  it('reads the fixture header', async () => {
    const info = await inspectGguf(testModelMistral(), { llama: await getLlamaRuntime() });
    expect(info).toMatchObject({ architecture: 'llama', kind: 'model', version: 3, blockCount: 2, embeddingLength: 64 });
    expect(info.chatTemplate).toContain('[INST]');
    expect(info.estimatedRamBytes).toBeGreaterThan(0);
  });

  it('names the path and the pull command for a missing file', async () => {
    const error = await loadError(path.join(dir, 'nope.gguf'), { catalogId: 'llama-3.2-1b-instruct' });
    expect(error.message).toContain(path.join(dir, 'nope.gguf'));
    expect(error.hint).toContain('npx grounded models pull llama-3.2-1b-instruct');
  });

  it('rejects a file that is not a GGUF', async () => {
    const file = path.join(dir, 'notes.gguf');
    await writeFile(file, 'these are not model weights\n'.repeat(20));
    expect((await loadError(file)).message).toMatch(/Not a GGUF/);
  });

  it('rejects a truncated file and the process survives', async () => {
    const file = path.join(dir, 'truncated.gguf');
    await copyFile(testModelMistral(), file);
    const full = (await readFile(file)).length;
    await truncate(file, Math.floor(full * 0.7));
    expect((await loadError(file)).message).toMatch(/truncated/);
    // Cut inside the header too: the metadata itself cannot be read.
    await truncate(file, 3000);
    expect((await loadError(file)).message).toMatch(/Corrupt or truncated|truncated/);
  });

  it('rejects insane hyper-parameters that would abort llama.cpp', async () => {
    const file = path.join(dir, 'bad-heads.gguf');
    await writeFixtureModel({ family: 'mistral', outFile: file, dims: { heads: 4, kvHeads: 4 } });
    // Patch head_count_kv 4 -> 3 in place: 4 % 3 != 0 is a GGML_ASSERT in llama.cpp.
    const bytes = await readFile(file);
    const key = Buffer.from('llama.attention.head_count_kv');
    const at = bytes.indexOf(key) + key.length + 4; // skip the u32 type tag
    expect(bytes.readUInt32LE(at)).toBe(4);
    bytes.writeUInt32LE(3, at);
    await writeFile(file, bytes);
    expect((await loadError(file)).message).toMatch(/head_count/);
  });

  it('refuses a model larger than the memory available', async () => {
    const error = await loadError(testModelMistral(), { availableMemoryBytes: 1024 * 1024 });
    expect(error.message).toMatch(/RAM/);
  });
});
