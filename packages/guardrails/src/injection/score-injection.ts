import { REASON_CODES, type ReasonCode } from '../reason-codes';
import { normaliseForMatching } from './normalise-for-matching';
import { patternsFor, type TextSource } from './pattern-sets';
import { withoutReportedQuotes } from './reported-quotes';

export { INJECTION_PATTERNS } from './pattern-sets';

/** Score at or above which a text counts as an injection. @default 0.5 */
export const DEFAULT_INJECTION_THRESHOLD = 0.5;

export interface InjectionFeature {
  code: ReasonCode;
  /** The strongest weight among this code's matches. */
  score: number;
  /** Pattern names that matched (for audit, tuning and tests). */
  matched: string[];
}

export interface InjectionScore {
  /** In [0, 1]: 1 - prod(1 - w) over the strongest match of each feature code. */
  score: number;
  flagged: boolean;
  features: InjectionFeature[];
}

export interface ScoreInjectionOptions {
  /** @default DEFAULT_INJECTION_THRESHOLD */
  threshold?: number;
  /**
   * Where the text comes from. A customer's own `message`: a reported quote ("my son typed
   * 'ignore all…'") counts half, and claims of authority over the assistant ("I'm authorising you
   * to…", "new rule from your management") count. A `document` (uploads, retrieved passages): a
   * quoted instruction counts in full, since it still reaches the model, and authority claims do
   * not, since staff procedures are written that way. @default 'document'
   */
  source?: TextSource;
}

export type { TextSource } from './pattern-sets';

const BASE64 = /(?<![A-Za-z0-9+/])[A-Za-z0-9+/]{24,}={0,2}(?![A-Za-z0-9+/=])/g;
const OBFUSCATION_WEIGHT = 0.2;
/** What a match inside a reported quote ("my son typed '…'") is worth, relative to one outside. */
const REPORTED_QUOTE_FACTOR = 0.5;

/** The fast heuristic layer: normalise, match weighted multilingual features, combine. */
export function scoreInjection(text: string, options: ScoreInjectionOptions = {}): InjectionScore {
  return scoreAtDepth(text, options.threshold ?? DEFAULT_INJECTION_THRESHOLD, options.source ?? 'document', 0);
}

function scoreAtDepth(text: string, threshold: number, source: TextSource, depth: number): InjectionScore {
  const normalised = normaliseForMatching(text);
  const features = new Map<ReasonCode, InjectionFeature>();
  const add = (code: ReasonCode, weight: number, name: string): void => {
    const feature = features.get(code);
    if (!feature) features.set(code, { code, score: weight, matched: [name] });
    else {
      feature.score = Math.max(feature.score, weight);
      feature.matched.push(name);
    }
  };
  const patterns = patternsFor(source);
  for (const p of patterns) if (p.re.test(normalised.text)) add(p.code, p.weight, p.name);
  const outside = source === 'message' && features.size > 0 ? withoutReportedQuotes(normalised.text) : undefined;
  if (outside !== undefined) {
    // Matches only inside a reported quote count for less; what the writer says outside it counts in full.
    for (const feature of features.values()) {
      const outsideWeight = Math.max(0, ...patterns.filter((p) => p.code === feature.code && p.re.test(outside)).map((p) => p.weight));
      feature.score = Math.max(outsideWeight, feature.score * REPORTED_QUOTE_FACTOR);
      if (outsideWeight < feature.score) feature.matched.push('in_reported_quote');
    }
  }

  if (depth === 0) {
    // Hidden payloads: smuggled Unicode tag text and base64 blobs are scored as text of their own.
    if (normalised.smuggled.trim()) {
      const inner = scoreAtDepth(normalised.smuggled, threshold, 'document', depth + 1);
      add(REASON_CODES.INJECTION_HIDDEN_TEXT, Math.max(0.7, inner.score), 'unicode_tag_smuggling');
    }
    for (const m of text.matchAll(BASE64)) {
      const decoded = decodeBase64(m[0]);
      if (!decoded) continue;
      const inner = scoreAtDepth(decoded, threshold, 'document', depth + 1);
      add(REASON_CODES.INJECTION_ENCODED, inner.flagged ? 0.9 : 0.2, inner.flagged ? 'base64_injection' : 'base64_text');
    }
  }
  if (features.size > 0 && normalised.obfuscations.length > 0) {
    add(REASON_CODES.INJECTION_OBFUSCATION, OBFUSCATION_WEIGHT, normalised.obfuscations.join('+'));
  }
  let keep = 1;
  for (const f of features.values()) keep *= 1 - f.score;
  const score = Math.round((1 - keep) * 1000) / 1000;
  return {
    score,
    flagged: score >= threshold,
    features: [...features.values()].sort((a, b) => b.score - a.score),
  };
}

/** Base64 that decodes to mostly printable text; random tokens and binary return undefined. */
function decodeBase64(blob: string): string | undefined {
  if (!/[A-Z]/.test(blob) || !/[a-z]/.test(blob)) return undefined;
  const decoded = Buffer.from(blob, 'base64').toString('utf8');
  const printable = decoded.replace(/[^\x20-\x7E\n\r\t\u00A0-\u024F]/g, '');
  if (decoded.length < 12 || printable.length / decoded.length < 0.9) return undefined;
  return /[a-z]{3,} [a-z]{2,}/i.test(decoded) ? decoded : undefined;
}
