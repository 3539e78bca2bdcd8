import type { DocumentFormat } from '@grounded/shared';

/** File extensions (lower case, with dot) a directory walk should pick up. */
export const SUPPORTED_EXTENSIONS: readonly string[] = [
  '.pdf',
  '.docx',
  '.html',
  '.htm',
  '.md',
  '.markdown',
  '.txt',
  '.text',
  '.csv',
];

/** How error messages name each format. */
export const FORMAT_LABELS: Record<DocumentFormat, string> = {
  pdf: 'PDF',
  docx: 'Word document (.docx)',
  html: 'HTML page',
  markdown: 'Markdown',
  text: 'plain text',
  'faq-csv': 'FAQ CSV',
};

/** One line for hints: what Grounded reads. */
export const SUPPORTED_FORMATS_TEXT =
  'Supported formats: PDF with a text layer (.pdf), Word (.docx), HTML (.html, .htm), Markdown (.md), ' +
  'UTF-8 plain text (.txt) and FAQ CSV with question and answer columns (.csv).';

const BY_EXTENSION: Record<string, DocumentFormat> = {
  pdf: 'pdf',
  docx: 'docx',
  html: 'html',
  htm: 'html',
  xhtml: 'html',
  md: 'markdown',
  markdown: 'markdown',
  mdown: 'markdown',
  txt: 'text',
  text: 'text',
  csv: 'faq-csv',
};

const BY_MIME: Record<string, DocumentFormat> = {
  'application/pdf': 'pdf',
  'application/x-pdf': 'pdf',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 'docx',
  'text/html': 'html',
  'application/xhtml+xml': 'html',
  'text/markdown': 'markdown',
  'text/x-markdown': 'markdown',
  'text/plain': 'text',
  'text/csv': 'faq-csv',
  'application/csv': 'faq-csv',
};

/** What a file name or declared type claims to be: a format, another type, or nothing. */
export type FormatClaim =
  | { kind: 'supported'; format: DocumentFormat; source: string }
  | { kind: 'other'; source: string }
  | { kind: 'none' };

/** Lower-case extension without the dot ('' when there is none). */
export function extensionOf(fileName: string): string {
  const base = fileName.split(/[\\/]/).pop() ?? '';
  const dot = base.lastIndexOf('.');
  return dot > 0 ? base.slice(dot + 1).toLowerCase() : '';
}

/**
 * The claim an upload makes. A declared type wins over the name unless it is generic
 * (application/octet-stream, or a browser's habit of calling .csv files "vnd.ms-excel").
 */
export function claimOf(fileName: string, declaredType?: string): FormatClaim {
  const declared = declaredType?.trim().toLowerCase().split(';')[0]?.trim() ?? '';
  if (declared && declared !== 'application/octet-stream' && declared !== 'application/vnd.ms-excel') {
    const asExtension = declared.replace(/^\./, '');
    const format = BY_MIME[declared] ?? (declared.includes('/') ? undefined : BY_EXTENSION[asExtension]);
    if (format) return { kind: 'supported', format, source: `declared type ${declaredType}` };
    // A generic text/* type says "text" without naming a structure: let the name decide.
    if (!declared.startsWith('text/')) return { kind: 'other', source: `declared type ${declaredType}` };
  }
  const ext = extensionOf(fileName);
  if (!ext) return { kind: 'none' };
  const format = BY_EXTENSION[ext];
  return format ? { kind: 'supported', format, source: `.${ext} name` } : { kind: 'other', source: `.${ext} name` };
}
