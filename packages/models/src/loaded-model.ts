/**
 * A GGUF chat model loaded once and shared: one llama.cpp context with N sequences serves N
 * chats at once (llama.cpp batches their tokens together); further requests wait in a bounded
 * FIFO queue. The chat wrapper is resolved once here and reused by every request.
 */
import {
  LlamaChat,
  type ChatHistoryItem,
  type ChatWrapper,
  type LlamaContext,
  type LlamaContextSequence,
  type LlamaGrammar,
  type LlamaModel,
  type Token,
} from 'node-llama-cpp';
import { ModelLoadError, TimeoutError, silentLogger, type Logger } from '@grounded/shared';
import type { GgufInspection } from './gguf-inspect';
import { defaultThreads } from './default-threads';
import type { TemplateMessage } from './model-template-chat-wrapper';
import { RequestQueue, type QueueStats } from './request-queue';
import { Utf8ChunkGuard } from './utf8-chunk-guard';
import { freeAfterFailure } from './free-after-failure';
import { loadModelConfigSchema, type LoadModelConfig, type ResolvedLoadModelConfig } from './load-model-config';
import { checkAdapters, ModelWeights } from './model-weights';

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
    /** The weights this context runs on, possibly shared with other LoadedModels (LoRA variants). */
    readonly weights: ModelWeights,
    readonly context: LlamaContext,
    readonly config: ResolvedLoadModelConfig,
    private readonly logger: Logger,
    /** True when disposing this model also frees the weights (`load`), false for a context on shared ones. */
    private readonly ownsWeights: boolean,
  ) {
    const sequences = Array.from({ length: config.sequences }, () => context.getSequence());
    this.queue = new RequestQueue(sequences, config.queueLimit);
  }

  get model(): LlamaModel {
    return this.weights.model;
  }

  get chatWrapper(): ChatWrapper {
    return this.weights.chatWrapper;
  }

  get inspection(): GgufInspection {
    return this.weights.inspection;
  }

  /** Checks the file, loads it and creates its context; the weights are this model's own. */
  static async load(input: LoadModelConfig, logger: Logger = silentLogger): Promise<LoadedModel> {
    const config = loadModelConfigSchema.parse(input);
    const started = performance.now();
    const weights = await ModelWeights.load(config, logger);
    return LoadedModel.create(weights, config, logger, true, started);
  }

  /**
   * A context with `lora` on weights that are already loaded (shared with other routes). Costs
   * one context's memory, checked first, not another copy of the model. Dispose every context
   * before the weights.
   */
  static async onWeights(weights: ModelWeights, lora: LoadModelConfig['lora'], logger: Logger = silentLogger): Promise<LoadedModel> {
    const config = loadModelConfigSchema.parse({ ...weights.config, lora });
    await checkAdapters(config.lora, weights.inspection);
    return LoadedModel.create(weights, config, logger, false, performance.now());
  }

  /** The same weights with other LoRA adapters: a second context on this model (see `onWeights`). */
  withAdapters(lora: LoadModelConfig['lora']): Promise<LoadedModel> {
    return LoadedModel.onWeights(this.weights, lora, this.logger);
  }

  private static async create(weights: ModelWeights, config: ResolvedLoadModelConfig, logger: Logger, ownsWeights: boolean, started: number): Promise<LoadedModel> {
    // Never throws for the first context on fresh weights (`load`): that one was in the load-time
    // memory check, so only shared weights can be refused here, and they stay loaded for their users.
    weights.reserveContext(config);
    let context: LlamaContext | undefined;
    try {
      context = await createContext(weights, config);
    } catch (error) {
      weights.releaseContext();
      // A failed context on shared weights leaves them usable; on the model's own weights it frees them.
      throw new ModelLoadError(
        config.lora.length > 0 ? `llama.cpp could not apply the LoRA adapters to ${config.modelPath}` : `llama.cpp could not load ${config.modelPath}`,
        {
          hint: 'Check that the file is a complete GGUF model and that each LoRA adapter was made for this model.',
          cause: await freeAfterFailure(error, context, ...(ownsWeights ? [weights] : [])),
        },
      );
    }
    const loaded = new LoadedModel(weights, context, config, logger, ownsWeights);
    loaded.logLoaded(started);
    return loaded;
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
    try {
      await this.context.dispose();
    } finally {
      this.weights.releaseContext();
      if (this.ownsWeights) await this.weights.dispose();
    }
  }
}

function createContext(weights: ModelWeights, config: ResolvedLoadModelConfig): Promise<LlamaContext> {
  return weights.model.createContext({
    contextSize: weights.contextSizeFor(config),
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
