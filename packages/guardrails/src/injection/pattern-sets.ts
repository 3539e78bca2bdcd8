/** Which heuristic patterns run on which texts (`scoreInjection` reads them from here). */
import type { InjectionPattern } from './injection-pattern';
import { ENGLISH_PATTERNS } from './patterns-en';
import { SPANISH_PATTERNS } from './patterns-es';
import { GERMAN_PATTERNS } from './patterns-de';
import { FRENCH_PATTERNS } from './patterns-fr';
import { UNIVERSAL_PATTERNS } from './patterns-universal';
import { GENERIC_PATTERNS } from './patterns-generic';
import { DIRECTIVE_PATTERNS } from './patterns-directives';
import { RECONFIGURE_PATTERNS } from './patterns-reconfigure';
import { AI_VOCATIVE_IN_MESSAGES, AI_VOCATIVE_PATTERNS } from './patterns-ai-vocative';
import { CASUAL_PATTERNS } from './patterns-casual';
import { CLAIMED_AUTHORITY_PATTERNS } from './patterns-claimed-authority';

/** The heuristic features for any text, all languages at once (a message may mix them). */
export const INJECTION_PATTERNS: readonly InjectionPattern[] = [
  ...UNIVERSAL_PATTERNS,
  ...ENGLISH_PATTERNS,
  ...SPANISH_PATTERNS,
  ...GERMAN_PATTERNS,
  ...FRENCH_PATTERNS,
  ...GENERIC_PATTERNS,
  ...DIRECTIVE_PATTERNS,
  ...RECONFIGURE_PATTERNS,
  ...CASUAL_PATTERNS,
];
/**
 * Features weighed by source: claims of authority count only in a customer's own message
 * (CLAIMED_AUTHORITY_PATTERNS); the assistant addressed with an everyday verb counts in full in a
 * document and weakly in a message (AI_VOCATIVE_PATTERNS).
 */
export const MESSAGE_ONLY_PATTERNS: readonly InjectionPattern[] = [...CLAIMED_AUTHORITY_PATTERNS, ...AI_VOCATIVE_IN_MESSAGES];
export const DOCUMENT_ONLY_PATTERNS: readonly InjectionPattern[] = AI_VOCATIVE_PATTERNS;
const DOCUMENT_PATTERNS = [...INJECTION_PATTERNS, ...DOCUMENT_ONLY_PATTERNS];
const MESSAGE_PATTERNS = [...INJECTION_PATTERNS, ...MESSAGE_ONLY_PATTERNS];

/** Where a text comes from: a customer's own message, or a document / retrieved passage. */
export type TextSource = 'message' | 'document';

/** Every pattern that runs on a text from `source`. */
export function patternsFor(source: TextSource): readonly InjectionPattern[] {
  return source === 'message' ? MESSAGE_PATTERNS : DOCUMENT_PATTERNS;
}

