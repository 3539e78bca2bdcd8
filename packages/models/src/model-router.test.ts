import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { ConfigError, ModelLoadError, ModelUnavailableError } from '@grounded/shared';
import { LlamaCppChatModel } from './llama-cpp-chat-model';
import { LoadedModel } from './loaded-model';
import { ModelWeights } from './model-weights';
import { writeFixtureLora } from './fixture/write-fixture-gguf';
import { ModelRouter } from './model-router';
import { OpenAICompatibleChatModel } from './openai-compatible-chat-model';
import { testLora, testModelLlama3, testModelMistral } from './testing';

const routers: ModelRouter[] = [];
afterAll(async () => {
  for (const r of routers) await r.dispose();
});

describe('ModelRouter', () => {
  it('routes kinds to models, loading each lazily and once', async () => {
    const router = new ModelRouter({
      defaultModel: testModelMistral(),
      routes: { triage: testModelLlama3(), draft: `${testModelMistral()}+domain` },
      modelsDir: '/tmp/none',
      loraAdapters: { domain: testLora() },
      load: { sequences: 1, contextSize: 256, threads: 1 },
    });
    routers.push(router);
    const [answer, summary, triage, draft] = await Promise.all([
      router.loadedModel('answer'),
      router.loadedModel('summary'),
      router.loadedModel('triage'),
      router.loadedModel('draft'),
    ]);
    expect(answer).toBe(summary);
    expect(triage).not.toBe(answer);
    expect(triage.inspection.name).toBe('grounded-fixture-llama3');
    expect(draft).not.toBe(answer);
    expect(draft.config.lora).toEqual([{ filePath: testLora(), scale: 1 }]);
    const chat = await router.chatModel('triage', { maxTokens: 4 });
    expect(chat).toBeInstanceOf(LlamaCppChatModel);
    const reply = await chat.invoke('hi');
    expect(reply.usage_metadata?.output_tokens).toBeGreaterThan(0);
    expect(reply.usage_metadata?.output_tokens).toBeLessThanOrEqual(4);
  });

  it('serves a LoRA route from the same weights as the plain route, with its own context', async () => {
    const router = new ModelRouter({
      defaultModel: testModelMistral(),
      routes: { draft: `${testModelMistral()}+domain`, summary: { model: testModelMistral(), lora: ['domain'] } },
      modelsDir: '/tmp/none',
      loraAdapters: { domain: testLora() },
      load: { sequences: 1, contextSize: 256, threads: 1 },
    });
    routers.push(router);
    // The adapter route is asked for first: the plain weights must still be loaded only once.
    const draft = await router.loadedModel('draft');
    const [answer, summary] = await Promise.all([router.loadedModel('answer'), router.loadedModel('summary')]);
    expect(summary).toBe(draft);
    expect(draft.model).toBe(answer.model);
    expect(draft.context).not.toBe(answer.context);
    const messages = [{ role: 'user' as const, content: 'Where is my refund?' }];
    const plain = await answer.generate(messages, { maxTokens: 24 });
    const adapted = await draft.generate(messages, { maxTokens: 24 });
    expect(adapted.text).not.toBe(plain.text);
    // The adapter applies to its own context only: the plain route's output is unchanged.
    expect((await answer.generate(messages, { maxTokens: 24 })).text).toBe(plain.text);
    await router.dispose();
    expect(answer.model.disposed).toBe(true);
    expect(draft.context.disposed).toBe(true);
  });

  it('gives a file served only with an adapter no plain context', async () => {
    const router = new ModelRouter({
      defaultModel: `${testModelMistral()}+domain`,
      modelsDir: '/tmp/none',
      loraAdapters: { domain: testLora() },
      load: { sequences: 1, contextSize: 256, threads: 1 },
    });
    const spy = vi.spyOn(LoadedModel, 'onWeights'); // observes the real calls, changes nothing
    try {
      const [answer, draft] = await Promise.all([router.loadedModel('answer'), router.loadedModel('draft')]);
      expect(draft).toBe(answer);
      expect(spy.mock.calls.map((call) => call[1]?.length)).toEqual([1]);
    } finally {
      spy.mockRestore();
      await router.dispose();
    }
  });

  it('frees weights at once when the only route on them cannot get its context', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'grounded-router-'));
    const wrongSize = path.join(dir, 'wrong-size-lora.gguf');
    await writeFixtureLora({ outFile: wrongSize, dims: { embedding: 128, heads: 4, kvHeads: 2 } });
    const router = new ModelRouter({
      defaultModel: `${testModelMistral()}+wrong`,
      modelsDir: '/tmp/none',
      loraAdapters: { wrong: wrongSize },
      load: { sequences: 1, contextSize: 256, threads: 1 },
    });
    const spy = vi.spyOn(ModelWeights, 'load'); // observes the real call, changes nothing
    try {
      await expect(router.loadedModel('answer')).rejects.toThrow(ModelLoadError);
      const weights = (await spy.mock.results[0]!.value) as ModelWeights;
      expect(weights.model.disposed).toBe(true);
    } finally {
      spy.mockRestore();
      await router.dispose();
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('frees a model still loading when it is disposed, and loads nothing afterwards', async () => {
    const router = new ModelRouter({ defaultModel: testModelMistral(), modelsDir: '/tmp/none', load: { sequences: 1, contextSize: 256, threads: 1 } });
    const loading = router.loadedModel('answer');
    await router.dispose();
    const model = await loading;
    expect(model.context.disposed).toBe(true);
    expect(model.model.disposed).toBe(true);
    await expect(router.loadedModel('answer')).rejects.toThrow(ModelUnavailableError);
  });

  it('maps catalog ids into the models directory and names the pull command when missing', async () => {
    const router = new ModelRouter({ defaultModel: 'llama-3.2-1b-instruct', modelsDir: '/tmp/grounded-no-models' });
    expect(router.resolve('answer').model).toBe(path.join('/tmp/grounded-no-models', 'Llama-3.2-1B-Instruct-Q4_K_M.gguf'));
    const error: unknown = await router.loadedModel('answer').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ModelLoadError);
    expect((error as ModelLoadError).hint).toContain('npx grounded models pull llama-3.2-1b-instruct');
  });

  it('says how to get a model when none is configured, and rejects unknown adapters', () => {
    expect(() => new ModelRouter({ modelsDir: '/tmp' }).resolve('answer')).toThrow(ModelUnavailableError);
    expect(() => new ModelRouter({ defaultModel: 'x.gguf+nope', modelsDir: '/tmp' }).resolve('guard')).toThrow(ConfigError);
  });

  it('returns OpenAI-compatible chat models for the openai backend', async () => {
    const router = new ModelRouter({
      backend: 'openai',
      defaultModel: 'mistral-7b',
      routes: { triage: 'llama-3.2-1b' },
      modelsDir: '/tmp',
      openai: { baseUrl: 'http://127.0.0.1:9/v1' },
    });
    const chat = await router.chatModel('triage');
    expect(chat).toBeInstanceOf(OpenAICompatibleChatModel);
    expect((chat as OpenAICompatibleChatModel).model).toBe('llama-3.2-1b');
  });
});
