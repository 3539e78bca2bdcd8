/**
 * A node-llama-cpp chat wrapper that renders the model's own Jinja chat template, so the prompt
 * is exactly what the published template produces (node-llama-cpp's generic Jinja wrapper
 * re-arranges templates such as Mistral v0.3's, which folds the system prompt into the LAST user
 * turn). Message contents stay plain text: a user typing `[INST]` gets no control tokens.
 */
import { Template } from '@huggingface/jinja';
import {
  ChatWrapper,
  LlamaText,
  SpecialToken,
  SpecialTokensText,
  type ChatHistoryItem,
  type ChatWrapperGenerateContextStateOptions,
  type ChatWrapperGeneratedContextState,
} from 'node-llama-cpp';

/** One chat turn as chat templates see it. */
export interface TemplateMessage {
  role: 'system' | 'user' | 'assistant';
  content: string;
}

export interface ModelTemplateChatWrapperOptions {
  template: string;
  bosToken: string;
  eosToken: string;
  /** Extra end-of-turn tokens (e.g. `<|eot_id|>`) that stop generation besides EOS. */
  stopTokens?: string[];
}

/** A piece of rendered prompt: template text may contain control tokens, content may not. */
export interface PromptSegment {
  kind: 'template' | 'content';
  text: string;
}

const END_OF_TURN_TOKENS = ['</s>', '<|eot_id|>', '<|eom_id|>', '<|end_of_text|>', '<|im_end|>', '<end_of_turn>'];

export class ModelTemplateChatWrapper extends ChatWrapper {
  readonly wrapperName = 'GroundedModelTemplate';
  private readonly template: Template;
  private readonly options: ModelTemplateChatWrapperOptions;
  /** node-llama-cpp asks for the same history's state several times per request; render once. */
  private lastState: { key: string; state: ChatWrapperGeneratedContextState } | undefined;

  constructor(options: ModelTemplateChatWrapperOptions) {
    super();
    this.options = options;
    this.template = new Template(options.template);
  }

  /** End-of-turn strings of a vocabulary that should stop generation. */
  static endOfTurnTokens(vocabulary: Iterable<string>): string[] {
    const present = new Set(vocabulary);
    return END_OF_TURN_TOKENS.filter((t) => present.has(t));
  }

  /** The exact prompt text the template renders for `messages`, ending with the generation prompt. */
  render(messages: TemplateMessage[]): string {
    return this.renderRaw(normaliseTurns(messages));
  }

  /** The rendered prompt split into template text and verbatim message contents. */
  renderSegments(messages: TemplateMessage[]): PromptSegment[] {
    const turns = normaliseTurns(messages);
    const exact = this.renderRaw(turns);
    const nonce = Math.random().toString(36).slice(2, 10);
    const marker = (i: number) => `@@grounded${nonce}m${i}@@`;
    const skeleton = this.renderRaw(turns.map((m, i) => ({ role: m.role, content: marker(i) })));
    const pieces = skeleton.split(new RegExp(`(@@grounded${nonce}m\\d+@@)`));
    const segments: PromptSegment[] = [];
    let pos = 0;
    for (let p = 0; p < pieces.length; p++) {
      const piece = pieces[p] ?? '';
      const match = /^@@grounded[a-z0-9]+m(\d+)@@$/.exec(piece);
      if (!match) {
        if (!exact.startsWith(piece, pos)) throw new Error('chat template output depends on message content');
        if (piece) segments.push({ kind: 'template', text: piece });
        pos += piece.length;
        continue;
      }
      const content = turns[Number(match[1])]?.content ?? '';
      const next = pieces[p + 1] ?? '';
      // Templates may trim contents (Mistral trims assistant turns): find the variant rendered.
      const variant = [content, content.trim(), content.trimEnd(), content.trimStart()].find(
        (v) => exact.startsWith(v, pos) && exact.startsWith(next, pos + v.length),
      );
      if (variant === undefined) throw new Error('chat template transforms message content');
      if (variant) segments.push({ kind: 'content', text: variant });
      pos += variant.length;
    }
    if (pos !== exact.length) throw new Error('chat template output could not be segmented');
    return segments;
  }

  override generateContextState({ chatHistory }: ChatWrapperGenerateContextStateOptions): ChatWrapperGeneratedContextState {
    const key = JSON.stringify(chatHistory);
    if (this.lastState?.key === key) return this.lastState.state;
    const state = this.renderState(chatHistory);
    this.lastState = { key, state };
    return state;
  }

  private renderState(chatHistory: readonly ChatHistoryItem[]): ChatWrapperGeneratedContextState {
    const { messages, pendingResponse } = historyToMessages(chatHistory);
    const segments = this.renderSegments(messages);
    const contextText = LlamaText([
      ...segments.map((s) => (s.kind === 'template' ? new SpecialTokensText(s.text) : s.text)),
      pendingResponse,
    ]);
    const stops = new Set([this.options.eosToken, ...(this.options.stopTokens ?? [])]);
    return {
      contextText,
      stopGenerationTriggers: [LlamaText(new SpecialToken('EOS')), ...[...stops].map((t) => LlamaText(new SpecialTokensText(t)))],
    };
  }

  private renderRaw(messages: TemplateMessage[]): string {
    return this.template.render({
      messages,
      bos_token: this.options.bosToken,
      eos_token: this.options.eosToken,
      add_generation_prompt: true,
    });
  }
}

/**
 * Joins adjacent turns of the same role (templates such as Mistral's reject them) and keeps a
 * single leading system message (later system messages join it).
 */
export function normaliseTurns(messages: TemplateMessage[]): TemplateMessage[] {
  const system = messages.filter((m) => m.role === 'system').map((m) => m.content);
  const out: TemplateMessage[] = system.length > 0 ? [{ role: 'system', content: system.join('\n\n') }] : [];
  for (const m of messages) {
    if (m.role === 'system') continue;
    const last = out[out.length - 1];
    if (last && last.role === m.role) last.content = `${last.content}\n\n${m.content}`;
    else out.push({ ...m });
  }
  return out;
}

function itemText(text: unknown): string {
  if (typeof text === 'string') return text;
  return LlamaText.fromJSON(text as Parameters<typeof LlamaText.fromJSON>[0]).toString();
}

/** node-llama-cpp history -> template messages; a trailing model turn is the response in progress. */
function historyToMessages(history: readonly ChatHistoryItem[]): { messages: TemplateMessage[]; pendingResponse: string } {
  const messages: TemplateMessage[] = [];
  let pendingResponse = '';
  history.forEach((item, index) => {
    if (item.type === 'system') messages.push({ role: 'system', content: itemText(item.text) });
    else if (item.type === 'user') messages.push({ role: 'user', content: item.text });
    else {
      const text = item.response.filter((r): r is string => typeof r === 'string').join('');
      if (index === history.length - 1) pendingResponse = text;
      else messages.push({ role: 'assistant', content: text });
    }
  });
  return { messages, pendingResponse };
}
