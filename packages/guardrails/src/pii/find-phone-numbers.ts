import { findNumbers, type CountryCode } from 'libphonenumber-js/max';
import type { PiiSpan } from './pii-types';

/** Regions tried for numbers written without a country code. @default ['US','GB','DE','ES','FR'] */
export const DEFAULT_PHONE_REGIONS: readonly CountryCode[] = ['US', 'GB', 'DE', 'ES', 'FR'];

const DATE_SHAPE = /^(?:\d{4}[-./ ]\d{1,2}[-./ ]\d{1,2}|\d{1,2}[-./ ]\d{1,2}[-./ ]\d{2,4})$/;
// What comes right before a reference number (order, invoice, ticket...) in the four languages.
const REFERENCE_BEFORE = /(?:\b|#)(?:order|invoice|tracking|ref(?:erence)?|ticket|case|account|customer|serial|id|part|sku|item|article|artikel|art[ií]culo|produit|employee|member|membership|pedido|factura|referencia|cliente|bestell\w*|rechnung\w*|auftrag\w*|sendung\w*|kunden\w*|vorgang\w*|commande|facture|colis|dossier|client|n[°º]|#)\W{0,3}(?:(?:id|nr|no|num(?:ber|ero|éro|mer)?|code)\.?)?\W{0,4}$/i;
const CURRENCY_AROUND = /(?:[$€£¥]|\b(?:usd|eur|gbp|euros?|dollars?|pounds?)\b)/i;
const PHONE_CONTEXT = /(?:phone|tel\b|tel\.|telephone|call|mobile|cell|whats\s?app|sms|text\s+me|reach\s+me|fax|number|n[uú]mero|tel[eé]fono|m[oó]vil|llam\w+|telefon\w*|handy|rufnummer|nummer|anruf\w*|erreichbar|t[ée]l[ée]phone|portable|appel\w*|joindre)/i;

/**
 * Phone numbers in international and national formats. libphonenumber-js validates each
 * candidate against several regions; the filters below drop what it accepts too eagerly in free
 * text: dates, amounts, order and reference numbers, and bare digit runs with no phone context.
 */
export function findPhoneNumbers(text: string, regions: readonly CountryCode[] = DEFAULT_PHONE_REGIONS): PiiSpan[] {
  const byStart = new Map<number, PiiSpan>();
  // libphonenumber reads "[1]" and other brackets after a number as part of the candidate and
  // then rejects the whole candidate, so a number followed by a citation marker went unseen.
  // Blanking them (same length, so offsets stay valid) lets the number stand on its own.
  const scanned = text.replace(/\[[^\]\n]{0,40}\]|[[\]{}<>]/g, (m) => ' '.repeat(m.length));
  for (const region of regions) {
    for (const found of findNumbers(scanned, { defaultCountry: region, v2: true })) {
      const [start, end] = trimUnbalancedParens(text, found.startsAt, found.endsAt);
      const value = text.slice(start, end);
      if (!plausible(text, value, start, end)) continue;
      const prev = byStart.get(start);
      if (!prev || prev.end < end) byStart.set(start, { type: 'PHONE_NUMBER', start, end, value });
    }
  }
  return [...byStart.values()];
}

/** "(+34 655 123 456)": the sentence's parentheses are not part of the number. */
function trimUnbalancedParens(text: string, start: number, end: number): [number, number] {
  let s = start;
  let e = end;
  const count = (ch: string): number => text.slice(s, e).split(ch).length - 1;
  if (text[s] === '(' && count('(') > count(')')) s += 1;
  while (e > s && /[).,;:]/.test(text[e - 1] ?? '') && (text[e - 1] !== ')' || count(')') > count('('))) e -= 1;
  return [s, e];
}

function plausible(text: string, value: string, start: number, end: number): boolean {
  const digits = value.replace(/\D/g, '');
  if (digits.length < 7 || DATE_SHAPE.test(value)) return false;
  // A tail cut out of a longer digit run, or a list of numbers, is not one phone number.
  if (/[,;]/.test(value) || /\d[-./]?$/.test(text.slice(Math.max(0, start - 2), start))) return false;
  // 3-2-4 is the shape of a US SSN or a part number, not of any national phone plan.
  if (/^\d{3}[- ]\d{2}[- ]\d{4}$/.test(value)) return false;
  const before = text.slice(Math.max(0, start - 30), start);
  const after = text.slice(end, end + 8);
  if (REFERENCE_BEFORE.test(before)) return false;
  if (CURRENCY_AROUND.test(before.slice(-3)) || CURRENCY_AROUND.test(after.slice(0, 8))) return false;
  // Decimal amounts and version-like runs ("1.234.567,89").
  if (/^[\d.,]+$/.test(value) && /[.,]\d{2}$/.test(value)) return false;
  const international = /^(?:\+|00)/.test(value);
  const formatted = /[\s().-]/.test(value);
  if (international) return true;
  // A bare digit run is as likely an order or customer number: only count it next to phone words.
  if (!formatted) return PHONE_CONTEXT.test(before);
  return true;
}
