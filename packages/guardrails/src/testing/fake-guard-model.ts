import { BaseChatModel, type BaseChatModelParams } from '@langchain/core/language_models/chat_models';
import { AIMessage, type BaseMessage } from '@langchain/core/messages';
import type { ChatResult } from '@langchain/core/outputs';

/**
 * FAKE guard model for tests: a real model download (Llama Guard 3) cannot exist in the test
 * environment, so this stands in for it. It replies with a fixed text (or one computed from the
 * prompt) and records the prompts it received, so tests can check our prompt format and parsing.
 */
export class FakeGuardModel extends BaseChatModel {
  readonly prompts: string[] = [];
  private readonly reply: string | ((prompt: string) => string);

  constructor(reply: string | ((prompt: string) => string), params: BaseChatModelParams = {}) {
    super(params);
    this.reply = reply;
  }

  _llmType(): string {
    return 'fake-guard';
  }

  async _generate(messages: BaseMessage[]): Promise<ChatResult> {
    const prompt = messages.map((m) => (typeof m.content === 'string' ? m.content : JSON.stringify(m.content))).join('\n');
    this.prompts.push(prompt);
    const text = typeof this.reply === 'function' ? this.reply(prompt) : this.reply;
    return { generations: [{ text, message: new AIMessage(text) }] };
  }
}
