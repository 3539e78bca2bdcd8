import type { Policy } from './policy-schema';
import { parsePolicy } from './load-policy';

/**
 * The built-in policy: four languages, 4,000 characters, built-in escalation triggers, PII
 * redacted for customers, and no blocked topics (those are business-specific).
 */
export const DEFAULT_POLICY: Policy = parsePolicy({}, 'default policy');
