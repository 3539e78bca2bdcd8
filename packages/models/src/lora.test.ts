import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { LlamaModel } from 'node-llama-cpp';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { ModelLoadError, silentLogger } from '@grounded/shared';
import { writeFixtureLora } from './fixture/write-fixture-gguf';
import { getLlamaRuntime } from './llama-runtime';
import { LoadedModel } from './loaded-model';
import { ModelWeights } from './model-weights';
import { testLora, testModelMistral } from './testing';

let plain: LoadedModel;
let adapted: LoadedModel;
beforeAll(async () => {
  plain = await LoadedModel.load({ modelPath: testModelMistral(), sequences: 1, contextSize: 256, threads: 1 });
  adapted = await LoadedModel.load({ modelPath: testModelMistral(), sequences: 1, contextSize: 256, threads: 1, lora: [{ filePath: testLora(), scale: 1 }] });
});
afterAll(async () => {
  await plain.dispose();
  await adapted.dispose();
});

describe('LoRA adapters', () => {
  it('change the greedy output of the same model and prompt', async () => {
    const messages = [{ role: 'user' as const, content: 'Where is my refund?' }];
    const base = await plain.generate(messages, { maxTokens: 24 });
    const again = await plain.generate(messages, { maxTokens: 24 });
    const withLora = await adapted.generate(messages, { maxTokens: 24 });
    expect(again.text).toBe(base.text);
    expect(withLora.text).not.toBe(base.text);
  });

  it('refuses a model file given as an adapter', async () => {
    await expect(
      LoadedModel.load({ modelPath: testModelMistral(), sequences: 1, contextSize: 256, lora: [{ filePath: testModelMistral(), scale: 1 }] }),
    ).rejects.toThrow(/not a LoRA adapter/);
  });

  it('frees the loaded model when llama.cpp rejects an adapter made for a bigger model', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'grounded-lora-'));
    // Same architecture (so the header check passes) but 128-wide tensors for a 64-wide model:
    // llama.cpp loads the model, then fails to create the context.
    const wrongSize = path.join(dir, 'wrong-size-lora.gguf');
    await writeFixtureLora({ outFile: wrongSize, dims: { embedding: 128, heads: 4, kvHeads: 2 } });
    const llama = await getLlamaRuntime();
    const spy = vi.spyOn(llama, 'loadModel'); // observes the real call, changes nothing
    try {
      const error = await LoadedModel.load({ modelPath: testModelMistral(), sequences: 1, contextSize: 256, threads: 1, lora: [{ filePath: wrongSize, scale: 1 }] }).catch(
        (e: unknown) => e,
      );
      expect(error).toBeInstanceOf(ModelLoadError);
      expect(String((error as ModelLoadError).cause)).toMatch(/LoRA adapter/);
      expect(spy).toHaveBeenCalledTimes(1);
      const model = (await spy.mock.results[0]!.value) as LlamaModel;
      expect(model.disposed).toBe(true);
    } finally {
      spy.mockRestore();
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('keeps the shared weights usable when an adapter context on them cannot be created', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'grounded-lora-'));
    const wrongSize = path.join(dir, 'wrong-size-lora.gguf');
    await writeFixtureLora({ outFile: wrongSize, dims: { embedding: 128, heads: 4, kvHeads: 2 } });
    try {
      const error = await plain.withAdapters([{ filePath: wrongSize, scale: 1 }]).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(ModelLoadError);
      expect((error as ModelLoadError).message).toMatch(/could not apply the LoRA adapters/);
      expect(plain.model.disposed).toBe(false);
      expect((await plain.generate([{ role: 'user', content: 'hi' }], { maxTokens: 4 })).completionTokens).toBeGreaterThan(0);
      await expect(plain.withAdapters([{ filePath: testModelMistral(), scale: 1 }])).rejects.toThrow(/not a LoRA adapter/);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('checks memory before another context on shared weights', async () => {
    const probe = await ModelWeights.load({ modelPath: testModelMistral(), sequences: 1, contextSize: 256, threads: 1 }, silentLogger);
    const oneContext = probe.inspection.estimatedRamBytes!;
    await probe.dispose();
    // A budget with room for the weights and one context, not two.
    const weights = await ModelWeights.load({ modelPath: testModelMistral(), sequences: 1, contextSize: 256, threads: 1, availableMemoryBytes: oneContext + 1024 }, silentLogger);
    try {
      const first = await LoadedModel.onWeights(weights, [{ filePath: testLora(), scale: 1 }]);
      const error = await LoadedModel.onWeights(weights, []).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(ModelLoadError);
      expect((error as ModelLoadError).message).toMatch(/Context 2 on .* would need about \d+ MB of RAM but only \d+ MB is allowed/);
      // Disposing a context gives its memory back.
      await first.dispose();
      const second = await LoadedModel.onWeights(weights, []);
      expect((await second.generate([{ role: 'user', content: 'hi' }], { maxTokens: 4 })).completionTokens).toBeGreaterThan(0);
      await second.dispose();
    } finally {
      await weights.dispose();
    }
  });
});
