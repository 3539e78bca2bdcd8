import { z } from 'zod';

const compiles = (source: string): boolean => {
  try {
    new RegExp(source, 'iu');
    return true;
  } catch {
    return false;
  }
};
const regexSource = z.string().min(1).refine(compiles, { message: 'not a valid regular expression' });

/** A topic the assistant must not discuss, with phrases per language (case-insensitive). */
export const blockedTopicSchema = z.strictObject({
  id: z.string().min(1),
  /** Shown in the decision's reason message and in analytics. */
  reason: z.string().min(1),
  /** Language code -> words or phrases; `*` applies to every language. */
  keywords: z.record(z.string(), z.array(z.string().min(1)).min(1)),
  /** Audiences the block applies to. @default ['public', 'internal'] */
  audiences: z.array(z.enum(['public', 'internal'])).min(1).default(['public', 'internal']),
});

export const escalationCategorySchema = z.enum(['legal', 'chargeback', 'safety', 'human', 'custom']);

export const escalationTriggerSchema = z.strictObject({
  category: escalationCategorySchema,
  /** A regular expression (case-insensitive, Unicode), matched against the message. */
  pattern: regexSource,
  description: z.string().optional(),
});

export const audienceRulesSchema = z.strictObject({
  /** Injection score at which input is refused. @default 0.5 */
  injectionThreshold: z.number().min(0).max(1).default(0.5),
  /** What to do with PII in customer input. @default 'redact' */
  pii: z.enum(['redact', 'allow', 'refuse']).default('redact'),
  /** Overrides the top-level `maxInputLength` for this audience. */
  maxInputLength: z.number().int().positive().optional(),
  /** Whether escalation triggers hand the conversation to a human. @default true */
  escalate: z.boolean().default(true),
});

/** The policy file, validated. Every field has a default, so `{}` is a valid policy. */
export const policySchema = z.strictObject({
  version: z.literal(1).default(1),
  /** ISO 639-1 codes the assistant answers in; empty means any. @default ['en','es','de','fr'] */
  allowedLanguages: z.array(z.string().min(2).max(8)).default(['en', 'es', 'de', 'fr']),
  /** Characters. @default 4000 */
  maxInputLength: z.number().int().positive().default(4000),
  blockedTopics: z.array(blockedTopicSchema).default([]),
  escalation: z
    .strictObject({
      /** Include the built-in multilingual triggers (legal, chargeback, safety, human). @default true */
      builtIn: z.boolean().default(true),
      triggers: z.array(escalationTriggerSchema).default([]),
    })
    .default({ builtIn: true, triggers: [] }),
  audiences: z
    .strictObject({
      public: audienceRulesSchema.default({ injectionThreshold: 0.5, pii: 'redact', escalate: true }),
      internal: audienceRulesSchema.default({ injectionThreshold: 0.5, pii: 'allow', escalate: true }),
    })
    .default({
      public: { injectionThreshold: 0.5, pii: 'redact', escalate: true },
      internal: { injectionThreshold: 0.5, pii: 'allow', escalate: true },
    }),
});

export type Policy = z.infer<typeof policySchema>;
export type PolicyInput = z.input<typeof policySchema>;
export type BlockedTopic = z.infer<typeof blockedTopicSchema>;
export type EscalationTrigger = z.infer<typeof escalationTriggerSchema>;
export type EscalationCategory = z.infer<typeof escalationCategorySchema>;
