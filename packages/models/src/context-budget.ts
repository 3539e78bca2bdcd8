/**
 * Fits a prompt into the context window. Tokens are counted with the model's own tokenizer on the
 * fully rendered prompt (template tokens included), so the result can never overflow.
 *
 * Policy, in order, while the prompt stays within `contextSize - replyTokens`:
 * 1. the system prompt and the latest user turn are always kept (if they alone do not fit,
 *    `TooLargeError`);
 * 2. retrieved passages in rank order; the first one that does not fit whole is truncated to the
 *    space left (if at least `minPassageTokens` remain) and later passages are dropped;
 * 3. earlier conversation turns, newest first, in user+assistant pairs.
 * Everything left out is reported in `dropped`.
 */
import { TooLargeError } from '@grounded/shared';
import type { TemplateMessage } from './model-template-chat-wrapper';

export interface BudgetPassage {
  id: string;
  text: string;
}

export interface ContextBudgetInput {
  system: string;
  /** Earlier turns, oldest first, without the latest user turn. */
  history: TemplateMessage[];
  /** The latest user turn. */
  question: string;
  /** Retrieved passages, best first. */
  passages: BudgetPassage[];
}

export interface ContextBudgetOptions {
  contextSize: number;
  /** Tokens kept free for the reply. */
  replyTokens: number;
  /** Tokens of the rendered prompt (use `LoadedModel.countPromptTokens`). */
  countPromptTokens: (messages: TemplateMessage[]) => number;
  /** How passages join the system prompt. @default numbered blocks after the system text */
  formatSystem?: (system: string, passages: BudgetPassage[]) => string;
  /** @default 32 */
  minPassageTokens?: number;
}

export interface ContextBudgetResult {
  messages: TemplateMessage[];
  /** Passages included (the last may be truncated). */
  passages: BudgetPassage[];
  promptTokens: number;
  budgetTokens: number;
  dropped: {
    passageIds: string[];
    /** Id of the passage that was cut short, if any. */
    truncatedPassageId: string | undefined;
    /** Earlier turns left out (count of messages). */
    historyMessages: number;
  };
}

export function defaultFormatSystem(system: string, passages: BudgetPassage[]): string {
  if (passages.length === 0) return system;
  return `${system}\n\n${passages.map((p, i) => `[${i + 1}] ${p.text}`).join('\n\n')}`;
}

export function fitContext(input: ContextBudgetInput, options: ContextBudgetOptions): ContextBudgetResult {
  const budgetTokens = options.contextSize - options.replyTokens;
  const format = options.formatSystem ?? defaultFormatSystem;
  const minPassage = options.minPassageTokens ?? 32;
  const build = (passages: BudgetPassage[], history: TemplateMessage[]): TemplateMessage[] => [
    { role: 'system', content: format(input.system, passages) },
    ...history,
    { role: 'user', content: input.question },
  ];
  const fits = (passages: BudgetPassage[], history: TemplateMessage[]) => options.countPromptTokens(build(passages, history)) <= budgetTokens;

  if (!fits([], [])) {
    throw new TooLargeError('The system prompt and question alone do not fit in the context window', {
      hint: 'Shorten the question, or use a larger context size.',
      details: { budgetTokens, replyTokens: options.replyTokens },
    });
  }

  const kept: BudgetPassage[] = [];
  let truncatedPassageId: string | undefined;
  for (const passage of input.passages) {
    if (fits([...kept, passage], [])) {
      kept.push(passage);
      continue;
    }
    const truncated = truncateToFit(passage, (p) => fits([...kept, p], []));
    if (truncated && options.countPromptTokens(build([...kept, truncated], [])) - options.countPromptTokens(build(kept, [])) >= minPassage) {
      kept.push(truncated);
      truncatedPassageId = passage.id;
    }
    break;
  }
  // `kept` holds a truncated passage in its own slot, so everything after it was dropped.
  const droppedPassages = input.passages.slice(kept.length).map((p) => p.id);

  // History newest first, whole user+assistant exchanges so turns keep alternating.
  let history: TemplateMessage[] = [];
  const turns = input.history;
  let start = turns.length;
  while (start > 0) {
    let from = start - 1;
    if (turns[from]?.role === 'assistant' && from > 0 && turns[from - 1]?.role === 'user') from--;
    const candidate = turns.slice(from);
    if (!fits(kept, candidate)) break;
    history = candidate;
    start = from;
  }

  const messages = build(kept, history);
  const promptTokens = options.countPromptTokens(messages);
  return {
    messages,
    passages: kept,
    promptTokens,
    budgetTokens,
    dropped: {
      passageIds: droppedPassages,
      truncatedPassageId,
      historyMessages: turns.length - history.length,
    },
  };
}

/** The longest word-boundary prefix of the passage (with an ellipsis) that still fits. */
function truncateToFit(passage: BudgetPassage, fits: (p: BudgetPassage) => boolean): BudgetPassage | undefined {
  const words = passage.text.split(/(?<=\s)/);
  let lo = 0;
  let hi = words.length - 1;
  let best: BudgetPassage | undefined;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const candidate = { id: passage.id, text: `${words.slice(0, mid + 1).join('').trimEnd()} …` };
    if (fits(candidate)) {
      best = candidate;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return best;
}
