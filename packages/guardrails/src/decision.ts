import type { PiiMapping } from './pii/pii-types';

/** What the caller should do with a message or an answer. */
export type GuardrailAction = 'allow' | 'redact' | 'refuse' | 'escalate';

/** One reason behind a decision; `code` is one of `REASON_CODES` (stable, for analytics). */
export interface GuardrailReason {
  code: string;
  message: string;
  score?: number;
}

/** The result of `checkInput` / `checkOutput`: plain JSON, ready for an audit log. */
export interface GuardrailDecision {
  action: GuardrailAction;
  reasons: GuardrailReason[];
  /** Named scores in [0, 1] (e.g. `injection`, `grounding`). */
  scores: Record<string, number>;
  /** The transformed text: redacted, trimmed of unsupported sentences, or a fallback. */
  text: string;
  /** Placeholder -> original value, when PII was redacted. Keep it away from logs. */
  pii?: PiiMapping;
}

const SEVERITY: Record<GuardrailAction, number> = { allow: 0, redact: 1, escalate: 2, refuse: 3 };

/** The more severe of two actions: refuse > escalate > redact > allow. */
export function strongerAction(a: GuardrailAction, b: GuardrailAction): GuardrailAction {
  return SEVERITY[a] >= SEVERITY[b] ? a : b;
}
