import type { PiiSpan } from './pii-types';

// Dashed or spaced (3-2-4, same separator twice), or a bare run of 9 digits.
const GROUPED = /(?<![\d-])(\d{3})([- ])(\d{2})\2(\d{4})(?![\d]|-\d)/g;
const BARE = /(?<![\d-])(\d{3})(\d{2})(\d{4})(?![\d]|-\d)/g;
// A bare 9-digit number is only an SSN when the text says so just before it.
const SSN_CONTEXT = /(?:ssn|social\s+security(?:\s+(?:number|no\.?|#))?|seguro\s+social|sozialversicherungs\w*|s[ée]curit[ée]\s+sociale|tax\s*id|itin)\W{0,20}$/i;

/** SSA rules: area 001-899 except 666, group 01-99, serial 0001-9999. */
function validSsn(area: string, group: string, serial: string): boolean {
  const a = Number(area);
  if (a === 0 || a === 666 || a >= 900) return false;
  if (group === '00' || serial === '0000') return false;
  // Numbers the SSA voided after they were published in ads.
  return !['078051120', '219099999'].includes(area + group + serial);
}

export function findSsns(text: string): PiiSpan[] {
  const spans: PiiSpan[] = [];
  for (const m of text.matchAll(GROUPED)) {
    if (!validSsn(m[1] ?? '', m[3] ?? '', m[4] ?? '')) continue;
    spans.push({ type: 'US_SSN', start: m.index, end: m.index + m[0].length, value: m[0] });
  }
  for (const m of text.matchAll(BARE)) {
    if (!validSsn(m[1] ?? '', m[2] ?? '', m[3] ?? '')) continue;
    if (!SSN_CONTEXT.test(text.slice(Math.max(0, m.index - 48), m.index))) continue;
    spans.push({ type: 'US_SSN', start: m.index, end: m.index + m[0].length, value: m[0] });
  }
  return spans;
}
