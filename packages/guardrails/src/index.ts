export { REASON_CODES, type ReasonCode } from './reason-codes';
export { strongerAction, type GuardrailAction, type GuardrailDecision, type GuardrailReason } from './decision';
export { checkInput, type CheckInputOptions } from './check-input';
export { checkOutput, type CheckOutputOptions } from './check-output';
export { buildAnswerPrompt, type AnswerPrompt, type AnswerPromptInput, type PromptMessage } from './answer-prompt';
export { detectLanguage, GUARD_LANGUAGES, type GuardLanguage } from './detect-language';

export { PII_TYPES, type PiiType, type PiiSpan, type PiiMapping } from './pii/pii-types';
export { detectPii, type DetectPiiOptions } from './pii/detect-pii';
export { redactPii, restorePii, normalisePiiValue, PII_PLACEHOLDER_LABELS, type RedactPiiOptions, type RedactPiiResult } from './pii/redact-pii';
export { PII_REASON_CODES } from './pii/pii-reason-codes';
export { luhnValid, ibanValid } from './pii/checksums';

export { scoreInjection, INJECTION_PATTERNS, DEFAULT_INJECTION_THRESHOLD, type InjectionScore, type InjectionFeature, type ScoreInjectionOptions, type TextSource } from './injection/score-injection';
export { normaliseForMatching } from './injection/normalise-for-matching';
export { detectInjection, classifierScoreOf, type DetectInjectionOptions, type InjectionDetection } from './injection/detect-injection';
export {
  loadBundledInjectionModel,
  parseInjectionModel,
  predictInjection,
  injectionModelFileSchema,
  type InjectionModel,
  type InjectionModelFile,
} from './injection/injection-model';
export { spotlight, type SpotlightPassage, type SpotlightOptions, type SpotlightResult } from './injection/spotlight';
export { createCanary, detectPromptLeak, type Canary, type PromptLeak, type PromptLeakOptions } from './injection/canary';
export { scanDocumentChunk, extractHiddenSegments, DOCUMENT_SCAN_THRESHOLD, type DocumentScan, type ScanDocumentOptions } from './injection/scan-document-chunk';
export { screenRetrievedPassages, type ScreenResult, type ScreenedPassage, type ScreenOptions } from './injection/screen-retrieved-passages';
export {
  LLAMA_GUARD_CATEGORIES,
  formatLlamaGuardPrompt,
  parseLlamaGuardReply,
  checkWithGuardModel,
  type LlamaGuardCategory,
  type GuardTurn,
  type GuardVerdict,
} from './injection/llama-guard';

export { policySchema, type Policy, type PolicyInput, type BlockedTopic, type EscalationTrigger, type EscalationCategory } from './policy/policy-schema';
export { loadPolicy, parsePolicy } from './policy/load-policy';
export { DEFAULT_POLICY } from './policy/default-policy';
export { BUILT_IN_ESCALATION_TRIGGERS } from './policy/escalation-triggers';
export { checkPolicy, type PolicyCheck } from './policy/check-policy';

export { checkGrounding, type GroundingOptions, type GroundingPassage, type GroundingResult, type SentenceVerdict } from './grounding/check-grounding';
export { splitSentences, type AnswerSentence } from './grounding/split-sentences';
export { FALLBACK_MESSAGES, BLOCKED_MESSAGES } from './grounding/fallback-messages';

export { evaluateInjection, injectionRowSchema, type InjectionEval, type InjectionRow, type EvaluateInjectionOptions } from './eval/evaluate-injection';
export { evaluatePii, piiRowSchema, type PiiEval, type PiiRow, type PiiTypeScore } from './eval/evaluate-pii';
export { readJsonl } from './eval/read-jsonl';
