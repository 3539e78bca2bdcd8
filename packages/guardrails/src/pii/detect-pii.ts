import type { CountryCode } from 'libphonenumber-js';
import { findCreditCards } from './find-credit-cards';
import { findEmails } from './find-emails';
import { findIbans } from './find-ibans';
import { findIpAddresses } from './find-ip-addresses';
import { findPhoneNumbers, DEFAULT_PHONE_REGIONS } from './find-phone-numbers';
import { findSsns } from './find-ssns';
import { PII_TYPES, type PiiSpan, type PiiType } from './pii-types';

export interface DetectPiiOptions {
  /** Types to look for. @default all of `PII_TYPES` */
  types?: readonly PiiType[];
  /** Regions tried for phone numbers without a country code. @default US, GB, DE, ES, FR */
  phoneRegions?: readonly CountryCode[];
}

// When two findings overlap, the stricter detector (checksummed types) wins over the looser one.
const PRIORITY: Record<PiiType, number> = {
  IBAN_CODE: 6, CREDIT_CARD: 5, EMAIL_ADDRESS: 5, US_SSN: 4, IP_ADDRESS: 3, PHONE_NUMBER: 2,
};

/** Finds PII in `text`, sorted by position, without overlapping spans. */
export function detectPii(text: string, options: DetectPiiOptions = {}): PiiSpan[] {
  const types = new Set(options.types ?? PII_TYPES);
  const found: PiiSpan[] = [];
  if (types.has('EMAIL_ADDRESS')) found.push(...findEmails(text));
  if (types.has('IBAN_CODE')) found.push(...findIbans(text));
  if (types.has('CREDIT_CARD')) found.push(...findCreditCards(text));
  if (types.has('US_SSN')) found.push(...findSsns(text));
  if (types.has('IP_ADDRESS')) found.push(...findIpAddresses(text));
  if (types.has('PHONE_NUMBER')) found.push(...findPhoneNumbers(text, options.phoneRegions ?? DEFAULT_PHONE_REGIONS));
  found.sort((a, b) => PRIORITY[b.type] - PRIORITY[a.type] || b.end - b.start - (a.end - a.start));
  const kept: PiiSpan[] = [];
  for (const span of found) {
    if (kept.some((k) => span.start < k.end && k.start < span.end)) continue;
    kept.push(span);
  }
  return kept.sort((a, b) => a.start - b.start);
}
