/**
 * LangChain messages -> the role/content turns chat templates take. Tool results and unknown
 * roles become user turns, since the supported templates only know system/user/assistant.
 */
import type { BaseMessage } from '@langchain/core/messages';
import type { TemplateMessage } from './model-template-chat-wrapper';

/** Plain text of a message, joining text parts of multi-part content. */
export function messageText(message: BaseMessage): string {
  const content = message.content;
  if (typeof content === 'string') return content;
  return content
    .map((part) => (typeof part === 'string' ? part : part.type === 'text' && typeof part.text === 'string' ? part.text : ''))
    .join('');
}

export function toTemplateMessages(messages: BaseMessage[]): TemplateMessage[] {
  return messages.map((m) => {
    const type = m.getType();
    const role = type === 'system' ? 'system' : type === 'ai' ? 'assistant' : 'user';
    return { role, content: messageText(m) };
  });
}
