import type { GuardrailAction, GuardrailReason } from '../decision';
import { detectLanguage, type GuardLanguage } from '../detect-language';
import { REASON_CODES } from '../reason-codes';
import { detectPii } from '../pii/detect-pii';
import { contentWords, numbersIn } from './content-words';
import { FALLBACK_MESSAGES } from './fallback-messages';
import { splitSentences } from './split-sentences';

/** A passage the retriever returned for this answer. */
export interface GroundingPassage {
  id: string;
  text: string;
}

export interface GroundingOptions {
  retrievedPassages: readonly GroundingPassage[];
  /**
   * Fraction of a sentence's content words that must occur in the passages it cites.
   * @default 0.5
   */
  minSupport?: number;
  /** If fewer factual sentences than this fraction survive, the whole answer is replaced. @default 0.5 */
  minKeptRatio?: number;
  /** Remove factual sentences without any citation marker; otherwise they are checked against all passages. @default false */
  requireCitations?: boolean;
  /** Language of the fallback; detected from the answer when absent. */
  language?: GuardLanguage;
}

export interface SentenceVerdict {
  text: string;
  citedIds: string[];
  /** Content-word support in [0, 1]; 1 for sentences without factual content. */
  support: number;
  factual: boolean;
  kept: boolean;
}

export interface GroundingResult {
  action: GuardrailAction;
  text: string;
  reasons: GuardrailReason[];
  /** Fraction of factual sentences that were supported. */
  score: number;
  sentences: SentenceVerdict[];
}

// Courtesy sentences carry no claim: they need no source.
const COURTESY = /^(?:hi|hello|hey|thanks?|thank you|you're welcome|sure|of course|certainly|great question|i hope (?:this|that) helps|hope (?:this|that) helps|let me know|is there anything else|feel free|happy to help|hola|gracias|claro|por supuesto|espero que (?:le|te) (?:sirva|ayude)|hallo|guten tag|danke|gerne|naturlich|ich hoffe|bonjour|merci|bien sur|avec plaisir|j'espere)\b/i;

/** Resolves a marker to a passage id: `[2]` is the 2nd passage unless an id is literally "2". */
function resolveMarker(marker: string, passages: readonly GroundingPassage[]): { ids: string[]; unknown: string[]; isCitation: boolean } {
  const ids: string[] = [];
  const unknown: string[] = [];
  const byId = new Map(passages.map((p) => [p.id, p]));
  const prefixed = /^(?:doc|source|passage|ref|chunk)\s*:\s*(.+)$/i.exec(marker)?.[1];
  const parts = prefixed ? [prefixed] : /^\d+(?:\s*[,;]\s*\d+)*$/.test(marker) ? marker.split(/\s*[,;]\s*/) : [marker];
  const isCitation = Boolean(prefixed) || /^\d/.test(marker) || byId.has(marker);
  if (!isCitation) return { ids, unknown, isCitation };
  for (const part of parts) {
    if (byId.has(part)) ids.push(part);
    else if (/^\d+$/.test(part) && passages[Number(part) - 1]) ids.push(passages[Number(part) - 1]!.id);
    else unknown.push(part);
  }
  return { ids, unknown, isCitation };
}

/**
 * Keeps only the sentences of `answer` that the passages they cite support; rejects citations to
 * passages that were not retrieved; replaces the answer with a fallback offering a human when
 * too little survives.
 */
export function checkGrounding(answer: string, options: GroundingOptions): GroundingResult {
  const minSupport = options.minSupport ?? 0.5;
  const minKept = options.minKeptRatio ?? 0.5;
  const passages = options.retrievedPassages;
  const passageWords = new Map(passages.map((p) => [p.id, new Set(contentWords(p.text))]));
  const passageNumbers = new Map(passages.map((p) => [p.id, new Set(numbersIn(p.text))]));
  const reasons: GuardrailReason[] = [];
  const verdicts: SentenceVerdict[] = [];
  const unknownCitations = new Set<string>();

  for (const sentence of splitSentences(answer)) {
    const citedIds: string[] = [];
    let hadCitation = false;
    let body = sentence.text;
    for (const marker of sentence.markers) {
      const resolved = resolveMarker(marker, passages);
      if (!resolved.isCitation) continue;
      hadCitation = true;
      citedIds.push(...resolved.ids);
      for (const u of resolved.unknown) unknownCitations.add(u);
      body = body.split(`[${marker}]`).join(' ');
    }
    // Personal data (the customer's own email, a placeholder) is not a claim a document must back;
    // the PII check of checkOutput decides whether it may be shown.
    for (const span of detectPii(body).reverse()) body = body.slice(0, span.start) + ' ' + body.slice(span.end);
    body = body.replace(/\[[A-Z_]+_\d+\]/g, ' ');
    const words = contentWords(body);
    const numbers = numbersIn(body);
    // Greetings and questions back to the customer ("Anything else?") make no claim.
    const courtesy = (COURTESY.test(body.trim()) || /\?\s*$/.test(body)) && numbers.length === 0;
    const factual = !courtesy && (words.length >= 3 || numbers.length > 0);
    let support = 1;
    let kept = true;
    if (factual) {
      // A sentence whose only citations point nowhere is not "uncited": its claimed source is fake.
      const sources = hadCitation || options.requireCitations ? citedIds : passages.map((p) => p.id);
      const vocabulary = new Set(sources.flatMap((id) => [...(passageWords.get(id) ?? [])]));
      const sourceNumbers = new Set(sources.flatMap((id) => [...(passageNumbers.get(id) ?? [])]));
      support = words.length === 0 ? 0 : words.filter((w) => vocabulary.has(w)).length / words.length;
      // A number the sources never mention is the classic hallucination: never let it through.
      const numbersOk = numbers.every((n) => sourceNumbers.has(n));
      kept = sources.length > 0 && support >= minSupport && numbersOk;
      if (!numbersOk) support = Math.min(support, minSupport - 0.01);
    }
    verdicts.push({ text: sentence.text, citedIds, support: Math.round(support * 100) / 100, factual, kept });
  }

  for (const id of unknownCitations) {
    reasons.push({ code: REASON_CODES.GROUNDING_UNKNOWN_CITATION, message: `cites "${id}", which was not retrieved for this answer` });
  }
  for (const v of verdicts.filter((s) => !s.kept)) {
    reasons.push({ code: REASON_CODES.GROUNDING_UNSUPPORTED_SENTENCE, message: `removed: "${v.text.slice(0, 120)}"`, score: v.support });
  }
  const factual = verdicts.filter((v) => v.factual);
  const supported = factual.filter((v) => v.kept).length;
  const score = factual.length === 0 ? 1 : supported / factual.length;
  if (factual.length > 0 && (supported === 0 || score < minKept)) {
    const language = options.language ?? detectLanguage(answer) ?? 'en';
    reasons.push({ code: REASON_CODES.GROUNDING_FALLBACK, message: `only ${supported} of ${factual.length} factual sentences are supported`, score });
    return { action: 'refuse', text: FALLBACK_MESSAGES[language], reasons, score, sentences: verdicts };
  }
  const text = verdicts.filter((v) => v.kept).map((v) => v.text).join(' ');
  const action: GuardrailAction = reasons.length > 0 ? 'redact' : 'allow';
  return { action, text: action === 'allow' ? answer : text, reasons, score, sentences: verdicts };
}
