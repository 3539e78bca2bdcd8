import { normalizeText, unwrapLines } from './normalize-text';
import { SectionBuilder, type Section } from './section-builder';

/** Plain text: blank-line paragraphs; underlined and short ALL-CAPS lines become headings. */
export function parsePlainText(text: string): Section[] {
  const builder = new SectionBuilder();
  addPlainText(builder, text);
  return builder.finish();
}

/**
 * Feeds plain text into a builder. PDF pages go through here too (one call per page, so the
 * heading path carries across pages); hard-wrapped lines are re-joined into paragraphs.
 */
export function addPlainText(builder: SectionBuilder, text: string): void {
  const lines = normalizeText(text).split('\n');
  let paragraph: string[] = [];
  const flush = () => {
    builder.paragraph(unwrapLines(paragraph));
    paragraph = [];
  };
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!.trim();
    const next = lines[i + 1]?.trim() ?? '';
    if (!line) {
      flush();
    } else if (paragraph.length === 0 && /^={3,}$/.test(next)) {
      builder.heading(1, line);
      i++;
    } else if (paragraph.length === 0 && /^-{3,}$/.test(next)) {
      builder.heading(2, line);
      i++;
    } else if (/^([=\-_*])\1{2,}$/.test(line)) {
      flush(); // a horizontal rule
    } else if (isCapsHeading(line) && !isCapsHeading(next) && !isCapsHeading(lines[i - 1]?.trim() ?? '')) {
      flush();
      builder.heading(1, line.replace(/:$/, ''));
    } else {
      paragraph.push(line);
    }
  }
  flush();
}

/** A short line in capitals ("REFUNDS AND RETURNS"), not a shouted sentence. */
function isCapsHeading(line: string): boolean {
  if (line.length < 3 || line.length > 60 || /[.,;!?]$/.test(line)) return false;
  const letters = line.match(/\p{L}/gu)?.length ?? 0;
  if (letters < 3 || line.split(/\s+/).length > 8) return false;
  return line === line.toUpperCase() && line !== line.toLowerCase();
}
