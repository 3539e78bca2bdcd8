/**
 * Maps request kinds to models: e.g. a small fast model for triage and a larger one for answers.
 * Local models are loaded lazily on first use and cached: one copy of the weights per file, and one
 * context per file + LoRA set on those weights, created only for routes that use it (a file served
 * only with an adapter never gets a plain context). With the `openai` backend every kind maps to a
 * model name on the remote server instead.
 */
import path from 'node:path';
import { z } from 'zod';
import type { BaseChatModel } from '@langchain/core/language_models/chat_models';
import { ConfigError, ModelUnavailableError, silentLogger, type Logger } from '@grounded/shared';
import { MODEL_CATALOG, type CatalogEntry } from './catalog';
import { resolveModelRef } from './model-ref';
import { LlamaCppChatModel, type LlamaCppChatModelFields } from './llama-cpp-chat-model';
import type { LoadModelConfig } from './load-model-config';
import { LoadedModel } from './loaded-model';
import { ModelWeights } from './model-weights';
import { OpenAICompatibleChatModel } from './openai-compatible-chat-model';

export const requestKindSchema = z.enum(['answer', 'triage', 'draft', 'summary', 'guard']);
export type RequestKind = z.infer<typeof requestKindSchema>;

/** A route: a model id/path, optionally with LoRA adapter names (`"llama-3.1-8b-instruct+retail"` works too). */
export const modelRouteSchema = z.union([
  z.string().min(1),
  z.object({ model: z.string().min(1), lora: z.array(z.string().min(1)).default([]) }),
]);

export const modelRouterConfigSchema = z.object({
  /** @default 'llama-cpp' */
  backend: z.enum(['llama-cpp', 'openai']).default('llama-cpp'),
  /** Model for kinds without a route: a catalog id, a GGUF path, or (openai) a server model name. */
  defaultModel: z.string().min(1).optional(),
  routes: z.partialRecord(requestKindSchema, modelRouteSchema).default({}),
  /** Where catalog ids are looked up as files. */
  modelsDir: z.string().min(1),
  /** LoRA adapters by name: name -> GGUF path. */
  loraAdapters: z.record(z.string(), z.string().min(1)).default({}),
  /** Applied to every adapter. @default 1 */
  loraScale: z.number().default(1),
  /** Settings for every local model (sequences, queue, threads, timeout, context size). */
  load: z.custom<Omit<LoadModelConfig, 'modelPath' | 'catalogId' | 'lora'>>().default({}),
  /** OpenAI-compatible server (backend `openai`). */
  openai: z.object({ baseUrl: z.string().url(), apiKey: z.string().optional(), timeoutMs: z.number().int().positive().optional() }).optional(),
});
export type ModelRouterConfig = z.input<typeof modelRouterConfigSchema>;

export interface ResolvedRoute {
  /** Absolute GGUF path (llama-cpp) or the server's model name (openai). */
  model: string;
  catalogId: string | undefined;
  lora: { name: string; filePath: string }[];
}

export class ModelRouter {
  private readonly config: z.output<typeof modelRouterConfigSchema>;
  /** Weights by file, and the contexts on them by file + adapter set (the plain context too). */
  private readonly weights = new Map<string, Promise<ModelWeights>>();
  private readonly contexts = new Map<string, Promise<LoadedModel>>();
  private disposed = false;

  constructor(
    config: ModelRouterConfig,
    private readonly logger: Logger = silentLogger,
    private readonly catalog: readonly CatalogEntry[] = MODEL_CATALOG,
  ) {
    this.config = modelRouterConfigSchema.parse(config);
    if (this.config.backend === 'openai' && !this.config.openai) {
      throw new ConfigError('The openai inference backend needs a server URL', { hint: 'Set OPENAI_BASE_URL.' });
    }
  }

  /** Which model (and adapters) serves `kind`. */
  resolve(kind: RequestKind): ResolvedRoute {
    const route = this.config.routes[kind] ?? this.config.defaultModel;
    if (!route) {
      throw new ModelUnavailableError(`No model is configured for "${kind}" requests`, {
        hint: 'Set CHAT_MODEL (e.g. after `npx grounded models pull llama-3.2-1b-instruct`) or write a test model with `npx grounded models fixture`.',
      });
    }
    const { model, lora } = typeof route === 'string' ? splitRoute(route) : route;
    const adapters = lora.map((name) => {
      const filePath = this.config.loraAdapters[name];
      if (!filePath) throw new ConfigError(`Unknown LoRA adapter "${name}" in the route for "${kind}"`, { hint: 'Add it to LORA_ADAPTERS.' });
      return { name, filePath: path.resolve(filePath) };
    });
    if (this.config.backend === 'openai') return { model, catalogId: undefined, lora: adapters };
    const ref = resolveModelRef(model, this.config.modelsDir, this.catalog);
    return { model: ref.path, catalogId: ref.entry?.id, lora: adapters };
  }

  /** The loaded local model for `kind`, loading it on first use. */
  loadedModel(kind: RequestKind): Promise<LoadedModel> {
    if (this.config.backend !== 'llama-cpp') throw new ConfigError('loadedModel() is only available with the llama-cpp backend');
    if (this.disposed) return Promise.reject(new ModelUnavailableError('The model router was shut down', { hint: 'The server is stopping; retry on the new instance.' }));
    const route = this.resolve(kind);
    const lora = route.lora.map((l) => ({ filePath: l.filePath, scale: this.config.loraScale }));
    // Routes on the same file share its weights; each adapter set (or none) gets its own context on them.
    const weights = cached(this.weights, route.model, () => ModelWeights.load({ ...this.config.load, modelPath: route.model, catalogId: route.catalogId }, this.logger));
    const key = contextKey(route.model, lora);
    return cached(this.contexts, key, async () => {
      const shared = await weights;
      try {
        return await LoadedModel.onWeights(shared, lora, this.logger);
      } catch (error) {
        // Weights that no context uses or awaits (e.g. the route's adapter was made for another
        // model) are freed now rather than holding gigabytes until shutdown.
        const othersWaiting = [...this.contexts.keys()].some((k) => k !== key && (JSON.parse(k) as string[])[0] === route.model);
        if (shared.contextCount === 0 && !othersWaiting && this.weights.get(route.model) === weights) {
          this.weights.delete(route.model);
          await shared.dispose().catch((disposeError: unknown) => this.logger.warn({ err: disposeError }, 'could not free unused model weights'));
        }
        throw error;
      }
    });
  }

  /** A chat model for `kind`; local models are shared between all chat models of the same route. */
  async chatModel(kind: RequestKind, fields: Omit<LlamaCppChatModelFields, 'model'> = {}): Promise<BaseChatModel> {
    if (this.config.backend === 'openai') {
      const { baseUrl, apiKey, timeoutMs } = this.config.openai!;
      return new OpenAICompatibleChatModel({ ...fields, baseUrl, apiKey, timeoutMs: fields.timeoutMs ?? timeoutMs, model: this.resolve(kind).model });
    }
    return new LlamaCppChatModel({ ...fields, model: await this.loadedModel(kind) });
  }

  /**
   * Unloads everything: every context first, then the weights they share. Both caches are taken
   * at once and no load starts afterwards, so a load in flight cannot leave weights behind or
   * create a context on weights already freed.
   */
  async dispose(): Promise<void> {
    this.disposed = true;
    const contexts = [...this.contexts.values()];
    const weights = [...this.weights.values()];
    this.contexts.clear();
    this.weights.clear();
    // Every resource is tried even when one fails to free, so one error cannot leak the rest.
    const failures: unknown[] = [];
    for (const batch of [contexts, weights] as Promise<{ dispose(): Promise<void> }>[][]) {
      for (const settled of await Promise.allSettled(batch)) {
        if (settled.status === 'fulfilled') await settled.value.dispose().catch((error: unknown) => failures.push(error));
      }
    }
    if (failures.length > 0) throw new AggregateError(failures, `could not free ${failures.length} model resource(s)`);
  }
}

/** The cached load for `key`; a failed load is not cached, so the next request retries (e.g. after `models pull`). */
function cached<T>(cache: Map<string, Promise<T>>, key: string, load: () => Promise<T>): Promise<T> {
  let model = cache.get(key);
  if (!model) {
    model = load();
    model.catch(() => cache.delete(key));
    cache.set(key, model);
  }
  return model;
}

function contextKey(model: string, lora: readonly { filePath: string }[]): string {
  return JSON.stringify([model, ...lora.map((l) => l.filePath)]);
}

function splitRoute(route: string): { model: string; lora: string[] } {
  const [model, ...lora] = route.split('+');
  return { model: model!, lora };
}
