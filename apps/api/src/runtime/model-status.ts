import type { Env } from '../env';
import { findChatModel } from './find-chat-model';

/** How to get a chat model, for every place that finds none. */
export const HOW_TO_GET_A_CHAT_MODEL =
  'Run `npx grounded models pull llama-3.2-3b-instruct`, or `npx grounded models fixture --family llama3 --out ./data/models/fixture.gguf` and set CHAT_MODEL to try the plumbing.';

/**
 * One line on the chat model for the start banner and /healthz. Without a model the product
 * still runs (search, ingestion, guardrails) and says plainly how to get one.
 */
export async function describeModelStatus(env: Env): Promise<string> {
  if (env.INFERENCE_BACKEND === 'openai') {
    return env.OPENAI_BASE_URL ? `OpenAI-compatible server at ${env.OPENAI_BASE_URL}` : 'none: INFERENCE_BACKEND=openai needs OPENAI_BASE_URL';
  }
  return (await findChatModel(env)) ?? `none installed: answers need a model. ${HOW_TO_GET_A_CHAT_MODEL}`;
}
