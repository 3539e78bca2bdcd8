/**
 * `grounded bench generate`: the same prompts through plain node-llama-cpp (a LlamaChatSession
 * loop: the baseline) and through our LangChain chat model in one run, then aggregate throughput
 * at several concurrency levels (see @grounded/models `runGenerateBenchmark`).
 */
import type { Command } from 'commander';
import { InvalidArgumentError } from 'commander';
import pc from 'picocolors';
import { defaultThreads, resolveModelRef, runGenerateBenchmark } from '@grounded/models';
import { env } from '../../env';
import { commandGroup } from '../command-group';
import { parsePositiveInt } from '../options';
import { printJson } from '../output';

function parseLevels(value: string): number[] {
  const levels = value.split(',').map((v) => Number.parseInt(v.trim(), 10));
  if (levels.some((n) => !Number.isInteger(n) || n < 1 || n > 64)) throw new InvalidArgumentError('use a list like 1,2,4,8');
  return [...new Set(levels)].sort((a, b) => a - b);
}

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
      const threads = opts.threads ?? (e.MODEL_THREADS || defaultThreads());
      const ref = resolveModelRef(opts.model, e.paths.models);
      const result = await runGenerateBenchmark({
        modelPath: ref.path,
        catalogId: ref.entry?.id,
        threads,
        concurrency: opts.concurrency,
        maxTokens: opts.maxTokens,
        rounds: opts.rounds,
        onProgress: (line) => !opts.json && console.error(pc.dim(line)),
      });
      if (opts.json) return printJson(result);
      console.log(`engine (LlamaChatSession)   ${result.engine_tps} tokens/s`);
      console.log(`adapter (LlamaCppChatModel) ${result.adapter_tps} tokens/s  ratio ${result.ratio} (target >= 0.95)`);
      console.log(`time to first token p50     ${result.ttft_ms_p50} ms`);
      // The engine columns are the ceiling: node-llama-cpp's own batching on this machine.
      const scaling = (table: Record<string, number>, level: string) => (table['1'] ? `${(table[level]! / table['1']).toFixed(2)}x` : '-');
      for (const [level, tps] of Object.entries(result.concurrency)) {
        const engine = result.engine_concurrency[level]!;
        console.log(`concurrency ${level.padEnd(3)} adapter ${tps} tokens/s (${scaling(result.concurrency, level)} single)  engine ${engine} tokens/s (${scaling(result.engine_concurrency, level)} single)`);
      }
    });
}
