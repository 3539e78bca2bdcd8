import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LoadedModel } from './loaded-model';
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
});
