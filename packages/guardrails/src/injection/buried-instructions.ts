/**
 * Long messages are also scored a few sentences at a time. An instruction buried in a pasted email
 * thread, a ticket or a CSV export is one sentence among many ordinary ones, and the classifier's
 * bag of n-grams of the whole text dilutes it; scored on its own it stands out. A segment must
 * clear a stricter bar than the whole text (the threshold + SEGMENT_MARGIN), because short
 * fragments of ordinary business text ("Forwarded message — From: Accounts") look more like
 * attacks than whole texts do. Messages only: documents are already scored chunk by chunk at
 * ingestion, and their short fragments (staff playbooks, discount-code lists) are exactly the ones
 * that over-score.
 *
 * Tuned on injection-extra-7 (300 rows of business content, development set): whole-text scoring
 * 0.720 / 0.067; segments at 0.5 → 0.900 / 0.107, 0.7 → 0.820 / 0.080, 0.8 → 0.773 / 0.067.
 */

/** Texts shorter than this are scored whole only (most customer messages). */
export const SEGMENT_MIN_TEXT_CHARS = 150;
/** A segment flags the text only at this much above the text's own threshold (0.5 → 0.8). */
export const SEGMENT_MARGIN = 0.3;
/** Consecutive lines (or sentences) per segment. */
const WINDOW = 2;
/** Lines or sentences shorter than this are skipped (signatures, separators, list bullets). */
const MIN_UNIT_CHARS = 20;
/** Upper bound per text, so a huge paste costs a bounded amount of work. */
const MAX_SEGMENTS = 48;

/** Overlapping windows of lines, or of sentences when the text is one paragraph. */
export function segmentsOf(text: string): string[] {
  if (text.length < SEGMENT_MIN_TEXT_CHARS) return [];
  const lines = text.split(/\n+/).map((l) => l.trim()).filter((l) => l.length >= MIN_UNIT_CHARS);
  const units = lines.length > 1 ? lines : text.split(/(?<=[.!?])\s+/).filter((s) => s.length >= MIN_UNIT_CHARS);
  if (units.length < 2) return [];
  const out: string[] = [];
  for (let i = 0; i < units.length && out.length < MAX_SEGMENTS; i++) out.push(units.slice(i, i + WINDOW).join('\n'));
  return out;
}
