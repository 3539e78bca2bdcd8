/**
 * A GGUF chat model loaded once and shared: one llama.cpp context with N sequences serves N
 * chats at once (llama.cpp batches their tokens together); further requests wait in a bounded
 * FIFO queue. The chat wrapper is resolved once here and reused by every request.
 */
import { z } from 'zod';
import {
  GeneralChatWrapper,
  LlamaChat,
  resolveChatWrapper,
  type ChatHistoryItem,
  type ChatWrapper,
  type LlamaContext,
  type LlamaContextSequence,
  type LlamaGrammar,
  type LlamaModel,
  type Token,
} from 'node-llama-cpp';
import { ModelLoadError, TimeoutError, silentLogger, type Logger } from '@grounded/shared';
import { inspectGguf, type GgufInspection } from './gguf-inspect';
import { getLlamaRuntime } from './llama-runtime';
import { defaultThreads } from './default-threads';
import { ModelTemplateChatWrapper, type TemplateMessage } from './model-template-chat-wrapper';
import { RequestQueue, type QueueStats } from './request-queue';
import { Utf8ChunkGuard } from './utf8-chunk-guard';
import { freeAfterFailure } from './free-after-failure';

export const loadModelConfigSchema = z.object({
  /** Path of the GGUF file. */
  modelPath: z.string().min(1),
  /** Catalog id, only used to name the `models pull` command in errors. */
  catalogId: z.string().optional(),
  /** Tokens per sequence. @default min(4096, the model's training context) */
  contextSize: z.number().int().min(64).optional(),
  /** Chats served at once. @default 4 */
  sequences: z.number().int().min(1).max(64).default(4),
  /** Requests that may wait for a sequence before `ModelBusyError`. @default 16 */
  queueLimit: z.number().int().min(0).default(16),
  /** CPU threads; 0 = `defaultThreads()` (available cores less one). @default 0 */
  threads: z.number().int().min(0).default(0),
  /** Per-request timeout including time in the queue. @default 120000 */
  timeoutMs: z.number().int().positive().default(120_000),
  /** LoRA adapters applied to this model's context. */
  lora: z.array(z.object({ filePath: z.string().min(1), scale: z.number().default(1) })).default([]),
  /** Flash attention; unset = node-llama-cpp's choice for the model and hardware. */
  flashAttention: z.boolean().optional(),
  /** `template` renders the GGUF's own Jinja template exactly; `auto` lets node-llama-cpp choose. @default 'template' */
  chatWrapper: z.enum(['template', 'auto']).default('template'),
  /** Memory the model may use (for the pre-load check). @default os.freemem() */
  availableMemoryBytes: z.number().positive().optional(),
});
export type LoadModelConfig = z.input<typeof loadModelConfigSchema>;

/** Generation settings for one request. */
export interface GenerateOptions {
  /** @default 512 */
  maxTokens?: number;
  /** 0 = greedy. @default 0 */
  temperature?: number;
  topP?: number;
  topK?: number;
  seed?: number;
  /** Stop sequences; the matched text is not part of the reply. */
  stop?: string[];
  /** Aborting returns the text generated so far (`finishReason: 'abort'`). */
  signal?: AbortSignal;
  /** Overrides the model's timeout; exceeding it throws `TimeoutError`. */
  timeoutMs?: number;
  /** Constrains the output (JSON schema grammar for structured output). */
  grammar?: LlamaGrammar;
  /** Streamed text; never splits a multi-byte character. */
  onTextChunk?: (text: string) => void;
}

export type FinishReason = 'stop' | 'length' | 'stop_sequence' | 'abort';

export interface GenerateResult {
  text: string;
  finishReason: FinishReason;
  promptTokens: number;
  completionTokens: number;
  /** From the start of the call (queue wait included) to the first streamed text. */
  timeToFirstTokenMs: number | undefined;
  durationMs: number;
}

export class LoadedModel {
  private readonly queue: RequestQueue<LlamaContextSequence>;

  private constructor(
    readonly model: LlamaModel,
    readonly context: LlamaContext,
    readonly chatWrapper: ChatWrapper,
    readonly inspection: GgufInspection,
    readonly config: z.output<typeof loadModelConfigSchema>,
    private readonly logger: Logger,
    /** False for a `withAdapters` variant: the weights belong to the model it was made from. */
    private readonly ownsWeights: boolean,
  ) {
    const sequences = Array.from({ length: config.sequences }, () => context.getSequence());
    this.queue = new RequestQueue(sequences, config.queueLimit);
  }

  /** Checks the file, loads it and creates its context. Never lets a malformed file reach llama.cpp. */
  static async load(input: LoadModelConfig, logger: Logger = silentLogger): Promise<LoadedModel> {
    const config = loadModelConfigSchema.parse(input);
    const llama = await getLlamaRuntime();
    const inspection = await inspectGguf(config.modelPath, {
      llama,
      catalogId: config.catalogId,
      sequences: config.sequences,
      contextSize: config.contextSize,
      availableMemoryBytes: config.availableMemoryBytes,
    });
    if (inspection.kind !== 'model') {
      throw new ModelLoadError(`${config.modelPath} is a LoRA adapter, not a model`, { hint: 'Configure it under LORA_ADAPTERS instead.' });
    }
    await checkAdapters(config.lora, inspection);
    const started = performance.now();
    let model: LlamaModel | undefined;
    let context: LlamaContext | undefined;
    let chatWrapper: ChatWrapper;
    try {
      model = await llama.loadModel({ modelPath: config.modelPath, gpuLayers: 0 });
      context = await createContext(model, config, inspection);
      chatWrapper = resolveWrapper(model, config.chatWrapper, logger);
    } catch (error) {
      throw new ModelLoadError(`llama.cpp could not load ${config.modelPath}`, {
        hint: 'Check that the file is a complete GGUF model and that each LoRA adapter was made for this model.',
        cause: await freeAfterFailure(error, context, model),
      });
    }
    const loaded = new LoadedModel(model, context, chatWrapper, inspection, config, logger, true);
    loaded.logLoaded(started);
    return loaded;
  }

  /**
   * The same weights with other LoRA adapters: a second context on this model, so a route with a
   * domain adapter costs one more context's memory rather than another copy of the model. Dispose
   * variants before the model they came from.
   */
  async withAdapters(lora: LoadModelConfig['lora']): Promise<LoadedModel> {
    const config = loadModelConfigSchema.parse({ ...this.config, lora });
    await checkAdapters(config.lora, this.inspection);
    const started = performance.now();
    let context: LlamaContext | undefined;
    try {
      context = await createContext(this.model, config, this.inspection);
    } catch (error) {
      throw new ModelLoadError(`llama.cpp could not apply the LoRA adapters to ${config.modelPath}`, {
        hint: 'Check that each LoRA adapter was made for this model.',
        cause: await freeAfterFailure(error, context),
      });
    }
    const variant = new LoadedModel(this.model, context, this.chatWrapper, this.inspection, config, this.logger, false);
    variant.logLoaded(started);
    return variant;
  }

  private logLoaded(started: number): void {
    // With one sequence there is one sample per batch and nothing to race with.
    if (this.config.sequences > 1 && !serialiseSampling(this.context)) this.logger.warn({}, 'cannot serialise sampling: concurrent chats may exchange tokens');
    this.logger.info(
      {
        model: this.config.modelPath,
        lora: this.config.lora.map((a) => a.filePath),
        wrapper: this.chatWrapper.wrapperName,
        sequences: this.config.sequences,
        threads: this.context.currentThreads,
        ms: Math.round(performance.now() - started),
      },
      this.ownsWeights ? 'model loaded' : 'context with adapters created on loaded model',
    );
  }

  /** Tokens per sequence: the most one chat can hold (prompt and reply). */
  get contextSize(): number {
    return this.context.contextSize;
  }

  stats(): QueueStats {
    return this.queue.stats();
  }

  /** Decodes run and tokens sampled so far: samples/decodes is the mean batch width. */
  batchStats(): { decodes: number; samples: number } {
    const c = batchCounters.get(this.context);
    return { decodes: c?.decodes ?? 0, samples: c?.samples ?? 0 };
  }

  countTokens(text: string): number {
    return this.model.tokenize(text).length;
  }

  /** Prompt tokens for `messages` exactly as `generate` would evaluate them. */
  countPromptTokens(messages: TemplateMessage[]): number {
    const state = this.chatWrapper.generateContextState({ chatHistory: toChatHistory(messages) });
    return state.contextText.tokenize(this.model.tokenizer).length;
  }

  /** Runs one chat request on a free sequence (waiting in the queue if needed). */
  async generate(messages: TemplateMessage[], options: GenerateOptions = {}): Promise<GenerateResult> {
    const started = performance.now();
    const timeoutMs = options.timeoutMs ?? this.config.timeoutMs;
    const timeout = new AbortController();
    const timer = setTimeout(
      () => timeout.abort(new TimeoutError(`Generation took longer than ${timeoutMs} ms`, { hint: 'Ask for a shorter reply or raise MODEL_TIMEOUT_MS.' })),
      timeoutMs,
    );
    const signal = options.signal ? AbortSignal.any([options.signal, timeout.signal]) : timeout.signal;
    let timeToFirstTokenMs: number | undefined;
    const aborted = (text = '', completionTokens = 0, promptTokens = 0): GenerateResult => {
      if (timeout.signal.aborted) throw timeout.signal.reason as TimeoutError;
      return { text, finishReason: 'abort', promptTokens, completionTokens, timeToFirstTokenMs, durationMs: performance.now() - started };
    };

    let lease: { slot: LlamaContextSequence; release(): void };
    try {
      lease = await this.queue.acquire(signal);
    } catch (error) {
      clearTimeout(timer);
      if (signal.aborted) return aborted();
      throw error;
    }
    const sequence = lease.slot;
    const chat = new LlamaChat({ contextSequence: sequence, chatWrapper: this.chatWrapper, autoDisposeSequence: false });
    const guard = new Utf8ChunkGuard();
    let completionTokens = 0;
    let streamed = '';
    const emit = (text: string) => {
      if (!text) return;
      timeToFirstTokenMs ??= performance.now() - started;
      streamed += text;
      options.onTextChunk?.(text);
    };
    const history = toChatHistory(messages);
    try {
      const promptTokens = this.countPromptTokens(messages);
      let response;
      try {
        response = await chat.generateResponse(history, {
          maxTokens: options.maxTokens ?? 512,
          temperature: options.temperature ?? 0,
          ...(options.topP !== undefined ? { topP: options.topP } : {}),
          ...(options.topK !== undefined ? { topK: options.topK } : {}),
          ...(options.seed !== undefined ? { seed: options.seed } : {}),
          ...(options.stop?.length ? { customStopTriggers: options.stop } : {}),
          ...(options.grammar ? { grammar: options.grammar } : {}),
          signal,
          stopOnAbortSignal: true,
          onToken: (tokens: Token[]) => {
            completionTokens += tokens.length;
          },
          onTextChunk: (text) => emit(guard.push(text)),
        });
      } catch (error) {
        if (signal.aborted) return aborted(streamed, completionTokens, promptTokens);
        throw error;
      }
      emit(guard.flush());
      const stopReason = response.metadata.stopReason;
      if (stopReason === 'abort') return aborted(response.response, completionTokens, promptTokens);
      // The full reply is authoritative; streamed text equals it unless a stop trigger was held back.
      const finishReason: FinishReason =
        stopReason === 'maxTokens' ? 'length' : stopReason === 'customStopTrigger' ? 'stop_sequence' : 'stop';
      return { text: response.response, finishReason, promptTokens, completionTokens, timeToFirstTokenMs, durationMs: performance.now() - started };
    } finally {
      clearTimeout(timer);
      chat.dispose({ disposeSequence: false });
      // A clean sequence per request: output never depends on which sequence served it.
      await sequence.clearHistory().catch((error: unknown) => this.logger.warn({ err: error }, 'could not clear a context sequence'));
      lease.release();
    }
  }

  async dispose(): Promise<void> {
    await this.context.dispose();
    if (this.ownsWeights) await this.model.dispose();
  }
}

/** Every adapter must be a LoRA file made for the model's architecture (checked before llama.cpp sees it). */
async function checkAdapters(lora: z.output<typeof loadModelConfigSchema>['lora'], inspection: GgufInspection): Promise<void> {
  for (const adapter of lora) {
    const info = await inspectGguf(adapter.filePath);
    if (info.kind !== 'adapter' || info.architecture !== inspection.architecture) {
      throw new ModelLoadError(`${adapter.filePath} is not a LoRA adapter for a ${inspection.architecture} model`, {
        hint: 'Check the LORA_ADAPTERS paths.',
      });
    }
  }
}

function createContext(model: LlamaModel, config: z.output<typeof loadModelConfigSchema>, inspection: GgufInspection): Promise<LlamaContext> {
  return model.createContext({
    contextSize: config.contextSize ?? Math.min(4096, inspection.contextLength ?? 4096),
    sequences: config.sequences,
    threads: config.threads || defaultThreads(),
    ...(config.flashAttention !== undefined ? { flashAttention: config.flashAttention } : {}),
    ...(config.lora.length > 0 ? { lora: { adapters: config.lora.map((a) => ({ filePath: a.filePath, scale: a.scale })) } } : {}),
  });
}

/** Template messages -> node-llama-cpp history, ending with the empty model turn to generate. */
export function toChatHistory(messages: TemplateMessage[]): ChatHistoryItem[] {
  const history: ChatHistoryItem[] = messages.map((m) =>
    m.role === 'system'
      ? { type: 'system', text: m.content }
      : m.role === 'user'
        ? { type: 'user', text: m.content }
        : { type: 'model', response: [m.content] },
  );
  history.push({ type: 'model', response: [] });
  return history;
}

/**
 * node-llama-cpp 3.21.1 samples the sequences of one batch on parallel worker threads, and
 * llama.cpp's first logits read after a decode reorders the output rows in place without a lock.
 * Two concurrent first reads can swap rows, so one chat receives a token sampled from another
 * chat's logits (seen here as pairs of concurrent greedy chats exchanging tokens). So the samples
 * a batch asks for are collected, the first runs alone, the rest in parallel, and all results are
 * delivered together: every chat then queues its next token in the same cycle, which keeps the
 * chats in one batch instead of drifting into alternating single-sequence batches.
 */
const batchCounters = new WeakMap<LlamaContext, { decodes: number; samples: number }>();

function serialiseSampling(context: LlamaContext): boolean {
  type NativeCall = (...args: unknown[]) => Promise<unknown>;
  const native = (context as unknown as { _ctx?: { sampleToken?: NativeCall; decodeBatch?: NativeCall } })._ctx;
  if (typeof native?.sampleToken !== 'function' || typeof native.decodeBatch !== 'function') return false;
  const sampleToken = native.sampleToken.bind(native);
  const decodeBatch = native.decodeBatch.bind(native);
  const counters = { decodes: 0, samples: 0 };
  batchCounters.set(context, counters);
  let firstAfterDecode = false;
  let pending: { args: unknown[]; resolve(v: unknown): void; reject(e: unknown): void }[] = [];
  const settle = (p: Promise<unknown>) => p.then((value) => ({ ok: true as const, value }), (error: unknown) => ({ ok: false as const, error }));
  const flush = async () => {
    const batch = pending;
    pending = [];
    const results: Awaited<ReturnType<typeof settle>>[] = [];
    let rest = batch;
    if (firstAfterDecode && batch.length > 0) {
      firstAfterDecode = false;
      results.push(await settle(sampleToken(...batch[0]!.args)));
      rest = batch.slice(1);
    }
    results.push(...(await Promise.all(rest.map((call) => settle(sampleToken(...call.args))))));
    batch.forEach((call, i) => {
      const r = results[i]!;
      if (r.ok) call.resolve(r.value);
      else call.reject(r.error);
    });
  };
  try {
    // The addon's methods are read-only on its prototype; own properties shadow them.
    Object.defineProperty(native, 'decodeBatch', {
      configurable: true,
      writable: true,
      value: async (...args: unknown[]) => {
        const result = await decodeBatch(...args);
        counters.decodes++;
        firstAfterDecode = true;
        return result;
      },
    });
    Object.defineProperty(native, 'sampleToken', {
      configurable: true,
      writable: true,
      value: (...args: unknown[]) =>
        new Promise((resolve, reject) => {
          counters.samples++;
          pending.push({ args, resolve, reject });
          // The batch's sample calls arrive over several microtasks; collect them for one cycle.
          if (pending.length === 1) setImmediate(() => void flush());
        }),
    });
  } catch {
    return false;
  }
  return true;
}

function resolveWrapper(model: LlamaModel, mode: 'template' | 'auto', logger: Logger): ChatWrapper {
  const template = model.fileInfo.metadata.tokenizer?.chat_template;
  if (mode === 'template' && typeof template === 'string') {
    const tokens = model.fileInfo.metadata.tokenizer.ggml.tokens ?? [];
    const text = (id: unknown) => (typeof id === 'number' || typeof id === 'bigint' ? tokens[Number(id)] : undefined);
    const bos = text(model.fileInfo.metadata.tokenizer.ggml.bos_token_id) ?? '';
    const eos = text(model.fileInfo.metadata.tokenizer.ggml.eos_token_id) ?? '';
    try {
      const wrapper = new ModelTemplateChatWrapper({ template, bosToken: bos, eosToken: eos, stopTokens: ModelTemplateChatWrapper.endOfTurnTokens(tokens) });
      // Prove once that this template renders and segments a full conversation.
      wrapper.renderSegments([
        { role: 'system', content: 'S' },
        { role: 'user', content: 'U' },
        { role: 'assistant', content: 'A' },
        { role: 'user', content: 'U2' },
      ]);
      return wrapper;
    } catch (error) {
      logger.warn({ err: error }, 'model chat template cannot be rendered exactly; using node-llama-cpp chat wrapper');
    }
  }
  return resolveChatWrapper(model) ?? new GeneralChatWrapper();
}
