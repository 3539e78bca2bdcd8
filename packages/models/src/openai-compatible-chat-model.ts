/**
 * LangChain `BaseChatModel` over any OpenAI-compatible `/v1/chat/completions` endpoint, streamed
 * over SSE: the backend for deployments that run inference on a separate server.
 */
import { BaseChatModel, type BaseChatModelCallOptions, type BaseChatModelParams } from '@langchain/core/language_models/chat_models';
import { AIMessage, AIMessageChunk, type BaseMessage } from '@langchain/core/messages';
import { ChatGenerationChunk, type ChatResult } from '@langchain/core/outputs';
import type { CallbackManagerForLLMRun } from '@langchain/core/callbacks/manager';
import { z } from 'zod';
import { AsyncChannel } from './async-channel';
import { postJson, readServerSentEvents, timeoutError, type OpenAICompatibleConnection } from './openai-compatible-client';
import { toTemplateMessages } from './to-template-messages';

export interface OpenAICompatibleCallOptions extends BaseChatModelCallOptions {
  maxTokens?: number;
  temperature?: number;
  topP?: number;
  seed?: number;
  /** JSON schema for servers that support `response_format: json_schema` (vLLM, llama.cpp). */
  jsonSchema?: Record<string, unknown>;
}

export interface OpenAICompatibleChatModelFields extends BaseChatModelParams, OpenAICompatibleConnection {
  /** Model name the server knows. */
  model: string;
  /** @default 512 */
  maxTokens?: number;
  /** @default 0 */
  temperature?: number;
  topP?: number;
}

const chunkSchema = z.object({
  choices: z.array(z.object({ delta: z.object({ content: z.string().nullish() }).partial().optional(), finish_reason: z.string().nullish() })).default([]),
  usage: z.object({ prompt_tokens: z.number(), completion_tokens: z.number() }).nullish(),
});

interface StreamResult {
  text: string;
  finishReason: string;
  promptTokens: number | undefined;
  completionTokens: number | undefined;
  timeToFirstTokenMs: number | undefined;
}

export class OpenAICompatibleChatModel extends BaseChatModel<OpenAICompatibleCallOptions, AIMessageChunk> {
  readonly connection: OpenAICompatibleConnection;
  readonly model: string;
  maxTokens: number;
  temperature: number;
  topP: number | undefined;

  static override lc_name(): string {
    return 'OpenAICompatibleChatModel';
  }

  constructor(fields: OpenAICompatibleChatModelFields) {
    super(fields);
    this.connection = { baseUrl: fields.baseUrl, apiKey: fields.apiKey, timeoutMs: fields.timeoutMs };
    this.model = fields.model;
    this.maxTokens = fields.maxTokens ?? 512;
    this.temperature = fields.temperature ?? 0;
    this.topP = fields.topP;
  }

  _llmType(): string {
    return 'openai-compatible';
  }

  private body(messages: BaseMessage[], options: this['ParsedCallOptions']): Record<string, unknown> {
    return {
      model: this.model,
      messages: toTemplateMessages(messages),
      stream: true,
      stream_options: { include_usage: true },
      max_tokens: options.maxTokens ?? this.maxTokens,
      temperature: options.temperature ?? this.temperature,
      ...((options.topP ?? this.topP) !== undefined ? { top_p: options.topP ?? this.topP } : {}),
      ...(options.seed !== undefined ? { seed: options.seed } : {}),
      ...(options.stop?.length ? { stop: options.stop } : {}),
      ...(options.jsonSchema ? { response_format: { type: 'json_schema', json_schema: { name: 'output', schema: options.jsonSchema, strict: true } } } : {}),
    };
  }

  /** Streams one completion; on the caller's abort returns what arrived (`finishReason: 'abort'`). */
  private async run(messages: BaseMessage[], options: this['ParsedCallOptions'], onText: (text: string) => void): Promise<StreamResult> {
    const started = performance.now();
    const { response, timeoutSignal } = await postJson(this.connection, 'chat/completions', this.body(messages, options), options.signal);
    const result: StreamResult = { text: '', finishReason: 'stop', promptTokens: undefined, completionTokens: undefined, timeToFirstTokenMs: undefined };
    try {
      for await (const raw of readServerSentEvents(response.body!)) {
        const chunk = chunkSchema.parse(raw);
        for (const choice of chunk.choices) {
          const text = choice.delta?.content ?? '';
          if (text) {
            result.timeToFirstTokenMs ??= performance.now() - started;
            result.text += text;
            onText(text);
          }
          if (choice.finish_reason) result.finishReason = choice.finish_reason;
        }
        if (chunk.usage) {
          result.promptTokens = chunk.usage.prompt_tokens;
          result.completionTokens = chunk.usage.completion_tokens;
        }
      }
    } catch (error) {
      if (timeoutSignal.aborted) throw timeoutError(this.connection.timeoutMs ?? 120_000, error);
      if (options.signal?.aborted) return { ...result, finishReason: 'abort' };
      throw error;
    }
    return result;
  }

  async _generate(messages: BaseMessage[], options: this['ParsedCallOptions'], runManager?: CallbackManagerForLLMRun): Promise<ChatResult> {
    const result = await this.run(messages, options, (text) => void runManager?.handleLLMNewToken(text));
    const message = new AIMessage({ content: result.text, usage_metadata: usage(result), response_metadata: metadata(result) });
    return { generations: [{ text: result.text, message, generationInfo: metadata(result) }] };
  }

  override async *_streamResponseChunks(
    messages: BaseMessage[],
    options: this['ParsedCallOptions'],
    runManager?: CallbackManagerForLLMRun,
  ): AsyncGenerator<ChatGenerationChunk> {
    const channel = new AsyncChannel<string | StreamResult>();
    const stop = new AbortController();
    const signal = options.signal ? AbortSignal.any([options.signal, stop.signal]) : stop.signal;
    this.run(messages, { ...options, signal }, (text) => channel.push(text)).then(
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

function usage(result: StreamResult) {
  if (result.promptTokens === undefined || result.completionTokens === undefined) return undefined;
  return { input_tokens: result.promptTokens, output_tokens: result.completionTokens, total_tokens: result.promptTokens + result.completionTokens };
}

function metadata(result: StreamResult) {
  return {
    finish_reason: result.finishReason,
    time_to_first_token_ms: result.timeToFirstTokenMs,
    prompt_tokens: result.promptTokens,
    completion_tokens: result.completionTokens,
  };
}
