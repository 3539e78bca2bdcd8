/** Which heuristic patterns run on which texts, at which weight (`scoreInjection` reads them from here). */
import type { InjectionPattern, TextSource } from './injection-pattern';
import { ENGLISH_PATTERNS } from './patterns-en';
import { SPANISH_PATTERNS } from './patterns-es';
import { GERMAN_PATTERNS } from './patterns-de';
import { FRENCH_PATTERNS } from './patterns-fr';
import { UNIVERSAL_PATTERNS } from './patterns-universal';
import { GENERIC_PATTERNS } from './patterns-generic';
import { DIRECTIVE_PATTERNS } from './patterns-directives';
import { RECONFIGURE_PATTERNS } from './patterns-reconfigure';
import { CASUAL_PATTERNS } from './patterns-casual';
import { CLAIMED_AUTHORITY_PATTERNS } from './patterns-claimed-authority';
import { HANDOFF_PATTERNS } from './patterns-handoff';
import { SOCIAL_ENGINEERING_PATTERNS } from './patterns-social-engineering';
import { PROMPT_REQUEST_PATTERNS } from './patterns-prompt-requests';
import { THIRD_PARTY_PATTERNS } from './patterns-third-party';
import { PRETEXT_PATTERNS } from './patterns-pretexts';
import { ACCOUNT_TAKEOVER_PATTERNS } from './patterns-account-takeover';

export type { TextSource } from './injection-pattern';

/** Every heuristic feature, all languages at once (a message may mix them); `sourceWeights` say where each runs. */
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
  ...CLAIMED_AUTHORITY_PATTERNS,
  ...HANDOFF_PATTERNS,
  ...SOCIAL_ENGINEERING_PATTERNS,
  ...PROMPT_REQUEST_PATTERNS,
  ...THIRD_PARTY_PATTERNS,
  ...PRETEXT_PATTERNS,
  ...ACCOUNT_TAKEOVER_PATTERNS,
];

/** The patterns for one source, each at its weight there; those weighted 0 there left out. Built once. */
function forSource(source: TextSource): readonly InjectionPattern[] {
  return INJECTION_PATTERNS.map((p) => ({ ...p, weight: p.sourceWeights?.[source] ?? p.weight })).filter((p) => p.weight > 0);
}
const BY_SOURCE: Record<TextSource, readonly InjectionPattern[]> = { message: forSource('message'), document: forSource('document') };

/** Every pattern that runs on a text from `source`, at its weight there. */
export function patternsFor(source: TextSource): readonly InjectionPattern[] {
  return BY_SOURCE[source];
}
