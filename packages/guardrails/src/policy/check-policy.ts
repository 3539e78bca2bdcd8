import type { Audience } from '@grounded/shared';
import type { GuardrailReason } from '../decision';
import { foldText } from '../detect-language';
import { REASON_CODES } from '../reason-codes';
import { BUILT_IN_ESCALATION_TRIGGERS } from './escalation-triggers';
import type { EscalationCategory, Policy } from './policy-schema';

export interface PolicyCheck {
  blocked: GuardrailReason[];
  escalations: GuardrailReason[];
}

const ESCALATION_CODE: Record<EscalationCategory, string> = {
  legal: REASON_CODES.ESCALATION_LEGAL,
  chargeback: REASON_CODES.ESCALATION_CHARGEBACK,
  safety: REASON_CODES.ESCALATION_SAFETY,
  human: REASON_CODES.ESCALATION_HUMAN,
  custom: REASON_CODES.ESCALATION_CUSTOM,
};

const escapeRegExp = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const regexCache = new Map<string, RegExp>();
function compiled(source: string): RegExp {
  let re = regexCache.get(source);
  if (!re) {
    re = new RegExp(source, 'iu');
    regexCache.set(source, re);
  }
  return re;
}

/** Blocked topics and escalation triggers of `policy` that `message` hits for `audience`. */
export function checkPolicy(message: string, policy: Policy, audience: Audience, language?: string): PolicyCheck {
  const text = foldText(message);
  const blocked: GuardrailReason[] = [];
  for (const topic of policy.blockedTopics) {
    if (!topic.audiences.includes(audience)) continue;
    const phrases = Object.entries(topic.keywords)
      .filter(([lang]) => lang === '*' || !language || lang === language)
      .flatMap(([, list]) => list);
    const hit = phrases.find((p) => compiled(`(?<![\\p{L}\\p{N}])${escapeRegExp(foldText(p).trim())}(?![\\p{L}\\p{N}])`).test(text));
    if (hit) blocked.push({ code: REASON_CODES.POLICY_BLOCKED_TOPIC, message: `${topic.id}: ${topic.reason}` });
  }
  const escalations: GuardrailReason[] = [];
  const triggers = [...(policy.escalation.builtIn ? BUILT_IN_ESCALATION_TRIGGERS : []), ...policy.escalation.triggers];
  const seen = new Set<string>();
  for (const trigger of triggers) {
    const code = ESCALATION_CODE[trigger.category];
    if (seen.has(code) || !compiled(trigger.pattern).test(text)) continue;
    seen.add(code);
    escalations.push({ code, message: trigger.description ?? `escalation trigger: ${trigger.category}` });
  }
  return { blocked, escalations };
}
