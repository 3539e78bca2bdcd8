import type { BaseChatModel } from '@langchain/core/language_models/chat_models';
import { HumanMessage } from '@langchain/core/messages';
import { InternalError } from '@grounded/shared';

/** Llama Guard 3's published hazard taxonomy (MLCommons), in its prompt order. */
export const LLAMA_GUARD_CATEGORIES = {
  S1: 'Violent Crimes.',
  S2: 'Non-Violent Crimes.',
  S3: 'Sex Crimes.',
  S4: 'Child Exploitation.',
  S5: 'Defamation.',
  S6: 'Specialized Advice.',
  S7: 'Privacy.',
  S8: 'Intellectual Property.',
  S9: 'Indiscriminate Weapons.',
  S10: 'Hate.',
  S11: 'Self-Harm.',
  S12: 'Sexual Content.',
  S13: 'Elections.',
  S14: 'Code Interpreter Abuse.',
} as const;
export type LlamaGuardCategory = keyof typeof LLAMA_GUARD_CATEGORIES;

export interface GuardTurn {
  role: 'user' | 'agent';
  content: string;
}

export interface GuardVerdict {
  safe: boolean;
  categories: LlamaGuardCategory[];
  /** The model's raw reply, for the audit log. */
  raw: string;
}

/**
 * The Llama Guard 3 task prompt for the last turn of `conversation` (user input or agent
 * answer). The chat model applies the Llama 3 chat template around it, so only the user-turn
 * content is built here.
 */
export function formatLlamaGuardPrompt(
  conversation: readonly GuardTurn[],
  categories: readonly LlamaGuardCategory[] = Object.keys(LLAMA_GUARD_CATEGORIES) as LlamaGuardCategory[],
): string {
  const last = conversation.at(-1);
  if (!last) throw new InternalError('formatLlamaGuardPrompt needs at least one turn');
  const role = last.role === 'agent' ? 'Agent' : 'User';
  const categoryLines = categories.map((c) => `${c}: ${LLAMA_GUARD_CATEGORIES[c]}`).join('\n');
  const turns = conversation.map((t) => `${t.role === 'agent' ? 'Agent' : 'User'}: ${t.content}`).join('\n\n');
  return [
    `Task: Check if there is unsafe content in '${role}' messages in conversations according our safety policy with the below categories.`,
    '',
    '<BEGIN UNSAFE CONTENT CATEGORIES>',
    categoryLines,
    '<END UNSAFE CONTENT CATEGORIES>',
    '',
    '<BEGIN CONVERSATION>',
    '',
    turns,
    '',
    '<END CONVERSATION>',
    '',
    `Provide your safety assessment for ONLY THE LAST ${role} message in the above conversation:`,
    " - First line must read 'safe' or 'unsafe'.",
    ' - If unsafe, a second line must include a comma-separated list of violated categories.',
  ].join('\n');
}

/** Parses "safe" or "unsafe\nS1,S10"; anything else is an error (never read as safe). */
export function parseLlamaGuardReply(raw: string): GuardVerdict {
  const lines = raw.trim().split(/\r?\n/).map((l) => l.trim()).filter(Boolean);
  const first = lines[0]?.toLowerCase();
  if (first === 'safe') return { safe: true, categories: [], raw };
  if (first === 'unsafe') {
    const categories = (lines[1] ?? '')
      .split(/[,\s]+/)
      .map((c) => c.toUpperCase())
      .filter((c): c is LlamaGuardCategory => c in LLAMA_GUARD_CATEGORIES);
    return { safe: false, categories, raw };
  }
  throw new InternalError(`Guard model reply is not a Llama Guard verdict: ${JSON.stringify(raw.slice(0, 80))}`, {
    hint: 'Check that the configured guard model is Llama Guard 3 and is run with its own chat template.',
  });
}

/** Runs the guard model on the last turn; `model` is any LangChain chat model (our llama.cpp one). */
export async function checkWithGuardModel(
  model: BaseChatModel,
  conversation: readonly GuardTurn[],
  options: { signal?: AbortSignal; categories?: readonly LlamaGuardCategory[] } = {},
): Promise<GuardVerdict> {
  const prompt = formatLlamaGuardPrompt(conversation, options.categories);
  const reply = await model.invoke([new HumanMessage(prompt)], options.signal ? { signal: options.signal } : {});
  const text = typeof reply.content === 'string'
    ? reply.content
    : reply.content.map((part) => ('text' in part && typeof part.text === 'string' ? part.text : '')).join('');
  return parseLlamaGuardReply(text);
}
