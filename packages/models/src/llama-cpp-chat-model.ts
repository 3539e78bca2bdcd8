/**
 * LangChain `BaseChatModel` over a `LoadedModel` (node-llama-cpp). Many instances may share one
 * loaded model; each call takes a context sequence from the model's queue for its duration.
 */
import { BaseChatModel, type BaseChatModelCallOptions, type BaseChatModelParams } from '@langchain/core/language_models/chat_models';
import { AIMessage, AIMessageChunk, type BaseMessage } from '@langchain/core/messages';
import { ChatGenerationChunk, type ChatResult } from '@langchain/core/outputs';
import type { CallbackManagerForLLMRun } from '@langchain/core/callbacks/manager';
import type { LlamaGrammar } from 'node-llama-cpp';
import { TimeoutError } from '@grounded/shared';
import { AsyncChannel } from './async-channel';
import type { GenerateOptions, GenerateResult, LoadedModel } from './loaded-model';
import { toTemplateMessages } from './to-template-messages';

/** Per-call options on top of LangChain's (`stop`, `signal`, `timeout`). */
export interface LlamaCppCallOptions extends BaseChatModelCallOptions {
  maxTokens?: number;
  temperature?: number;
  topP?: number;
  topK?: number;
  seed?: number;
  /** Constrain the output; used by structured output. */
  grammar?: LlamaGrammar;
}

export interface LlamaCppChatModelFields extends BaseChatModelParams {
  model: LoadedModel;
  /** @default 512 */
  maxTokens?: number;
  /** @default 0 (greedy) */
  temperature?: number;
  topP?: number;
  topK?: number;
  seed?: number;
  stop?: string[];
  /** @default the loaded model's timeout */
  timeoutMs?: number;
}

export class LlamaCppChatModel extends BaseChatModel<LlamaCppCallOptions, AIMessageChunk> {
  readonly model: LoadedModel;
  maxTokens: number;
  temperature: number;
  topP: number | undefined;
  topK: number | undefined;
  seed: number | undefined;
  stop: string[] | undefined;
  timeoutMs: number | undefined;

  static override lc_name(): string {
    return 'LlamaCppChatModel';
  }

  constructor(fields: LlamaCppChatModelFields) {
    super(fields);
    this.model = fields.model;
    this.maxTokens = fields.maxTokens ?? 512;
    this.temperature = fields.temperature ?? 0;
    this.topP = fields.topP;
    this.topK = fields.topK;
    this.seed = fields.seed;
    this.stop = fields.stop;
    this.timeoutMs = fields.timeoutMs;
  }

  _llmType(): string {
    return 'llama-cpp';
  }

  override invocationParams(options?: this['ParsedCallOptions']): Record<string, unknown> {
    const { grammar: _grammar, ...rest } = this.settings(options);
    return { ...rest, model: this.model.inspection.name };
  }

  private settings(options?: this['ParsedCallOptions']): GenerateOptions {
    return {
      maxTokens: options?.maxTokens ?? this.maxTokens,
      temperature: options?.temperature ?? this.temperature,
      topP: options?.topP ?? this.topP,
      topK: options?.topK ?? this.topK,
      seed: options?.seed ?? this.seed,
      stop: options?.stop ?? this.stop,
      timeoutMs: options?.timeout ?? this.timeoutMs,
      grammar: options?.grammar,
    };
  }

  /** LangChain folds its `timeout` option into the signal; report that as our TimeoutError. */
  private rethrowTimeout(signal: AbortSignal | undefined): void {
    const reason: unknown = signal?.reason;
    if (signal?.aborted && reason instanceof Error && reason.name === 'TimeoutError' && !(reason instanceof TimeoutError)) {
      throw new TimeoutError('Generation timed out', { hint: 'Ask for a shorter reply or raise MODEL_TIMEOUT_MS.', cause: reason });
    }
  }

  async _generate(messages: BaseMessage[], options: this['ParsedCallOptions'], runManager?: CallbackManagerForLLMRun): Promise<ChatResult> {
    const result = await this.model.generate(toTemplateMessages(messages), {
      ...this.settings(options),
      signal: options.signal,
      onTextChunk: (text) => void runManager?.handleLLMNewToken(text),
    });
    this.rethrowTimeout(options.signal);
    const message = new AIMessage({ content: result.text, usage_metadata: usage(result), response_metadata: metadata(result) });
    return {
      generations: [{ text: result.text, message, generationInfo: metadata(result) }],
      llmOutput: { tokenUsage: { promptTokens: result.promptTokens, completionTokens: result.completionTokens, totalTokens: result.promptTokens + result.completionTokens } },
    };
  }

  override async *_streamResponseChunks(
    messages: BaseMessage[],
    options: this['ParsedCallOptions'],
    runManager?: CallbackManagerForLLMRun,
  ): AsyncGenerator<ChatGenerationChunk> {
    const channel = new AsyncChannel<string | GenerateResult>();
    // Stopping iteration early (break) must stop generation and free the sequence.
    const stop = new AbortController();
    const signal = options.signal ? AbortSignal.any([options.signal, stop.signal]) : stop.signal;
    this.model
      .generate(toTemplateMessages(messages), { ...this.settings(options), signal, onTextChunk: (text) => channel.push(text) })
      .then(
        (result) => {
          channel.push(result);
          channel.close();
        },
        (error: unknown) => channel.close(error),
      );
    try {
      for await (const item of channel) {
        if (typeof item === 'string') {
          yield new ChatGenerationChunk({ text: item, message: new AIMessageChunk({ content: item }) });
          await runManager?.handleLLMNewToken(item);
        } else {
          this.rethrowTimeout(options.signal);
          yield new ChatGenerationChunk({
            text: '',
            message: new AIMessageChunk({ content: '', usage_metadata: usage(item), response_metadata: metadata(item) }),
            generationInfo: metadata(item),
          });
        }
      }
    } finally {
      stop.abort();
    }
  }
}

function usage(result: GenerateResult) {
  return { input_tokens: result.promptTokens, output_tokens: result.completionTokens, total_tokens: result.promptTokens + result.completionTokens };
}

function metadata(result: GenerateResult) {
  return {
    finish_reason: result.finishReason,
    time_to_first_token_ms: result.timeToFirstTokenMs,
    duration_ms: result.durationMs,
    prompt_tokens: result.promptTokens,
    completion_tokens: result.completionTokens,
  };
}
