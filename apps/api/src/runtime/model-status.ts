import fs from 'node:fs/promises';
import path from 'node:path';
import type { Env } from '../env';

/**
 * One line on the chat model for the start banner. Without a model the product still runs
 * (search, ingestion, tickets) and says plainly how to get one.
 */
export async function describeModelStatus(env: Env): Promise<string> {
  if (env.INFERENCE_BACKEND === 'openai') {
    return env.OPENAI_BASE_URL ? `OpenAI-compatible server at ${env.OPENAI_BASE_URL}` : 'none: INFERENCE_BACKEND=openai needs OPENAI_BASE_URL';
  }
  const installed = await fs.readdir(env.paths.models).then(
    (files) => files.filter((f) => f.endsWith('.gguf')),
    () => [] as string[],
  );
  if (env.CHAT_MODEL) return env.CHAT_MODEL;
  if (installed.length > 0) return `${installed[0]} (from ${path.relative(process.cwd(), env.paths.models) || '.'})`;
  return 'none installed: answers need a model. Run `npx grounded models pull llama-3.2-3b-instruct` (or `models fixture` to try the plumbing).';
}
