import { luhnValid } from './checksums';
import type { PiiSpan } from './pii-types';

// 12-19 digits, optionally grouped by single spaces or dashes; not glued to other digits.
const CANDIDATE = /(?<![\d.,/-])\d(?:[ -]?\d){11,18}(?![\d]|[.,/-]\d)/g;

/** Issuer prefixes (IIN ranges) and the lengths each network issues. */
function plausibleIin(d: string): boolean {
  const n = d.length;
  const p2 = Number(d.slice(0, 2));
  const p3 = Number(d.slice(0, 3));
  const p4 = Number(d.slice(0, 4));
  const p6 = Number(d.slice(0, 6));
  if (d[0] === '4') return n === 13 || n === 16 || n === 19; // Visa
  if ((p2 >= 51 && p2 <= 55) || (p4 >= 2221 && p4 <= 2720)) return n === 16; // Mastercard
  if (p2 === 34 || p2 === 37) return n === 15; // American Express
  if (p4 === 6011 || p2 === 65 || (p3 >= 644 && p3 <= 649) || (p6 >= 622126 && p6 <= 622925)) return n >= 16 && n <= 19; // Discover
  if ((p3 >= 300 && p3 <= 305) || p2 === 36 || p2 === 38 || p2 === 39 || p3 === 309) return n >= 14 && n <= 19; // Diners
  if (p4 >= 3528 && p4 <= 3589) return n >= 16 && n <= 19; // JCB
  if (p2 === 62 || p2 === 81) return n >= 16 && n <= 19; // UnionPay
  if (p2 === 50 || (p2 >= 56 && p2 <= 69)) return n >= 12 && n <= 19; // Maestro
  if (p4 >= 2200 && p4 <= 2204) return n === 16; // Mir
  return false;
}

// Reference-number context right before the digits: an order number that happens to pass Luhn.
const REFERENCE_CONTEXT = /(?:order|invoice|tracking|ref(?:erence)?|ticket|pedido|factura|bestell|rechnung|auftrag|sendung|commande|facture|colis|n[°º]|#)\W{0,3}(?:nr|no|num(?:ber|ero|éro)?)?\.?\W{0,3}$/i;

export function findCreditCards(text: string): PiiSpan[] {
  const spans: PiiSpan[] = [];
  for (const m of text.matchAll(CANDIDATE)) {
    const raw = m[0];
    const seps = raw.match(/[ -]/g) ?? [];
    // Mixed separators ("4111 1111-1111 1111") are rare on real cards and common in junk.
    if (seps.length > 0 && new Set(seps).size > 1) continue;
    const digits = raw.replace(/\D/g, '');
    if (!plausibleIin(digits) || !luhnValid(digits)) continue;
    if (/^(\d)\1+$/.test(digits)) continue;
    if (REFERENCE_CONTEXT.test(text.slice(Math.max(0, m.index - 24), m.index))) continue;
    spans.push({ type: 'CREDIT_CARD', start: m.index, end: m.index + raw.length, value: raw });
  }
  return spans;
}
