import { isIPv4, isIPv6 } from 'node:net';
import type { PiiSpan } from './pii-types';

const V4 = /(?<![\d.])(?:\d{1,3}\.){3}\d{1,3}(?![\d]|\.\d)/g;
// Hex groups with colons, optionally ending in an embedded IPv4 and a zone id; validated below.
const V6 = /(?<![\p{L}\p{N}:])(?:[0-9A-Fa-f]{0,4}:){2,7}(?:[0-9A-Fa-f]{1,4}|(?:\d{1,3}\.){3}\d{1,3})?(?:%[\p{L}\p{N}]+)?(?![\p{L}\p{N}:])/gu;
const VERSION_CONTEXT = /(?:\bv(?:ersion|ersión|er\.?)?|\bfirmware|\bbuild|\brelease)\s*:?\s*$/i;

export function findIpAddresses(text: string): PiiSpan[] {
  const spans: PiiSpan[] = [];
  for (const m of text.matchAll(V4)) {
    const value = m[0];
    // Leading zeros ("01.02.2024.1") are dates or section numbers, not addresses.
    if (!isIPv4(value) || value.split('.').some((o) => o.length > 1 && o.startsWith('0'))) continue;
    if (VERSION_CONTEXT.test(text.slice(Math.max(0, m.index - 12), m.index))) continue;
    spans.push({ type: 'IP_ADDRESS', start: m.index, end: m.index + value.length, value });
  }
  for (const m of text.matchAll(V6)) {
    const value = m[0];
    const bare = value.replace(/%.*$/, '');
    // "::" alone or a clock time ("10:30:00") is not worth reporting; require a real address.
    if (!isIPv6(bare) || bare === '::' || !/[0-9A-Fa-f]{1,4}/.test(bare)) continue;
    if (!bare.includes('::') && bare.split(':').length < 8 && !bare.includes('.')) continue;
    spans.push({ type: 'IP_ADDRESS', start: m.index, end: m.index + value.length, value });
  }
  return spans;
}
