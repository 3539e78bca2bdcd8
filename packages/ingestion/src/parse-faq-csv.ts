import { UnreadableDocumentError, UnsupportedFormatError } from '@grounded/shared';
import { parse } from 'csv-parse/sync';
import { readFaqHeader } from './faq-csv-header';
import { collapseWhitespace } from './normalize-text';
import type { Section } from './section-builder';

/**
 * An FAQ sheet: one atomic section per row, text "question\nanswer", path [category?, question].
 * Rows without a question or an answer are skipped and reported as warnings.
 */
export function parseFaqCsv(text: string, fileName: string): { sections: Section[]; warnings: string[] } {
  const { cells, columns } = readFaqHeader(text);
  if (!columns) {
    throw new UnsupportedFormatError(`"${fileName}" has no question and answer columns (found: ${cells.join(', ')}).`, {
      hint: 'Name the header columns "question" and "answer" (optionally "category").',
      details: { fileName, columnsFound: cells },
    });
  }
  let rows: string[][];
  try {
    rows = parse(text, {
      bom: true,
      delimiter: columns.delimiter,
      relax_column_count: true,
      skip_empty_lines: true,
      from_line: 2,
    }) as string[][];
  } catch (error) {
    throw new UnreadableDocumentError(`Cannot read "${fileName}": malformed CSV (${error instanceof Error ? error.message : String(error)}).`, {
      hint: 'Check for an unclosed quote near the line named above, or export the sheet as CSV again.',
      cause: error,
      details: { fileName },
    });
  }
  const sections: Section[] = [];
  const warnings: string[] = [];
  rows.forEach((row, i) => {
    const question = collapseWhitespace(row[columns.question] ?? '');
    const answer = collapseWhitespace(row[columns.answer] ?? '');
    const category = columns.category === undefined ? '' : collapseWhitespace(row[columns.category] ?? '');
    if (!question && !answer) return;
    if (!question || !answer) {
      warnings.push(`row ${i + 2}: skipped, ${question ? 'answer' : 'question'} is empty`);
      return;
    }
    sections.push({ path: category ? [category, question] : [question], text: `${question}\n${answer}`, atomic: true });
  });
  if (sections.length === 0) {
    throw new UnreadableDocumentError(`"${fileName}" has a question/answer header but no complete FAQ rows.`, {
      hint: 'Fill in at least one row with both a question and an answer.',
      details: { fileName, warnings },
    });
  }
  return { sections, warnings };
}
