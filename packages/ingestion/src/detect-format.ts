import { UnreadableDocumentError, UnsupportedFormatError, type DocumentFormat } from '@grounded/shared';
import { decodeText } from './decode-text';
import { describeBinary, describeZip, type BinaryDescription } from './describe-binary';
import { readFaqHeader } from './faq-csv-header';
import { FORMAT_LABELS, SUPPORTED_FORMATS_TEXT, claimOf, type FormatClaim } from './supported-formats';
import { listZipEntries } from './zip/list-zip-entries';

/** The detected format, the decoded text for text formats, and notes for the caller's log. */
export interface SniffResult {
  format: DocumentFormat;
  /** Decoded text (text formats only). */
  text?: string;
  /** Set when the name or declared type disagreed with the content and the content won. */
  warning?: string;
}

/**
 * Detects a document's format from its content. The file name and declared type only choose
 * between text structures (Markdown vs plain text) and produce clearer errors: a PDF or DOCX is
 * read as what its bytes are even when misnamed (a warning says so), while unsupported content
 * (an image named .pdf, a spreadsheet, binary data named .txt) is rejected with what it looks like.
 *
 * @throws UnsupportedFormatError for content Grounded cannot read or that contradicts its name
 * @throws UnreadableDocumentError for empty files and text that is not valid UTF-8/UTF-16
 */
export function detectFormat(bytes: Uint8Array, fileName: string, declaredType?: string): DocumentFormat {
  return sniffDocument(bytes, fileName, declaredType).format;
}

/** `detectFormat` plus the decoded text, so parsing does not decode twice. */
export function sniffDocument(bytes: Uint8Array, fileName: string, declaredType?: string): SniffResult {
  const claim = claimOf(fileName, declaredType);
  if (bytes.length === 0) throw emptyFile(fileName);

  if (isPdf(bytes, claim)) return contentWins('pdf', claim, fileName);
  if (isZip(bytes)) {
    const names = listZipEntries(bytes);
    if (names === null) {
      throw new UnreadableDocumentError(`"${fileName}" is a damaged ZIP/DOCX archive: its file directory cannot be read.`, {
        hint: 'The upload may be truncated: save the document again and re-upload it.',
        details: { fileName },
      });
    }
    if (names.some((name) => name === 'word/document.xml')) return contentWins('docx', claim, fileName);
    throw unsupported(fileName, claim, describeZip(names));
  }
  const binary = describeBinary(bytes);
  if (binary) throw unsupported(fileName, claim, binary);

  const decoded = decodeText(bytes);
  if (decoded.kind === 'binary') {
    throw unsupported(fileName, claim, {
      looksLike: 'binary data, not text',
      hint: 'Upload the document in one of the supported formats.',
    });
  }
  if (decoded.kind === 'invalid-utf8') {
    throw new UnreadableDocumentError(
      `"${fileName}" is not valid UTF-8 text (first bad byte at offset ${decoded.offset}).`,
      {
        hint: 'Save the file with UTF-8 encoding (most editors offer it under "Save as" / "Encoding") and upload it again.',
        details: { fileName, offset: decoded.offset },
      },
    );
  }
  const text = decoded.text;
  if (text.trim() === '') throw emptyFile(fileName);
  if (claim.kind === 'supported' && (claim.format === 'pdf' || claim.format === 'docx')) {
    throw unsupported(fileName, claim, {
      looksLike: 'plain text',
      hint: `If it really is text, rename it to .txt; otherwise the upload is damaged: export the ${FORMAT_LABELS[claim.format]} again.`,
    });
  }
  return { format: textFormat(text, claim, fileName), text };
}

function textFormat(text: string, claim: FormatClaim, fileName: string): DocumentFormat {
  const claimed = claim.kind === 'supported' ? claim.format : undefined;
  if (looksLikeHtml(text, claimed === 'html')) return 'html';
  const header = readFaqHeader(text);
  if (header.columns) return 'faq-csv';
  if (claimed === 'faq-csv') {
    throw new UnsupportedFormatError(
      `"${fileName}" is a CSV without question and answer columns (found: ${header.cells.map((c) => `"${c}"`).join(', ')}).`,
      {
        hint:
          'Grounded reads CSV files as FAQs: name the header columns "question" and "answer" (or q/a, ' +
          'pregunta/respuesta, frage/antwort, question/réponse), optionally "category". Other tables: export them as text.',
        details: { fileName, columnsFound: header.cells, expected: ['question', 'answer', 'category (optional)'] },
      },
    );
  }
  if (claimed === 'markdown' || looksLikeMarkdown(text)) return 'markdown';
  return 'text';
}

function isPdf(bytes: Uint8Array, claim: FormatClaim): boolean {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 1024));
  // Readers accept a header anywhere in the first 1024 bytes; we do so only for files that say
  // they are PDFs, so a text file that merely mentions "%PDF-" stays text.
  return head.startsWith('%PDF-') || (claim.kind === 'supported' && claim.format === 'pdf' && head.includes('%PDF-'));
}

function isZip(bytes: Uint8Array): boolean {
  return bytes[0] === 0x50 && bytes[1] === 0x4b && (bytes[2] === 0x03 || bytes[2] === 0x05) && (bytes[3] === 0x04 || bytes[3] === 0x06);
}

function looksLikeHtml(text: string, claimedHtml: boolean): boolean {
  const head = text.slice(0, 4096).replace(/^\uFEFF/, '').trimStart().replace(/^(<!--[\s\S]*?-->\s*)+/, '');
  if (/^<!doctype html/i.test(head) || /^<html[\s>]/i.test(head)) return true;
  if (/^<\?xml[^>]*>\s*<html[\s>]/i.test(head)) return true;
  return head.startsWith('<') && (claimedHtml || /<(head|body)[\s>]/i.test(head));
}

/** An ATX heading or front matter, or at least two other kinds of Markdown syntax. */
function looksLikeMarkdown(text: string): boolean {
  const sample = text.slice(0, 20_000);
  if (/^#{1,6}[ \t]+\S/m.test(sample) || /^---\r?\n[\s\S]*?\r?\n---\r?\n/.test(sample)) return true;
  const markers = [
    /^```/m,
    /\[[^\]\n]+\]\([^)\s]+\)/,
    /^[ \t]*[-*+][ \t]+\S/m,
    /\*\*[^*\n]+\*\*/,
    /^>[ \t]/m,
    /^\|.*\|[ \t]*\r?\n\|[ \t:|-]+\|/m,
  ];
  return markers.filter((marker) => marker.test(sample)).length >= 2;
}

function contentWins(format: DocumentFormat, claim: FormatClaim, fileName: string): SniffResult {
  if (claim.kind === 'supported' && claim.format !== format) {
    return {
      format,
      warning: `"${fileName}" (${claim.source}) is really a ${FORMAT_LABELS[format]}; it was read as one.`,
    };
  }
  return { format };
}

function unsupported(fileName: string, claim: FormatClaim, description: BinaryDescription): UnsupportedFormatError {
  const message =
    claim.kind === 'supported'
      ? `"${fileName}" claims to be a ${FORMAT_LABELS[claim.format]} (${claim.source}) but its content is ${description.looksLike}.`
      : `"${fileName}" is ${description.looksLike}, which Grounded cannot read.`;
  return new UnsupportedFormatError(message, {
    hint: `${description.hint} ${SUPPORTED_FORMATS_TEXT}`,
    details: { fileName, looksLike: description.looksLike, ...(claim.kind !== 'none' ? { claimed: claim.source } : {}) },
  });
}

function emptyFile(fileName: string): UnreadableDocumentError {
  return new UnreadableDocumentError(`"${fileName}" is an empty file: it has no text.`, {
    hint: 'Check that you picked the right file and that it was saved before uploading.',
    details: { fileName },
  });
}
