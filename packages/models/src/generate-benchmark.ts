/**
 * The generation benchmark: the same prompts through plain node-llama-cpp (a LlamaChatSession
 * loop, the baseline) and through `LlamaCppChatModel`, interleaved in one run so machine noise
 * hits both alike; then aggregate throughput at several concurrency levels, through our chat
 * model and through plain node-llama-cpp sequences of one context (the engine's own batching
 * ceiling on this machine, so a scaling shortfall can be told apart from adapter overhead).
 * Medians throughout.
 */
import { HumanMessage } from '@langchain/core/messages';
import { LlamaChatSession, type ChatWrapper, type LlamaContextSequence } from 'node-llama-cpp';
import { LlamaCppChatModel } from './llama-cpp-chat-model';
import { LoadedModel } from './loaded-model';

export const BENCH_PROMPTS = [
  'Where is my order?',
  '¿Puedo devolver unos zapatos usados?',
  'Wie lange dauert die Rückerstattung?',
  'Je voudrais changer mon mot de passe.',
  'Do you ship to Canada?',
  'How do I cancel my subscription?',
];

export interface GenerateBenchmarkOptions {
  modelPath: string;
  catalogId?: string;
  threads: number;
  /** @default [1, 2, 4, 8] */
  concurrency?: number[];
  /** @default 128 */
  maxTokens?: number;
  /** @default 5 */
  rounds?: number;
  /** Progress lines (rounds, batch widths). */
  onProgress?: (line: string) => void;
}

/** The keys `grounded bench generate --json` prints. */
export interface GenerateBenchmarkResult {
  engine_tps: number;
  adapter_tps: number;
  ratio: number;
  ttft_ms_p50: number;
  concurrency: Record<string, number>;
  /** Aggregate tokens/s of N LlamaChatSessions on N sequences of one plain context, per level. */
  engine_concurrency: Record<string, number>;
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length === 0 ? 0 : s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
};
const round1 = (n: number) => Math.round(n * 10) / 10;

export async function runGenerateBenchmark(options: GenerateBenchmarkOptions): Promise<GenerateBenchmarkResult> {
  const levels = options.concurrency ?? [1, 2, 4, 8];
  const maxTokens = options.maxTokens ?? 128;
  const rounds = options.rounds ?? 5;
  const log = options.onProgress ?? (() => {});
  const base = { modelPath: options.modelPath, catalogId: options.catalogId, threads: options.threads, contextSize: 2048, timeoutMs: 3_600_000 };
  const single = await LoadedModel.load({ ...base, sequences: 1, queueLimit: 0 });
  const pooled = await LoadedModel.load({ ...base, sequences: Math.max(...levels), queueLimit: 0 });
  try {
    // Baseline: node-llama-cpp's own chat session on the same weights and prompt format.
    const engineContext = await single.model.createContext({ contextSize: 2048, sequences: 1, threads: options.threads });
    const engineSequence = engineContext.getSequence();
    const engine = async (prompt: string) => {
      const t = performance.now();
      const reply = await promptSessionText(engineSequence, single.chatWrapper, prompt, maxTokens);
      return { ...reply, ms: performance.now() - t };
    };
    const chat = new LlamaCppChatModel({ model: single, maxTokens, temperature: 0 });
    const ttfts: number[] = [];
    const adapter = async (prompt: string) => {
      const t = performance.now();
      const reply = await chat.invoke([new HumanMessage(prompt)]);
      const ms = performance.now() - t;
      ttfts.push(Number(reply.response_metadata.time_to_first_token_ms));
      return { tokens: reply.usage_metadata?.output_tokens ?? 0, ms, text: String(reply.content) };
    };
    await engine(BENCH_PROMPTS[0]!); // warm-up for both paths
    await adapter(BENCH_PROMPTS[0]!);
    ttfts.length = 0;
    let differing = 0;
    const engineTps: number[] = [];
    const adapterTps: number[] = [];
    for (let r = 0; r < rounds; r++) {
      const sum = { et: 0, em: 0, at: 0, am: 0 };
      for (const prompt of BENCH_PROMPTS) {
        // Alternate which path goes first so drift does not favour either.
        let a, e;
        if (r % 2) {
          a = await adapter(prompt);
          e = await engine(prompt);
        } else {
          e = await engine(prompt);
          a = await adapter(prompt);
        }
        sum.at += a.tokens;
        sum.am += a.ms;
        sum.et += e.tokens;
        sum.em += e.ms;
        if (a.text !== e.text) differing++;
      }
      engineTps.push((sum.et / sum.em) * 1000);
      adapterTps.push((sum.at / sum.am) * 1000);
      log(`round ${r + 1}: engine ${round1((sum.et / sum.em) * 1000)} tok/s, adapter ${round1((sum.at / sum.am) * 1000)} tok/s`);
    }
    await engineContext.dispose();
    // The same greedy prompt through both paths should give the same reply.
    if (differing > 0) log(`warning: ${differing} replies differ between engine and adapter`);

    const pooledChat = new LlamaCppChatModel({ model: pooled, maxTokens, temperature: 0 });
    const maxLevel = Math.max(...levels);
    const engineContexts = await pooled.model.createContext({ contextSize: 2048, sequences: maxLevel, threads: options.threads });
    const engineSequences = Array.from({ length: maxLevel }, () => engineContexts.getSequence());
    const concurrency: Record<string, number> = {};
    const engine_concurrency: Record<string, number> = {};
    try {
      const adapterRun = async (prompts: string[]) => {
        const t = performance.now();
        const replies = await Promise.all(prompts.map((prompt) => pooledChat.invoke([new HumanMessage(prompt)])));
        return (replies.reduce((s, m) => s + (m.usage_metadata?.output_tokens ?? 0), 0) / (performance.now() - t)) * 1000;
      };
      const engineRun = async (prompts: string[]) => {
        const t = performance.now();
        const runs = await Promise.all(prompts.map((prompt, i) => promptSessionText(engineSequences[i]!, pooled.chatWrapper, prompt, maxTokens)));
        return (runs.reduce((s, run) => s + run.tokens, 0) / (performance.now() - t)) * 1000;
      };
      for (const level of levels) {
        const adapterSamples: number[] = [];
        const engineSamples: number[] = [];
        const promptsFor = (r: number) => Array.from({ length: level }, (_, i) => BENCH_PROMPTS[(i + r) % BENCH_PROMPTS.length]!);
        // One untimed pass of each at this level: every sequence used here has run once on both paths.
        await adapterRun(promptsFor(0));
        await engineRun(promptsFor(0));
        const before = pooled.batchStats();
        for (let r = 0; r < rounds; r++) {
          // Alternate which path goes first, as in the single-chat comparison.
          if (r % 2) {
            engineSamples.push(await engineRun(promptsFor(r)));
            adapterSamples.push(await adapterRun(promptsFor(r)));
          } else {
            adapterSamples.push(await adapterRun(promptsFor(r)));
            engineSamples.push(await engineRun(promptsFor(r)));
          }
        }
        concurrency[String(level)] = round1(median(adapterSamples));
        engine_concurrency[String(level)] = round1(median(engineSamples));
        const after = pooled.batchStats();
        const width = (after.samples - before.samples) / Math.max(1, after.decodes - before.decodes);
        log(`concurrency ${level}: adapter ${concurrency[String(level)]} tok/s aggregate (mean batch width ${width.toFixed(2)}), engine ${engine_concurrency[String(level)]} tok/s`);
      }
    } finally {
      await engineContexts.dispose();
    }
    const engine_tps = round1(median(engineTps));
    const adapter_tps = round1(median(adapterTps));
    return { engine_tps, adapter_tps, ratio: Math.round((adapter_tps / engine_tps) * 1000) / 1000, ttft_ms_p50: round1(median(ttfts)), concurrency, engine_concurrency };
  } finally {
    await single.dispose();
    await pooled.dispose();
  }
}

/** One prompt through node-llama-cpp's own chat session on `sequence`, which is left clean. */
async function promptSessionText(sequence: LlamaContextSequence, chatWrapper: ChatWrapper, prompt: string, maxTokens: number): Promise<{ tokens: number; text: string }> {
  const session = new LlamaChatSession({ contextSequence: sequence, chatWrapper, autoDisposeSequence: false });
  // No default system prompt: both paths must evaluate the same prompt tokens.
  session.setChatHistory([]);
  let tokens = 0;
  try {
    const text = await session.prompt(prompt, { maxTokens, temperature: 0, onToken: (ts) => (tokens += ts.length) });
    return { tokens, text };
  } finally {
    session.dispose({ disposeSequence: false });
    await sequence.clearHistory();
  }
}
