import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HumanMessage, SystemMessage } from '@langchain/core/messages';
import { ServiceUnavailableError, TimeoutError } from '@grounded/shared';
import { OpenAICompatibleChatModel } from './openai-compatible-chat-model';
import { OpenAICompatibleEmbeddings } from './openai-compatible-embeddings';

/**
 * A fake remote inference server (stand-in for vLLM/Ollama, which cannot run here) speaking the
 * OpenAI chat-completions protocol over real HTTP on 127.0.0.1.
 */
function startFakeRemoteInferenceServer(): Promise<{ url: string; requests: unknown[]; close(): Promise<void> }> {
  const requests: unknown[] = [];
  const reply = ['Hola', ', señor', ' 🙂', ' Grüße'];
  const server = http.createServer((req, res) => {
    let raw = '';
    req.on('data', (c: Buffer) => (raw += c.toString('utf8')));
    req.on('end', () => {
      const body = JSON.parse(raw) as { model: string; messages: unknown[]; stream?: boolean; input?: string[]; max_tokens?: number };
      requests.push({ url: req.url, body });
      if (req.url === '/v1/embeddings') {
        res.setHeader('content-type', 'application/json');
        res.end(JSON.stringify({ data: (body.input ?? []).map((t, index) => ({ index, embedding: [t.length, 1, 0] })).reverse() }));
        return;
      }
      if (body.model === 'slow') {
        res.writeHead(200, { 'content-type': 'text/event-stream' });
        const timer = setInterval(() => res.write(`data: ${JSON.stringify({ choices: [{ delta: { content: 'x' } }] })}\n\n`), 20);
        res.on('close', () => clearInterval(timer));
        return;
      }
      res.writeHead(200, { 'content-type': 'text/event-stream' });
      // Write raw bytes split inside the emoji, as a network may deliver them.
      const events = reply.map((content) => `data: ${JSON.stringify({ choices: [{ index: 0, delta: { content } }] })}\n\n`);
      events.push(`data: ${JSON.stringify({ choices: [{ index: 0, delta: {}, finish_reason: 'stop' }] })}\n\n`);
      events.push(`data: ${JSON.stringify({ choices: [], usage: { prompt_tokens: 12, completion_tokens: 4 } })}\n\n`, 'data: [DONE]\n\n');
      const bytes = Buffer.from(events.join(''), 'utf8');
      const emoji = bytes.indexOf(Buffer.from('🙂')) + 2;
      res.write(bytes.subarray(0, emoji));
      setTimeout(() => res.end(bytes.subarray(emoji)), 10);
    });
  });
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      resolve({ url: `http://127.0.0.1:${port}/v1`, requests, close: () => new Promise((r) => server.close(() => r())) });
    }),
  );
}

let fake: Awaited<ReturnType<typeof startFakeRemoteInferenceServer>>;
beforeAll(async () => {
  fake = await startFakeRemoteInferenceServer();
});
afterAll(async () => fake.close());

describe('OpenAICompatibleChatModel', () => {
  it('streams deltas over SSE, keeping a multi-byte character split across packets intact', async () => {
    const chat = new OpenAICompatibleChatModel({ baseUrl: fake.url, model: 'mistral-7b', maxTokens: 50 });
    const chunks: string[] = [];
    let usage;
    for await (const chunk of await chat.stream([new SystemMessage('Be brief'), new HumanMessage('Hi')])) {
      if (chunk.content) chunks.push(String(chunk.content));
      if (chunk.usage_metadata) usage = chunk.usage_metadata;
    }
    expect(chunks).toEqual(['Hola', ', señor', ' 🙂', ' Grüße']);
    expect(usage).toMatchObject({ input_tokens: 12, output_tokens: 4 });
    expect(fake.requests.at(-1)).toMatchObject({
      url: '/v1/chat/completions',
      body: { model: 'mistral-7b', stream: true, max_tokens: 50, messages: [{ role: 'system', content: 'Be brief' }, { role: 'user', content: 'Hi' }] },
    });
  });

  it('invokes with usage and finish reason', async () => {
    const reply = await new OpenAICompatibleChatModel({ baseUrl: fake.url, model: 'm' }).invoke('Hi');
    expect(reply.content).toBe('Hola, señor 🙂 Grüße');
    expect(reply.usage_metadata?.total_tokens).toBe(16);
    expect(reply.response_metadata.finish_reason).toBe('stop');
  });

  it('times out with TimeoutError, and returns the partial text on abort', async () => {
    const slow = new OpenAICompatibleChatModel({ baseUrl: fake.url, model: 'slow', timeoutMs: 150 });
    await expect(slow.invoke('Hi')).rejects.toBeInstanceOf(TimeoutError);
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 100);
    const started = performance.now();
    const partial = await new OpenAICompatibleChatModel({ baseUrl: fake.url, model: 'slow' }).invoke('Hi', { signal: controller.signal });
    expect(performance.now() - started).toBeLessThan(2000);
    expect(partial.response_metadata.finish_reason).toBe('abort');
    expect(String(partial.content)).toMatch(/^x+$/);
  });

  it('reports a server that is down as ServiceUnavailableError', async () => {
    const closed = http.createServer();
    await new Promise<void>((r) => closed.listen(0, '127.0.0.1', () => r()));
    const { port } = closed.address() as AddressInfo;
    await new Promise<void>((r) => closed.close(() => r()));
    const chat = new OpenAICompatibleChatModel({ baseUrl: `http://127.0.0.1:${port}`, model: 'm', maxRetries: 0 });
    const error: unknown = await chat.invoke('Hi').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ServiceUnavailableError);
    expect((error as ServiceUnavailableError).hint).toMatch(/OPENAI_BASE_URL/);
  });
});

describe('OpenAICompatibleEmbeddings', () => {
  it('returns normalised vectors in input order', async () => {
    const embeddings = new OpenAICompatibleEmbeddings({ baseUrl: fake.url, model: 'nomic', batchSize: 2, maxRetries: 0 });
    const vectors = await embeddings.embedDocuments(['a', 'bbb', 'cc']);
    expect(vectors).toHaveLength(3);
    expect(vectors[1]![0]).toBeCloseTo(3 / Math.sqrt(10), 6);
    expect(vectors[0]![0]).toBeCloseTo(1 / Math.sqrt(2), 6);
  });
});
