/**
 * `grounded chat "<message>"`: one turn with the configured chat model, streamed to stdout, with
 * tokens, time to first token and tokens/s on stderr (so stdout stays pipeable).
 */
import type { Command } from 'commander';
import pc from 'picocolors';
import { HumanMessage, SystemMessage, type BaseMessage } from '@langchain/core/messages';
import type { BaseChatModel } from '@langchain/core/language_models/chat_models';
import { ModelRouter, OpenAICompatibleChatModel } from '@grounded/models';
import { ConfigError, ModelUnavailableError, silentLogger } from '@grounded/shared';
import { env } from '../../env';
import { findChatModel } from '../../runtime/find-chat-model';
import { createModelRouter } from '../../runtime/model-router';
import { HOW_TO_GET_A_CHAT_MODEL } from '../../runtime/model-status';
import { parsePositiveInt } from '../options';

export function register(program: Command): void {
  program
    .command('chat')
    .description('Send one message to the chat model and stream the reply')
    .argument('<message>')
    .option('--model <id-or-file>', 'catalog id or GGUF path (default: CHAT_MODEL)')
    .option('--system <text>', 'system prompt')
    .option('--max-tokens <n>', 'longest reply', parsePositiveInt(32_768), 512)
    .option('--temperature <t>', 'sampling temperature (0 = greedy)', Number.parseFloat, 0.2)
    .option('--lora <name>', 'apply a LoRA adapter from LORA_ADAPTERS')
    .action(async (message: string, opts: { model?: string; system?: string; maxTokens: number; temperature: number; lora?: string }) => {
      const e = env();
      const messages: BaseMessage[] = [...(opts.system ? [new SystemMessage(opts.system)] : []), new HumanMessage(message)];
      let router: ModelRouter | undefined;
      let started: number;
      let firstTokenMs: number | undefined;
      let tokens: number | undefined;
      // One try from the model load on: a failure after loading (in chatModel or the stream) still frees it.
      try {
        let chat: BaseChatModel;
        if (e.INFERENCE_BACKEND === 'openai') {
          if (!e.OPENAI_BASE_URL) throw new ConfigError('INFERENCE_BACKEND=openai needs OPENAI_BASE_URL', { hint: 'Set OPENAI_BASE_URL, e.g. http://localhost:8000/v1.' });
          const model = opts.model ?? e.OPENAI_MODEL ?? e.CHAT_MODEL;
          if (!model) throw new ConfigError('No model name for the OpenAI-compatible server', { hint: 'Set OPENAI_MODEL or pass --model.' });
          chat = new OpenAICompatibleChatModel({ baseUrl: e.OPENAI_BASE_URL, apiKey: e.OPENAI_API_KEY, model, timeoutMs: e.MODEL_TIMEOUT_MS, maxTokens: opts.maxTokens, temperature: opts.temperature });
        } else {
          const ref = await findChatModel(e, opts.model);
          if (!ref) throw new ModelUnavailableError('No chat model is installed.', { hint: HOW_TO_GET_A_CHAT_MODEL });
          router = createModelRouter(e, silentLogger, { defaultModel: opts.lora ? `${ref}+${opts.lora}` : ref, sequences: 1 });
          chat = await router.chatModel('answer', { maxTokens: opts.maxTokens, temperature: opts.temperature });
        }
        started = performance.now(); // time to first token excludes loading the model
        for await (const chunk of await chat.stream(messages)) {
          const text = typeof chunk.content === 'string' ? chunk.content : '';
          if (text) {
            firstTokenMs ??= performance.now() - started;
            process.stdout.write(text);
          }
          if (chunk.usage_metadata) tokens = chunk.usage_metadata.output_tokens;
        }
      } finally {
        await router?.dispose();
      }
      process.stdout.write('\n');
      const seconds = (performance.now() - started - (firstTokenMs ?? 0)) / 1000;
      const stats = [
        `${tokens ?? '?'} tokens`,
        `first token ${firstTokenMs === undefined ? '-' : `${Math.round(firstTokenMs)} ms`}`,
        tokens && seconds > 0 ? `${(tokens / seconds).toFixed(1)} tokens/s` : '',
      ].filter(Boolean);
      console.error(pc.dim(stats.join(' · ')));
    });
}
