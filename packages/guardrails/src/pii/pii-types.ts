/** PII entity types, spelled as Microsoft Presidio spells them. */
export const PII_TYPES = ['EMAIL_ADDRESS', 'PHONE_NUMBER', 'CREDIT_CARD', 'IBAN_CODE', 'US_SSN', 'IP_ADDRESS'] as const;
export type PiiType = (typeof PII_TYPES)[number];

/** One detected entity; `start`/`end` are UTF-16 offsets into the scanned text (end exclusive). */
export interface PiiSpan {
  type: PiiType;
  start: number;
  end: number;
  value: string;
}

/** Placeholder (`[EMAIL_1]`) -> original value. */
export type PiiMapping = Record<string, string>;
