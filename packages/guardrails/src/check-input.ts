import type { BaseChatModel } from '@langchain/core/language_models/chat_models';
import type { Audience, Logger } from '@grounded/shared';
import { silentLogger } from '@grounded/shared';
import { strongerAction, type GuardrailAction, type GuardrailDecision, type GuardrailReason } from './decision';
import { detectLanguage } from './detect-language';
import { checkWithGuardModel } from './injection/llama-guard';
import { scanDocumentChunk } from './injection/scan-document-chunk';
import { PII_REASON_CODES } from './pii/pii-reason-codes';
import type { PiiMapping } from './pii/pii-types';
import { redactPii } from './pii/redact-pii';
import { checkPolicy } from './policy/check-policy';
import { DEFAULT_POLICY } from './policy/default-policy';
import type { Policy } from './policy/policy-schema';
import { REASON_CODES } from './reason-codes';

export interface CheckInputOptions {
  /** @default DEFAULT_POLICY */
  policy?: Policy;
  /** @default 'public' */
  audience?: Audience;
  /** ISO 639-1 code when the caller knows it; otherwise guessed (en/es/de/fr). */
  language?: string;
  /** PII mapping of earlier turns, so a repeated value keeps its placeholder. */
  piiMapping?: PiiMapping;
  /** Llama Guard 3 (or compatible) chat model; the model check runs only when given. */
  guardModel?: BaseChatModel;
  signal?: AbortSignal;
  logger?: Logger;
}

/** Decides what to do with a customer (or agent) message before it reaches the model. */
export async function checkInput(message: string, options: CheckInputOptions = {}): Promise<GuardrailDecision> {
  const policy = options.policy ?? DEFAULT_POLICY;
  const audience = options.audience ?? 'public';
  const rules = policy.audiences[audience];
  const logger = options.logger ?? silentLogger;
  const reasons: GuardrailReason[] = [];
  const scores: Record<string, number> = {};
  let action: GuardrailAction = 'allow';
  const raise = (next: GuardrailAction, reason: GuardrailReason): void => {
    action = strongerAction(action, next);
    reasons.push(reason);
  };

  const maxLength = rules.maxInputLength ?? policy.maxInputLength;
  if (message.length > maxLength) {
    // Refused before anything else looks at it: scanning, redacting or sending a huge text to the
    // guard model costs time and money for a message that is refused anyway. The text is left
    // empty because it was never redacted, and raw PII must not reach logs through the decision.
    logger.debug({ action: 'refuse', codes: [REASON_CODES.POLICY_TOO_LONG], length: message.length }, 'guardrails: input checked');
    return {
      action: 'refuse',
      reasons: [{ code: REASON_CODES.POLICY_TOO_LONG, message: `message has ${message.length} characters; the limit is ${maxLength}; nothing else was checked` }],
      scores: {},
      text: '',
    };
  }
  const language = options.language ?? detectLanguage(message);
  if (language && policy.allowedLanguages.length > 0 && !policy.allowedLanguages.includes(language)) {
    raise('refuse', { code: REASON_CODES.POLICY_LANGUAGE, message: `language "${language}" is not in allowedLanguages` });
  }

  // Pasted HTML or Markdown can hide instructions too, so the document scan runs on input as well.
  const injection = scanDocumentChunk(message, { threshold: rules.injectionThreshold, source: 'message' });
  scores.injection = injection.score;
  if (injection.flagged) {
    raise('refuse', { code: REASON_CODES.INJECTION_DIRECT, message: 'message tries to change or extract the assistant\'s instructions', score: injection.score });
    for (const f of injection.features) reasons.push({ code: f.code, message: f.matched.join(', '), score: f.score });
  }

  const policyCheck = checkPolicy(message, policy, audience, language);
  for (const r of policyCheck.blocked) raise('refuse', r);
  if (rules.escalate) for (const r of policyCheck.escalations) raise('escalate', r);

  let text = message;
  let pii: PiiMapping | undefined;
  if (rules.pii !== 'allow') {
    const redaction = redactPii(message, options.piiMapping ? { mapping: options.piiMapping } : {});
    if (redaction.spans.length > 0) {
      text = redaction.text;
      pii = redaction.mapping;
      const types = [...new Set(redaction.spans.map((s) => s.type))];
      for (const type of types) {
        raise(rules.pii === 'refuse' ? 'refuse' : 'redact', { code: PII_REASON_CODES[type], message: `${type} redacted` });
      }
    }
  }

  if (options.guardModel) {
    try {
      const verdict = await checkWithGuardModel(options.guardModel, [{ role: 'user', content: text }], options.signal ? { signal: options.signal } : {});
      scores.guard_model = verdict.safe ? 0 : 1;
      if (!verdict.safe) {
        raise('refuse', { code: REASON_CODES.INJECTION_MODEL_UNSAFE, message: `guard model: unsafe (${verdict.categories.join(',') || 'no category'})`, score: 1 });
      }
    } catch (error) {
      if (options.signal?.aborted) throw error;
      // A broken or unreadable guard must not silently pass the message, nor end the
      // conversation: a human looks at it instead.
      logger.error({ err: error }, 'guardrails: guard model failed');
      raise('escalate', { code: REASON_CODES.INJECTION_MODEL_ERROR, message: `guard model failed: ${error instanceof Error ? error.message : String(error)}` });
    }
  }
  logger.debug({ action, codes: reasons.map((r) => r.code), injection: injection.score }, 'guardrails: input checked');
  return { action, reasons, scores, text, ...(pii ? { pii } : {}) };
}
