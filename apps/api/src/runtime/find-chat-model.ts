import { listInstalled, MODEL_CATALOG } from '@grounded/models';
import type { Env } from '../env';

/**
 * The chat model to use: an explicit choice (flag or CHAT_MODEL), else the first installed
 * catalog chat model in MODELS_DIR; undefined when there is none.
 */
export async function findChatModel(env: Env, explicit?: string): Promise<string | undefined> {
  const chosen = explicit ?? env.CHAT_MODEL;
  if (chosen) return chosen;
  const chatIds = new Set(MODEL_CATALOG.filter((m) => m.kind === 'chat').map((m) => m.id));
  const installed = (await listInstalled(env.paths.models)).find((f) => !f.partial && f.catalogId && chatIds.has(f.catalogId));
  return installed?.path;
}
