/**
 * The model router the environment describes: CHAT_MODEL as the default, MODEL_ROUTES per
 * request kind, GUARD_MODEL for the guard kind, LoRA adapters by name, and the backend.
 */
import { ModelRouter, type ModelRouterConfig } from '@grounded/models';
import type { Logger } from '@grounded/shared';
import type { Env } from '../env';

export interface RouterOverrides {
  /** Default model instead of CHAT_MODEL (e.g. a `--model` flag, or `file+lora`). */
  defaultModel?: string;
  /** Chats served at once instead of MODEL_SEQUENCES: one-shot commands need one. */
  sequences?: number;
}

export function createModelRouter(env: Env, logger: Logger, overrides: RouterOverrides = {}): ModelRouter {
  const defaultModel = overrides.defaultModel ?? env.CHAT_MODEL;
  const routes: ModelRouterConfig['routes'] = { ...env.MODEL_ROUTES };
  if (env.GUARD_MODEL) routes.guard = env.GUARD_MODEL;
  return new ModelRouter(
    {
      backend: env.INFERENCE_BACKEND,
      ...(defaultModel ? { defaultModel } : {}),
      routes,
      modelsDir: env.paths.models,
      loraAdapters: env.LORA_ADAPTERS,
      load: {
        sequences: overrides.sequences ?? env.MODEL_SEQUENCES,
        queueLimit: env.MODEL_QUEUE_LIMIT,
        threads: env.MODEL_THREADS,
        timeoutMs: env.MODEL_TIMEOUT_MS,
      },
      ...(env.OPENAI_BASE_URL
        ? { openai: { baseUrl: env.OPENAI_BASE_URL, ...(env.OPENAI_API_KEY ? { apiKey: env.OPENAI_API_KEY } : {}), timeoutMs: env.MODEL_TIMEOUT_MS } }
        : {}),
    },
    logger,
  );
}
