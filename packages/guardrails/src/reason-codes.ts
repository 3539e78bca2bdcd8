/**
 * Stable reason codes of every guardrail decision. Analytics and audit logs key on these strings,
 * so they never change meaning; new checks add new codes.
 */
export const REASON_CODES = {
  PII_EMAIL: 'pii.email',
  PII_PHONE: 'pii.phone',
  PII_CREDIT_CARD: 'pii.credit_card',
  PII_IBAN: 'pii.iban',
  PII_US_SSN: 'pii.us_ssn',
  PII_IP_ADDRESS: 'pii.ip_address',

  INJECTION_DIRECT: 'injection.direct',
  INJECTION_INDIRECT: 'injection.indirect',
  INJECTION_OVERRIDE: 'injection.override',
  INJECTION_ROLE_HIJACK: 'injection.role_hijack',
  INJECTION_PROMPT_EXTRACTION: 'injection.prompt_extraction',
  INJECTION_JAILBREAK: 'injection.jailbreak',
  INJECTION_DELIMITER: 'injection.delimiter',
  INJECTION_ENCODED: 'injection.encoded',
  INJECTION_HIDDEN_TEXT: 'injection.hidden_text',
  INJECTION_ADDRESSED_AI: 'injection.addressed_ai',
  INJECTION_NEW_TASK: 'injection.new_task',
  INJECTION_OUTPUT_MANIPULATION: 'injection.output_manipulation',
  INJECTION_EXFILTRATION: 'injection.exfiltration',
  INJECTION_OBFUSCATION: 'injection.obfuscation',
  INJECTION_MODEL_UNSAFE: 'injection.model_unsafe',
  /** The guard model failed or answered outside its format: never read as "safe". */
  INJECTION_MODEL_ERROR: 'injection.model_error',
  /** The learned classifier flagged the text (see injection-model.json). */
  INJECTION_CLASSIFIER: 'injection.classifier',

  POLICY_BLOCKED_TOPIC: 'policy.blocked_topic',
  POLICY_TOO_LONG: 'policy.too_long',
  POLICY_LANGUAGE: 'policy.language_not_allowed',

  ESCALATION_LEGAL: 'escalation.legal',
  ESCALATION_CHARGEBACK: 'escalation.chargeback',
  ESCALATION_SAFETY: 'escalation.safety',
  ESCALATION_HUMAN: 'escalation.human',
  ESCALATION_CUSTOM: 'escalation.custom',

  GROUNDING_UNSUPPORTED_SENTENCE: 'grounding.unsupported_sentence',
  GROUNDING_UNKNOWN_CITATION: 'grounding.unknown_citation',
  GROUNDING_FALLBACK: 'grounding.fallback',

  OUTPUT_CANARY_LEAK: 'output.canary_leak',
  OUTPUT_SYSTEM_PROMPT_LEAK: 'output.system_prompt_leak',
  OUTPUT_PII: 'output.pii',
  OUTPUT_MODEL_UNSAFE: 'output.model_unsafe',
  /** The guard model failed on the answer or replied outside its format: never read as "safe". */
  OUTPUT_MODEL_ERROR: 'output.model_error',
} as const;

export type ReasonCode = (typeof REASON_CODES)[keyof typeof REASON_CODES];
