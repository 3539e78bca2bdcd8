/**
 * `grounded bench generate`: the same prompts through plain node-llama-cpp (a LlamaChatSession
 * loop: the baseline) and through our LangChain chat model, interleaved in one run so machine
 * noise hits both alike; then aggregate throughput at several concurrency levels.
 */
import os from 'node:os';
import type { Command } from 'commander';
import { InvalidArgumentError } from 'commander';
import pc from 'picocolors';
import { HumanMessage } from '@langchain/core/messages';
import { LlamaChatSession } from 'node-llama-cpp';
import { LlamaCppChatModel, LoadedModel, ModelRouter } from '@grounded/models';
import { env } from '../../env';
import { commandGroup } from '../command-group';
import { parsePositiveInt } from '../options';
import { printJson } from '../output';

const PROMPTS = [
  'Where is my order?',
  '¿Puedo devolver unos zapatos usados?',
  'Wie lange dauert die Rückerstattung?',
  'Je voudrais changer mon mot de passe.',
  'Do you ship to Canada?',
  'How do I cancel my subscription?',
];

function parseLevels(value: string): number[] {
  const levels = value.split(',').map((v) => Number.parseInt(v.trim(), 10));
  if (levels.some((n) => !Number.isInteger(n) || n < 1 || n > 64)) throw new InvalidArgumentError('use a list like 1,2,4,8');
  return [...new Set(levels)].sort((a, b) => a - b);
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
};
const round1 = (n: number) => Math.round(n * 10) / 10;

interface BenchOptions {
  model: string;
  concurrency: number[];
  json?: boolean;
  maxTokens: number;
  rounds: number;
  threads?: number;
}

export function register(program: Command): void {
  commandGroup(program, 'bench', 'Measure speed against a baseline in the same run')
    .command('generate')
    .description('Tokens/s of our chat model vs plain node-llama-cpp, and throughput under concurrency')
    .requiredOption('--model <id-or-file>', 'catalog id or GGUF path')
    .option('--concurrency <levels>', 'concurrent chats to measure', parseLevels, [1, 2, 4, 8])
    .option('--max-tokens <n>', 'tokens per reply', parsePositiveInt(4096), 128)
    .option('--rounds <n>', 'repetitions (medians are reported)', parsePositiveInt(50), 5)
    .option('--threads <n>', 'CPU threads (default MODEL_THREADS, else all cores)', parsePositiveInt(256))
    .option('--json', 'print one JSON object')
    .action(async (opts: BenchOptions) => {
      const e = env();
      const threads = opts.threads ?? (e.MODEL_THREADS || os.availableParallelism());
      const route = new ModelRouter({ defaultModel: opts.model, modelsDir: e.paths.models }).resolve('answer');
      const log = (msg: string) => !opts.json && console.error(pc.dim(msg));
      const maxLevel = Math.max(...opts.concurrency);
      const base = { modelPath: route.model, catalogId: route.catalogId, threads, contextSize: 2048, timeoutMs: 3_600_000 };
      const single = await LoadedModel.load({ ...base, sequences: 1, queueLimit: 0 });
      const pooled = await LoadedModel.load({ ...base, sequences: maxLevel, queueLimit: 0 });
      try {
        // The baseline: node-llama-cpp's own chat session on the same weights and the same prompt format.
        const engineContext = await single.model.createContext({ contextSize: 2048, sequences: 1, threads });
        const engineSequence = engineContext.getSequence();
        const engine = async (prompt: string) => {
          const session = new LlamaChatSession({ contextSequence: engineSequence, chatWrapper: single.chatWrapper, autoDisposeSequence: false });
          // No default system prompt: both paths must evaluate the same prompt tokens.
          session.setChatHistory([]);
          let tokens = 0;
          const t = performance.now();
          const text = await session.prompt(prompt, { maxTokens: opts.maxTokens, temperature: 0, onToken: (ts) => (tokens += ts.length) });
          const ms = performance.now() - t;
          session.dispose({ disposeSequence: false });
          await engineSequence.clearHistory();
          return { tokens, ms, text };
        };
        const chat = new LlamaCppChatModel({ model: single, maxTokens: opts.maxTokens, temperature: 0 });
        const ttfts: number[] = [];
        const adapter = async (prompt: string) => {
          const t = performance.now();
          const reply = await chat.invoke([new HumanMessage(prompt)]);
          const ms = performance.now() - t;
          ttfts.push(Number(reply.response_metadata.time_to_first_token_ms));
          return { tokens: reply.usage_metadata?.output_tokens ?? 0, ms, text: String(reply.content) };
        };
        await engine(PROMPTS[0]!); // warm-up for both paths
        await adapter(PROMPTS[0]!);
        let differing = 0;
        const engineTps: number[] = [];
        const adapterTps: number[] = [];
        for (let r = 0; r < opts.rounds; r++) {
          let et = 0, em = 0, at = 0, am = 0;
          for (const prompt of PROMPTS) {
            // Alternate which path goes first so drift does not favour either.
            const [a, b] = r % 2 ? [await adapter(prompt), await engine(prompt)] : [await engine(prompt), await adapter(prompt)].reverse();
            at += a!.tokens; am += a!.ms; et += b!.tokens; em += b!.ms;
            if (a!.text !== b!.text) differing++;
          }
          engineTps.push((et / em) * 1000);
          adapterTps.push((at / am) * 1000);
          log(`round ${r + 1}: engine ${round1((et / em) * 1000)} tok/s, adapter ${round1((at / am) * 1000)} tok/s`);
        }
        await engineContext.dispose();
        // Same greedy prompt through both paths should give the same reply; say so if not.
        if (differing > 0) console.error(pc.yellow(`warning: ${differing} replies differ between engine and adapter`));

        const pooledChat = new LlamaCppChatModel({ model: pooled, maxTokens: opts.maxTokens, temperature: 0 });
        const concurrency: Record<string, number> = {};
        for (const level of opts.concurrency) {
          const samples: number[] = [];
          const before = pooled.batchStats();
          for (let r = 0; r < opts.rounds; r++) {
            const t = performance.now();
            const replies = await Promise.all(
              Array.from({ length: level }, (_, i) => pooledChat.invoke([new HumanMessage(PROMPTS[(i + r) % PROMPTS.length]!)])),
            );
            const tokens = replies.reduce((s, m) => s + (m.usage_metadata?.output_tokens ?? 0), 0);
            samples.push((tokens / (performance.now() - t)) * 1000);
          }
          concurrency[String(level)] = round1(median(samples));
          const after = pooled.batchStats();
          const width = (after.samples - before.samples) / Math.max(1, after.decodes - before.decodes);
          log(`concurrency ${level}: ${concurrency[String(level)]} tok/s aggregate, mean batch width ${width.toFixed(2)}`);
        }

        const engine_tps = round1(median(engineTps));
        const adapter_tps = round1(median(adapterTps));
        const result = {
          engine_tps,
          adapter_tps,
          ratio: Math.round((adapter_tps / engine_tps) * 1000) / 1000,
          ttft_ms_p50: round1(median(ttfts)),
          concurrency,
        };
        if (opts.json) return printJson(result);
        console.log(`engine (LlamaChatSession)  ${engine_tps} tokens/s`);
        console.log(`adapter (LlamaCppChatModel) ${adapter_tps} tokens/s  ratio ${result.ratio} (target >= 0.95)`);
        console.log(`time to first token p50    ${result.ttft_ms_p50} ms`);
        const one = concurrency['1'];
        for (const [level, tps] of Object.entries(concurrency)) {
          console.log(`concurrency ${level.padEnd(3)} ${tps} tokens/s${one ? `  (${round1(tps / one)}x single)` : ''}`);
        }
      } finally {
        await single.dispose();
        await pooled.dispose();
      }
    });
}
