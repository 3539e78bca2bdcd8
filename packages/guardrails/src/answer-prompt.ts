/**
 * The layered prompt for a grounded answer, built in one place: the retrieved passages are
 * screened again for hidden instructions (flagged ones never reach the model and are reported),
 * the rest are spotlighted as data under numbered labels the model cites as [1], [2], and the
 * system prompt carries a per-conversation canary. It returns the chat messages together with the
 * options `checkOutput` needs for this very prompt, so the canary, the system prompt and the set of
 * citable passages cannot drift apart between building the prompt and checking the answer.
 */
import { createCanary, type Canary } from './injection/canary';
import { screenRetrievedPassages, type ScreenedPassage, type ScreenOptions } from './injection/screen-retrieved-passages';
import { spotlight } from './injection/spotlight';
import type { GroundingPassage } from './grounding/check-grounding';

/** One chat turn, in the shape the model layer's chat wrappers take. */
export interface PromptMessage {
  role: 'system' | 'user' | 'assistant';
  content: string;
}

export interface AnswerPromptInput {
  /** The assistant's own instructions: persona, tone, company policy. */
  instructions: string;
  /** Passages retrieved for this turn, best first. */
  passages: readonly GroundingPassage[];
  /** The customer's message (as `checkInput` returned it, i.e. redacted). */
  question: string;
  /** Earlier turns of the conversation, oldest first. */
  history?: readonly (PromptMessage & { role: 'user' | 'assistant' })[];
  /** @default 'delimit' */
  spotlightMode?: 'delimit' | 'datamark';
  /** Options for the answer-time passage screen. */
  screen?: ScreenOptions;
  /** A canary to reuse for the whole conversation. @default a new one */
  canary?: Canary;
}

export interface AnswerPrompt {
  messages: PromptMessage[];
  /** Spread into `checkOutput`'s options for the answer generated from `messages`. */
  outputCheck: { canary: Canary; systemPrompt: string; retrievedPassages: GroundingPassage[] };
  /** Passages held back because they carry instructions, with the reasons. */
  dropped: ScreenedPassage<GroundingPassage>[];
}

const CITATION_RULE =
  'Answer only from the documents provided with the question. After each sentence, cite the document it ' +
  'comes from as [1], [2], and so on. If the documents do not answer the question, say so and offer to ' +
  'connect the customer with a human agent. Answer in the language of the question.';

const NO_DOCUMENTS = 'No document matched this question.';

export function buildAnswerPrompt(input: AnswerPromptInput): AnswerPrompt {
  const { kept, flagged } = screenRetrievedPassages(input.passages, { ...input.screen, mode: 'drop' });
  // Labels are positions in `kept`: checkGrounding resolves "[2]" to the second citable passage.
  const data = spotlight(kept.map((p, i) => ({ id: p.id, text: p.text, label: String(i + 1) })), { mode: input.spotlightMode ?? 'delimit' });
  const canary = input.canary ?? createCanary();
  const systemPrompt = `${input.instructions.trim()}\n\n${CITATION_RULE}`;
  const system = `${systemPrompt}\n\n${data.systemPromptLine}\n\n${canary.systemPromptLine}`;
  const user = `${kept.length > 0 ? data.text : NO_DOCUMENTS}\n\nCustomer question: ${input.question}`;
  return {
    messages: [{ role: 'system', content: system }, ...(input.history ?? []), { role: 'user', content: user }],
    outputCheck: { canary, systemPrompt, retrievedPassages: kept.map((p) => ({ id: p.id, text: p.text })) },
    dropped: flagged,
  };
}
