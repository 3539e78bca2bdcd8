import { IBAN_LENGTHS, ibanValid } from './checksums';
import type { PiiSpan } from './pii-types';

// Country code, check digits, then the BBAN either compact or printed in groups of four.
const CANDIDATE = /(?<![A-Za-z0-9])([A-Za-z]{2})(\d{2})((?:[ ]?[A-Za-z0-9]){10,30})/g;

export function findIbans(text: string): PiiSpan[] {
  const spans: PiiSpan[] = [];
  for (const m of text.matchAll(CANDIDATE)) {
    const country = (m[1] ?? '').toUpperCase();
    const length = IBAN_LENGTHS[country];
    if (length === undefined) continue;
    // The greedy match may run into the next word; take exactly `length` alphanumerics.
    const raw = m[0];
    let count = 0;
    let end = 0;
    for (let i = 0; i < raw.length && count < length; i++) {
      if (raw[i] !== ' ') count++;
      end = i + 1;
    }
    if (count < length) continue;
    const after = text[m.index + end];
    if (after !== undefined && /[A-Za-z0-9]/.test(after)) continue;
    const value = raw.slice(0, end);
    if (!ibanValid(value.replace(/ /g, ''))) continue;
    spans.push({ type: 'IBAN_CODE', start: m.index, end: m.index + end, value });
  }
  return spans;
}
