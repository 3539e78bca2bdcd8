import { detectPii, type DetectPiiOptions } from './detect-pii';
import type { PiiMapping, PiiSpan, PiiType } from './pii-types';

/** Placeholder label per type: `[EMAIL_1]`, `[PHONE_NUMBER_2]`, ... */
export const PII_PLACEHOLDER_LABELS: Record<PiiType, string> = {
  EMAIL_ADDRESS: 'EMAIL',
  PHONE_NUMBER: 'PHONE_NUMBER',
  CREDIT_CARD: 'CREDIT_CARD',
  IBAN_CODE: 'IBAN',
  US_SSN: 'US_SSN',
  IP_ADDRESS: 'IP_ADDRESS',
};

export interface RedactPiiOptions extends DetectPiiOptions {
  /**
   * A mapping from earlier turns of the same conversation: known values keep their placeholder
   * and numbering continues. It is not modified; the result holds the extended copy.
   */
  mapping?: PiiMapping;
}

export interface RedactPiiResult {
  text: string;
  spans: PiiSpan[];
  /** Placeholder -> original value (the first spelling seen). */
  mapping: PiiMapping;
}

/** The value as compared for "same value": case and formatting do not make a new entity. */
export function normalisePiiValue(type: PiiType, value: string): string {
  if (type === 'EMAIL_ADDRESS') return value.toLowerCase();
  if (type === 'IP_ADDRESS') return canonicalIp(value);
  if (type === 'PHONE_NUMBER') return value.replace(/\D/g, '').replace(/^00/, '').replace(/^0/, '');
  return value.replace(/[\s-]/g, '').toUpperCase();
}

/**
 * IPv6 in its RFC 5952 form (what the WHATWG URL parser prints), so "2001:0DB8:0:0:0:0:0:1" and
 * "2001:db8::1" are one address. IPv4 is already canonical: the detector rejects leading zeros.
 */
function canonicalIp(value: string): string {
  const lower = value.toLowerCase();
  const zoneAt = lower.indexOf('%');
  const address = zoneAt < 0 ? lower : lower.slice(0, zoneAt);
  if (!address.includes(':')) return lower;
  try {
    return new URL(`http://[${address}]/`).hostname.slice(1, -1) + (zoneAt < 0 ? '' : lower.slice(zoneAt));
  } catch {
    // Not parseable as IPv6 (the detector validates, so only for hand-made values): compare as typed.
    return lower;
  }
}

/** The PII type a placeholder such as `[EMAIL_1]` stands for; undefined for anything else. */
export function typeOfPlaceholder(placeholder: string): PiiType | undefined {
  const label = /^\[([A-Z_]+)_\d+\]$/.exec(placeholder)?.[1];
  return (Object.keys(PII_PLACEHOLDER_LABELS) as PiiType[]).find((t) => PII_PLACEHOLDER_LABELS[t] === label);
}

/** Replaces each PII value with a typed, numbered placeholder; the same value gets the same one. */
export function redactPii(text: string, options: RedactPiiOptions = {}): RedactPiiResult {
  const mapping: PiiMapping = { ...(options.mapping ?? {}) };
  const known = new Map<string, string>();
  const counters = new Map<string, number>();
  for (const [placeholder, original] of Object.entries(mapping)) {
    const type = typeOfPlaceholder(placeholder);
    if (!type) continue;
    known.set(`${type}:${normalisePiiValue(type, original)}`, placeholder);
    const n = Number(/_(\d+)\]$/.exec(placeholder)?.[1] ?? 0);
    const label = PII_PLACEHOLDER_LABELS[type];
    counters.set(label, Math.max(counters.get(label) ?? 0, n));
  }
  const spans = detectPii(text, options);
  let out = '';
  let cursor = 0;
  for (const span of spans) {
    const key = `${span.type}:${normalisePiiValue(span.type, span.value)}`;
    let placeholder = known.get(key);
    if (!placeholder) {
      const label = PII_PLACEHOLDER_LABELS[span.type];
      const n = (counters.get(label) ?? 0) + 1;
      counters.set(label, n);
      placeholder = `[${label}_${n}]`;
      known.set(key, placeholder);
      mapping[placeholder] = span.value;
    }
    out += text.slice(cursor, span.start) + placeholder;
    cursor = span.end;
  }
  out += text.slice(cursor);
  return { text: out, spans, mapping };
}

/** Puts the original values back (for an authorised agent); unknown placeholders stay as they are. */
export function restorePii(text: string, mapping: PiiMapping): string {
  return text.replace(/\[[A-Z_]+_\d+\]/g, (placeholder) => mapping[placeholder] ?? placeholder);
}
