/**
 * Text normalisation shared by every format. Extracted text is NFC, has no control or invisible
 * formatting characters (zero-width, bidi overrides, soft hyphens: they hide words from keyword
 * search and from the guardrail scan), and has one space between words.
 */

// C0/C1 controls except tab and newline; \r is turned into \n before this runs.
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL_CHARS = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/g;
// Invisible format characters: soft hyphen, zero-width (non-)joiners and spaces, bidi embeddings
// and isolates, word joiner, invisible operators, BOM.
const INVISIBLE_CHARS = /[\u00AD\u180E\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u206F\uFEFF]/g;
const HORIZONTAL_SPACE = /[ \t\f\v\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000]+/g;

/** NFC, unified line ends, no control/invisible characters, single spaces; keeps line breaks. */
export function normalizeText(text: string): string {
  return text
    .normalize('NFC')
    .replace(/\r\n?|\u2028|\u2029/g, '\n')
    .replace(CONTROL_CHARS, '')
    .replace(INVISIBLE_CHARS, '')
    .replace(HORIZONTAL_SPACE, ' ')
    .replace(/ *\n */g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/** One line of prose: every whitespace run (line breaks included) becomes one space. */
export function collapseWhitespace(text: string): string {
  return normalizeText(text).replace(/\s+/g, ' ').trim();
}

/**
 * Joins a hard-wrapped paragraph into one line, re-joining words a PDF or a typewriter-style text
 * file hyphenated across a line break ("refund-\nable" -> "refundable"). List items keep their
 * own line so they stay readable.
 */
export function unwrapLines(lines: string[]): string {
  let out = '';
  for (const raw of lines) {
    const line = raw.trim();
    if (!line) continue;
    if (!out) {
      out = line;
    } else if (/\p{Ll}-$/u.test(out) && /^\p{Ll}/u.test(line)) {
      out = out.slice(0, -1) + line;
    } else if (LIST_ITEM.test(line)) {
      out += '\n' + line;
    } else {
      out += ' ' + line;
    }
  }
  return out;
}

const LIST_ITEM = /^(?:[-*•·▪◦‣]\s|\d{1,3}[.)]\s|[a-z][.)]\s)/u;
