import type { BaseChatModel } from '@langchain/core/language_models/chat_models';
import type { Logger } from '@grounded/shared';
import { silentLogger } from '@grounded/shared';
import { strongerAction, type GuardrailAction, type GuardrailDecision, type GuardrailReason } from './decision';
import { detectLanguage, type GuardLanguage } from './detect-language';
import { checkGrounding, type GroundingPassage } from './grounding/check-grounding';
import { BLOCKED_MESSAGES } from './grounding/fallback-messages';
import { detectPromptLeak, type Canary } from './injection/canary';
import { checkWithGuardModel } from './injection/llama-guard';
import { detectPii } from './pii/detect-pii';
import type { PiiMapping, PiiType } from './pii/pii-types';
import { normalisePiiValue, redactPii, typeOfPlaceholder } from './pii/redact-pii';
import { REASON_CODES } from './reason-codes';

export interface CheckOutputOptions {
  /** The passages retrieved for this answer; citations may only point at these. */
  retrievedPassages: readonly GroundingPassage[];
  canary?: string | Canary;
  /** The instructions part of the system prompt, to catch verbatim leaks. */
  systemPrompt?: string;
  /** The customer's messages in this conversation (original text): PII they gave may be echoed. */
  customerMessages?: readonly string[];
  /** PII mapping from `checkInput` of this conversation: those values may be echoed too. */
  piiMapping?: PiiMapping;
  /** @see GroundingOptions */
  minSupport?: number;
  minKeptRatio?: number;
  requireCitations?: boolean;
  /** Language of fallback messages; detected from the answer when absent. */
  language?: GuardLanguage;
  guardModel?: BaseChatModel;
  signal?: AbortSignal;
  logger?: Logger;
}

/** Decides what the customer may see of a generated answer. */
export async function checkOutput(answer: string, options: CheckOutputOptions): Promise<GuardrailDecision> {
  const logger = options.logger ?? silentLogger;
  const language = options.language ?? detectLanguage(answer) ?? 'en';
  const reasons: GuardrailReason[] = [];
  const scores: Record<string, number> = {};

  const leak = detectPromptLeak(answer, {
    ...(options.canary ? { canary: options.canary } : {}),
    ...(options.systemPrompt ? { systemPrompt: options.systemPrompt } : {}),
  });
  if (leak.canary || leak.fragment) {
    if (leak.canary) reasons.push({ code: REASON_CODES.OUTPUT_CANARY_LEAK, message: 'answer contains the canary token' });
    if (leak.fragment) reasons.push({ code: REASON_CODES.OUTPUT_SYSTEM_PROMPT_LEAK, message: `answer repeats the system prompt: "${leak.fragment.slice(0, 80)}"` });
    logger.warn({ codes: reasons.map((r) => r.code) }, 'guardrails: answer blocked for prompt leak');
    return { action: 'refuse', reasons, scores: { leak: 1 }, text: BLOCKED_MESSAGES[language] };
  }

  const grounding = checkGrounding(answer, {
    retrievedPassages: options.retrievedPassages,
    language,
    ...(options.minSupport !== undefined ? { minSupport: options.minSupport } : {}),
    ...(options.minKeptRatio !== undefined ? { minKeptRatio: options.minKeptRatio } : {}),
    ...(options.requireCitations !== undefined ? { requireCitations: options.requireCitations } : {}),
  });
  scores.grounding = grounding.score;
  reasons.push(...grounding.reasons);
  let action: GuardrailAction = grounding.action;
  let text = grounding.text;
  let pii: PiiMapping | undefined;

  if (action !== 'refuse') {
    // The customer may see back what they told us; anything else personal is redacted. Values are
    // compared as `type:normalised` (digits of a phone number, lower-cased email, canonical IP...),
    // so "+34 612 345 678" typed by the customer and "+34612345678" in the answer are one value.
    const keyOf = (type: PiiType, value: string): string => `${type}:${normalisePiiValue(type, value)}`;
    const known = new Set<string>();
    for (const message of options.customerMessages ?? []) {
      for (const span of detectPii(message)) known.add(keyOf(span.type, span.value));
    }
    for (const [placeholder, value] of Object.entries(options.piiMapping ?? {})) {
      const type = typeOfPlaceholder(placeholder);
      if (type) known.add(keyOf(type, value));
    }
    // Numbering continues from the conversation's mapping, so a new value never gets a
    // placeholder that already stands for something else in the checkInput mapping.
    const redaction = redactPii(text, options.piiMapping ? { mapping: options.piiMapping } : {});
    const placeholders = new Map<string, string>();
    for (const [placeholder, value] of Object.entries(redaction.mapping)) {
      const type = typeOfPlaceholder(placeholder);
      if (type) placeholders.set(keyOf(type, value), placeholder);
    }
    const toHide = redaction.spans.filter((s) => !known.has(keyOf(s.type, s.value)));
    if (toHide.length > 0) {
      let out = '';
      let cursor = 0;
      pii = {};
      for (const span of redaction.spans) {
        const hide = toHide.includes(span);
        const placeholder = placeholders.get(keyOf(span.type, span.value)) ?? '[PII]';
        out += text.slice(cursor, span.start) + (hide ? placeholder : span.value);
        if (hide) pii[placeholder] ??= span.value;
        cursor = span.end;
      }
      text = out + text.slice(cursor);
      action = strongerAction(action, 'redact');
      for (const type of new Set(toHide.map((s) => s.type))) {
        reasons.push({ code: REASON_CODES.OUTPUT_PII, message: `${type} in the answer that the customer did not give` });
      }
    }
  }

  if (options.guardModel && action !== 'refuse') {
    try {
      const verdict = await checkWithGuardModel(options.guardModel, [{ role: 'agent', content: text }], options.signal ? { signal: options.signal } : {});
      scores.guard_model = verdict.safe ? 0 : 1;
      if (!verdict.safe) {
        reasons.push({ code: REASON_CODES.OUTPUT_MODEL_UNSAFE, message: `guard model: unsafe (${verdict.categories.join(',') || 'no category'})`, score: 1 });
        action = 'refuse';
        text = BLOCKED_MESSAGES[language];
      }
    } catch (error) {
      if (options.signal?.aborted) throw error;
      // Fail closed, as checkInput does: an answer the guard could not check is neither shown
      // nor silently dropped; a human looks at it, and the customer sees the hand-over message.
      logger.error({ err: error }, 'guardrails: guard model failed on the answer');
      reasons.push({ code: REASON_CODES.OUTPUT_MODEL_ERROR, message: `guard model failed: ${error instanceof Error ? error.message : String(error)}` });
      action = strongerAction(action, 'escalate');
      text = BLOCKED_MESSAGES[language];
    }
  }
  logger.debug({ action, codes: reasons.map((r) => r.code) }, 'guardrails: output checked');
  return { action, reasons, scores, text, ...(pii ? { pii } : {}) };
}
