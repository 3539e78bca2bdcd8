import { findNumbers, parsePhoneNumberFromString, type CountryCode } from 'libphonenumber-js/max';
import { lastMatchEnd } from './last-match-end';
import type { PiiSpan } from './pii-types';

/** Regions tried for numbers written without a country code. @default ['US','GB','DE','ES','FR'] */
export const DEFAULT_PHONE_REGIONS: readonly CountryCode[] = ['US', 'GB', 'DE', 'ES', 'FR'];

const DATE_SHAPE = /^(?:\d{4}[-./ ]\d{1,2}[-./ ]\d{1,2}|\d{1,2}[-./ ]\d{1,2}[-./ ]\d{2,4})$/;
// What comes right before a reference number (order, invoice, ticket...) in the four languages.
const REFERENCE_BEFORE = /(?:\b|#)(?:order|invoice|tracking|ref(?:erence)?|ticket|case|account|customer|serial|id|part|sku|item|article|artikel|art[ií]culo|produit|employee|member|membership|pedido|factura|referencia|cliente|bestell\w*|rechnung\w*|auftrag\w*|sendung\w*|kunden\w*|vorgang\w*|commande|facture|colis|dossier|client|n[°º]|#)\W{0,3}(?:(?:id|nr|no|num(?:ber|ero|éro|mer)?|code)\.?)?\W{0,4}$/i;
const CURRENCY_AROUND = /(?:[$€£¥]|\b(?:usd|eur|gbp|euros?|dollars?|pounds?)\b)/i;
// Labels of numbers that are not phones even when their digits fit a phone plan: "SIRET 552 100 554
// 00025", "TVA FR 40 303 265 045", "passcode: 7741 0092", "build 22631.3296", "SN 8847-2201-7730".
const OTHER_LABEL = /(?:\b(?:(?:order|tracking|customer|case|ticket|invoice|serial|reference|account) (?:number|no\.?|#)|siret|siren|tva|vat|ust-?id\w*|steuer\w*|nif|cif|passcode|pass code|one-time code|otp|pin|code|c[oó]digo|build|version|versi[oó]n|serial|serie|seriennummer|sn|s\/n|imei|lot|batch|lote|los|reference|r[ée]f[ée]rence|referencia|incident|incidencia|rma)\b)/gi;
const PHONE_CONTEXT = /(?:phone|tel\b|tel\.|telephone|call|mobile|cell|whats\s?app|sms|text\s+me|reach\s+me|fax|number|n[uú]mero|tel[eé]fono|m[oó]vil|llam\w+|telefon\w*|handy|rufnummer|nummer|anruf\w*|erreichbar|t[ée]l[ée]phone|portable|appel\w*|joindre)/i;
// The same words, global, for finding the last one before a candidate (built once, not per candidate).
const PHONE_CONTEXT_ALL = new RegExp(PHONE_CONTEXT.source, 'gi');

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
      const [start, cut] = trimUnbalancedParens(text, found.startsAt, found.endsAt);
      const end = cutAtSeparator(text, start, cut, region);
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

/**
 * libphonenumber reads ",2026" after "+1-202-555-0178" in a CSV row as part of the number; the
 * number ends at the separator when what comes before it is a valid number on its own.
 */
function cutAtSeparator(text: string, start: number, end: number, region: CountryCode): number {
  const separator = text.slice(start, end).search(/[,;]/);
  if (separator < 0) return end;
  const head = text.slice(start, start + separator);
  return parsePhoneNumberFromString(head, region)?.isValid() ? start + separator : end;
}

/** The label nearest before the number names something else (SIRET, passcode, build, reference number...). */
function labelledAsOther(before: string): boolean {
  const other = lastMatchEnd(OTHER_LABEL, before);
  // "reference number": the compound ends where "number" does, and names a reference.
  return other >= 0 && other >= lastMatchEnd(PHONE_CONTEXT_ALL, before);
}

function plausible(text: string, value: string, start: number, end: number): boolean {
  const digits = value.replace(/\D/g, '');
  if (digits.length < 7 || DATE_SHAPE.test(value)) return false;
  // A tail cut out of a longer digit run, or a list of numbers, is not one phone number.
  if (/[,;]/.test(value) || /\d[-./]?$/.test(text.slice(Math.max(0, start - 2), start))) return false;
  // Part of an identifier: "INV-2026-0413", "RE-2026-00871", "2026-0311-A", "SN8847...".
  if (/[\p{L}\d][-_/]$|\p{L}$/u.test(text.slice(Math.max(0, start - 2), start)) || /^[-_/]?[\p{L}\d]/u.test(text.slice(end, end + 2))) return false;
  // A date, or a date and time ("14.03.2026 03:12"), or a reference that starts with a year ("2026-0042-7781").
  if (/^\d{1,2}[./-]\d{1,2}[./-]\d{2,4}(?:\s+\d{1,2})?$/.test(value) || /^(?:19|20)\d{2}(?:[-/.]|\d{4}[-/.])/.test(value) || /^:\d/.test(text.slice(end, end + 2))) return false;
  // 3-2-4 is the shape of a US SSN or a part number, not of any national phone plan.
  if (/^\d{3}[- ]\d{2}[- ]\d{4}$/.test(value)) return false;
  const before = text.slice(Math.max(0, start - 30), start);
  const after = text.slice(end, end + 8);
  const international = /^(?:\+|00)/.test(value);
  // A reference number never starts with "+": "Canadian customer: +1 (604) 555-0117" is a phone.
  if (!international && (REFERENCE_BEFORE.test(before) || labelledAsOther(text.slice(Math.max(0, start - 40), start)))) return false;
  if (CURRENCY_AROUND.test(before.slice(-3)) || CURRENCY_AROUND.test(after.slice(0, 8))) return false;
  // Decimal amounts ("1.234.567,89"), not dotted French numbers ("03.20.12.34.56").
  if (/^\d{1,3}(?:[.,]\d{3})*[.,]\d{2}$/.test(value)) return false;
  const formatted = /[\s().-]/.test(value);
  if (international) return true;
  // A bare digit run is as likely an order or customer number: only count it next to phone words.
  if (!formatted) return PHONE_CONTEXT.test(before);
  return true;
}
