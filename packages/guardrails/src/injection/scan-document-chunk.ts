import { REASON_CODES, type ReasonCode } from '../reason-codes';
import { detectInjection } from './detect-injection';
import type { InjectionModel } from './injection-model';
import { SEGMENT_MARGIN, SEGMENT_MIN_TEXT_CHARS, segmentsOf } from './buried-instructions';
import { normaliseForMatching } from './normalise-for-matching';
import { withoutReportedQuotes } from './reported-quotes';
import { scoreStaffDiscussion } from './staff-discussion';
import { DEFAULT_INJECTION_THRESHOLD, scoreInjection, type InjectionFeature, type TextSource } from './score-injection';

/**
 * Threshold for scanning uploaded policy documents at ingestion. Policies are full of imperatives
 * addressed to the reader ("never share your password", "contact us", "do not quote this"), which
 * the message-tuned classifier scores up to about 0.85; real instructions aimed at a model score
 * 0.99+. Hidden text keeps its own, lower threshold.
 */
export const DOCUMENT_SCAN_THRESHOLD = 0.9;

export interface ScanDocumentOptions {
  /** Score at which visible text is flagged. @default DEFAULT_INJECTION_THRESHOLD (0.5) */
  threshold?: number;
  /**
   * Score at which *hidden* text (HTML comments, display:none, white or zero-size text, Markdown
   * comments, Unicode tag characters) is flagged: lower, because nobody hides a harmless sentence
   * addressed to an AI. @default 0.3
   */
  hiddenThreshold?: number;
  /**
   * Learned classifier run on the whole text beside the heuristic; `false` = heuristic only.
   * @default the bundled injection-model.json
   */
  model?: InjectionModel | false;
  /**
   * `message` for a customer's own message (checkInput), `document` for uploads and retrieved
   * passages; see ScoreInjectionOptions. Hidden segments are always scored as documents. @default 'document'
   */
  source?: TextSource;
}

export interface DocumentScan {
  flagged: boolean;
  score: number;
  /** Stable reason codes, ready for `ChunkDraft.quarantine`. */
  reasons: ReasonCode[];
  features: InjectionFeature[];
  /** The hidden passages found (for the admin review screen). */
  hiddenSegments: string[];
  /** The segment of a long text that flagged it on its own, if one did (for the admin review screen). */
  buriedSegment: string | undefined;
}

const HIDING_STYLE = String.raw`(?:display\s*:\s*none|visibility\s*:\s*hidden|font-size\s*:\s*0(?:\.0+)?(?:px|pt|em|rem|%)?\s*(?:;|"|')|opacity\s*:\s*0(?:\.0+)?\s*(?:;|"|')|color\s*:\s*(?:white|#fff\b|#ffffff|transparent)|(?:height|width)\s*:\s*0(?:px)?\s*;[^"']*overflow\s*:\s*hidden)`;
const HIDDEN_ELEMENT = new RegExp(
  String.raw`<([a-z][a-z0-9]*)\b[^>]*?(?:style\s*=\s*["'][^"']*${HIDING_STYLE}[^"']*["']|\shidden(?:\s|>|=)|aria-hidden\s*=\s*["']true["'])[^>]*>([\s\S]*?)</\1\s*>`,
  'gi',
);
const HTML_COMMENT = /<!--([\s\S]*?)-->/g;
const MARKDOWN_COMMENT = /^\s*\[(?:\/\/|comment|hidden)\]:\s*(?:#|<>)\s*(?:\(([^)\n]*)\)|"([^"\n]*)")/gim;
const TAG_CHARS = /[\u{E0020}-\u{E007E}]+/gu;
const ALT_TITLE = /\b(?:alt|title)\s*=\s*["']([^"']{20,})["']/gi;

/** Text a reader of the rendered document never sees. */
export function extractHiddenSegments(text: string): string[] {
  const segments: string[] = [];
  for (const m of text.matchAll(HIDDEN_ELEMENT)) segments.push(stripTags(m[2] ?? ''));
  for (const m of text.matchAll(HTML_COMMENT)) segments.push(m[1] ?? '');
  for (const m of text.matchAll(MARKDOWN_COMMENT)) segments.push(m[1] ?? m[2] ?? '');
  for (const m of text.matchAll(ALT_TITLE)) segments.push(m[1] ?? '');
  for (const m of text.matchAll(TAG_CHARS)) {
    segments.push([...m[0]].map((c) => String.fromCharCode((c.codePointAt(0) ?? 0xe0020) - 0xe0000)).join(''));
  }
  return segments.map((s) => s.trim()).filter((s) => s.length > 0);
}

const AI_MENTION = /\b(?:ai|a\.i\.|llm|assistant|assistants|assistenten?|assistenzsystem\w*|ki-system\w*|asistente|chat ?bot|bot|language model|sprachmodell|modele de langage|modelo de lenguaje|ki|ia|gpt|copilot)\b/;

const stripTags = (html: string): string => html.replace(/<[^>]+>/g, ' ');

/**
 * Ingestion-time scan for indirect prompt injection in an uploaded document or email chunk.
 * Flagged chunks are meant to be stored quarantined for an admin, never retrieved.
 */
export function scanDocumentChunk(text: string, options: ScanDocumentOptions = {}): DocumentScan {
  const threshold = options.threshold ?? DEFAULT_INJECTION_THRESHOLD;
  const hiddenThreshold = options.hiddenThreshold ?? 0.3;
  const source = options.source ?? 'document';
  const detect = (t: string, at: number) => detectInjection(t, { threshold: at, source, ...(options.model === undefined ? {} : { model: options.model }) });
  const whole = detect(text, threshold);
  const visibleText = stripTags(text.replace(HTML_COMMENT, ' '));
  // Without markup the visible text is the text, already scored (most messages): no second pass.
  // Otherwise the same rule as detectInjection's: in staff writing about attacks only strong patterns count.
  const visible =
    visibleText === text
      ? whole.heuristic
      : whole.staffDiscussion
        ? scoreStaffDiscussion(visibleText, { threshold, source })
        : scoreInjection(visibleText, { threshold, source });
  const features = new Map<ReasonCode, InjectionFeature>();
  for (const f of [...whole.features, ...visible.features]) {
    const prev = features.get(f.code);
    if (!prev || prev.score < f.score) features.set(f.code, f);
  }
  let score = Math.max(whole.score, visible.score);
  // An instruction buried in a long message: each segment scored alone, at a stricter bar. Reported
  // quotes are blanked first, or a segment holding the quote but not its reporter would score it in full.
  let buriedSegment: string | undefined;
  // Not in staff writing about the assistant: its segments are quoted examples and procedures.
  if (source === 'message' && score < threshold && text.length >= SEGMENT_MIN_TEXT_CHARS && !whole.staffDiscussion) {
    const segmentThreshold = Math.min(0.99, threshold + SEGMENT_MARGIN);
    const withoutQuotes = withoutReportedQuotes(normaliseForMatching(text).text) ?? text;
    for (const segment of segmentsOf(withoutQuotes)) {
      const s = detect(segment, segmentThreshold);
      if (!s.flagged) continue;
      buriedSegment = segment;
      score = Math.max(score, s.score);
      for (const f of s.features) if ((features.get(f.code)?.score ?? 0) < f.score) features.set(f.code, f);
      break;
    }
  }
  let hiddenFlag = false;
  const hiddenSegments = extractHiddenSegments(text);
  for (const segment of hiddenSegments) {
    const s = scoreInjection(segment, { threshold });
    // A hidden segment carrying instruction features is the attack itself, not a side issue.
    // Hidden text that talks to an AI at all is the attack itself: nobody hides a note for a bot.
    const addressesAi = AI_MENTION.test(segment.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase());
    const instructive = addressesAi || s.features.some((f) => f.code !== REASON_CODES.INJECTION_HIDDEN_TEXT && f.score >= 0.25);
    if (instructive && (s.score >= hiddenThreshold || addressesAi)) {
      hiddenFlag = true;
      score = Math.max(score, Math.min(1, Math.max(s.score, 0.3) + 0.3));
      if (addressesAi) features.set(REASON_CODES.INJECTION_ADDRESSED_AI, { code: REASON_CODES.INJECTION_ADDRESSED_AI, score: 0.6, matched: ['hidden_text_addresses_ai'] });
      for (const f of s.features) if (!features.has(f.code)) features.set(f.code, f);
    }
  }
  const flagged = score >= threshold || hiddenFlag;
  const reasons = new Set<ReasonCode>();
  if (flagged) {
    reasons.add(REASON_CODES.INJECTION_INDIRECT);
    if (hiddenFlag) reasons.add(REASON_CODES.INJECTION_HIDDEN_TEXT);
    for (const f of features.values()) if (f.score >= 0.25) reasons.add(f.code);
  }
  return {
    flagged,
    score: Math.round(score * 1000) / 1000,
    reasons: [...reasons],
    features: [...features.values()].sort((a, b) => b.score - a.score),
    hiddenSegments,
    buriedSegment,
  };
}
