import { isIPv4, isIPv6 } from 'node:net';
import { lastMatchEnd } from './last-match-end';
import type { PiiSpan } from './pii-types';

const V4 = /(?<![\d.])(?:\d{1,3}\.){3}\d{1,3}(?![\d]|\.\d)/g;
// Hex groups with colons, optionally ending in an embedded IPv4 (tried first, or "::ffff:192.0.2.1"
// stops at "192") and a zone id; validated below.
const V6 = /(?<![\p{L}\p{N}:])(?:[0-9A-Fa-f]{0,4}:){2,7}(?:(?:\d{1,3}\.){3}\d{1,3}|[0-9A-Fa-f]{1,4})?(?:%[\p{L}\p{N}]+)?(?![\p{L}\p{N}:])/gu;
const VERSION_CONTEXT = /(?:\bv(?:ersion|ersión|er\.?)?|\bfirmware|\bbuild|\brelease)\s*:?\s*$/i;
// Words that name a software version or an address; the nearer one before a dotted quad decides
// ("Versión de la app 4.18.0.2", "depuis la mise à jour 6.8.0.1", but "server 10.0.0.5").
const VERSION_WORD = /\b(?:versions?|versi[oó]n|firmware|build|release|update|upgrade|patch|rollout|mise à jour|actualizaci[oó]n|aktualisierung|app)\b/gi;
const ADDRESS_WORD = /\b(?:ip|ips|ipv4|address|adresse|direcci[oó]n|server|serveur|servidor|host|gateway|passerelle|dns|ping|router|routeur|subnet|proxy|vpn|firewall)\b/gi;

/** A version number written like an address: a version word is nearer before it than any address word. */
function looksLikeVersion(before: string): boolean {
  if (VERSION_CONTEXT.test(before.slice(-12))) return true;
  const version = lastMatchEnd(VERSION_WORD, before);
  return version >= 0 && version > lastMatchEnd(ADDRESS_WORD, before);
}

export function findIpAddresses(text: string): PiiSpan[] {
  const spans: PiiSpan[] = [];
  for (const m of text.matchAll(V4)) {
    const value = m[0];
    // Leading zeros ("01.02.2024.1") are dates or section numbers, not addresses.
    if (!isIPv4(value) || value.split('.').some((o) => o.length > 1 && o.startsWith('0'))) continue;
    if (looksLikeVersion(text.slice(Math.max(0, m.index - 40), m.index))) continue;
    spans.push({ type: 'IP_ADDRESS', start: m.index, end: m.index + value.length, value });
  }
  const v4Count = spans.length;
  for (const m of text.matchAll(V6)) {
    const value = m[0];
    const bare = value.replace(/%.*$/, '');
    // "::" alone or a clock time ("10:30:00") is not worth reporting; require a real address.
    if (!isIPv6(bare) || bare === '::' || !/[0-9A-Fa-f]{1,4}/.test(bare)) continue;
    if (!bare.includes('::') && bare.split(':').length < 8 && !bare.includes('.')) continue;
    spans.push({ type: 'IP_ADDRESS', start: m.index, end: m.index + value.length, value });
  }
  // The IPv4 tail of an IPv4-mapped IPv6 address ("::ffff:192.0.2.1") is part of that one address.
  const v6 = spans.slice(v4Count);
  return [...spans.slice(0, v4Count).filter((a) => !v6.some((b) => b.start <= a.start && a.end <= b.end)), ...v6];
}
