import {
  UnreadableDocumentError,
  ValidationError,
  audienceSchema,
  silentLogger,
  type Logger,
  type ParsedDocument,
} from '@grounded/shared';
import { z } from 'zod';
import { chunkSections } from './chunk-sections';
import { contentHash } from './content-hash';
import { detectDocumentLanguage, detectLanguage, UNKNOWN_LANGUAGE } from './detect-language';
import { sniffDocument } from './detect-format';
import { documentIdFromFileName } from './document-id-from-file-name';
import { resolveIngestionOptions, type IngestionOptions } from './ingestion-options';
import { parseDocx } from './parse-docx';
import { parseFaqCsv } from './parse-faq-csv';
import { parseHtml } from './parse-html';
import { parseMarkdown } from './parse-markdown';
import { parsePdf } from './parse-pdf';
import { parsePlainText } from './parse-plain-text';
import { checkUploadSize } from './check-upload-size';
import type { Section } from './section-builder';

/** What an upload hands to ingestion. */
export const parseDocumentInputSchema = z.object({
  bytes: z.custom<Uint8Array>((value) => value instanceof Uint8Array, { message: 'bytes must be a Uint8Array (or Buffer)' }),
  fileName: z.string().trim().min(1, 'fileName is required').max(1024),
  /** MIME type or extension the uploader claimed. */
  declaredType: z.string().max(255).optional(),
  /** Stable document id; defaults to documentIdFromFileName(fileName). */
  id: z.string().trim().min(1).max(200).optional(),
  title: z.string().trim().min(1).max(500).optional(),
  audience: audienceSchema.default('public'),
  tags: z.array(z.string().trim().min(1).max(100)).max(100).default([]),
});

export type ParseDocumentInput = z.input<typeof parseDocumentInputSchema>;

/** Ingestion options plus the optional logger that receives warnings (misnamed files, skipped rows). */
export type ParseDocumentOptions = Partial<IngestionOptions> & { logger?: Logger };

/**
 * Turns uploaded bytes into a chunked `ParsedDocument`. Nothing is stored. Every bad input throws
 * a shared error with a hint: UnreadableDocumentError (empty, corrupt, encrypted, scanned, not
 * UTF-8), TooLargeError (over maxBytes, zip bomb), UnsupportedFormatError (unsupported or
 * mislabelled content), ValidationError (bad input object), ConfigError (bad options).
 */
export async function parseDocument(input: ParseDocumentInput, options: ParseDocumentOptions = {}): Promise<ParsedDocument> {
  const { logger = silentLogger, ...rest } = options;
  const settings = resolveIngestionOptions(rest);
  const parsedInput = parseDocumentInputSchema.safeParse(input);
  if (!parsedInput.success) {
    throw new ValidationError(`Invalid document input: ${parsedInput.error.issues.map((issue) => issue.message).join('; ')}.`, {
      hint: 'Pass the uploaded bytes and the original file name.',
    });
  }
  const { bytes, fileName, declaredType, audience } = parsedInput.data;
  checkUploadSize(fileName, bytes.length, settings.maxBytes);

  const sniffed = sniffDocument(bytes, fileName, declaredType);
  if (sniffed.warning) logger.warn({ fileName, format: sniffed.format }, sniffed.warning);
  const text = sniffed.text ?? '';
  let extracted: { title: string | undefined; sections: Section[]; warnings?: string[] };
  switch (sniffed.format) {
    case 'pdf':
      extracted = await parsePdf(bytes, fileName);
      break;
    case 'docx':
      extracted = await parseDocx(bytes, fileName, settings.maxDocxUncompressedBytes);
      break;
    case 'html':
      extracted = parseHtml(text);
      break;
    case 'markdown':
      extracted = parseMarkdown(text);
      break;
    case 'faq-csv':
      extracted = { title: undefined, ...parseFaqCsv(text, fileName) };
      break;
    case 'text':
      extracted = { title: undefined, sections: parsePlainText(text) };
      break;
  }
  for (const warning of extracted.warnings ?? []) logger.debug({ fileName, format: sniffed.format }, warning);
  if (extracted.sections.length === 0) {
    throw new UnreadableDocumentError(`"${fileName}" contains no readable text.`, {
      hint: 'Check that the document has text (not only images, scripts or navigation) and upload it again.',
      details: { fileName, format: sniffed.format },
    });
  }

  const chunks = await chunkSections(extracted.sections, settings.chunkSize, settings.chunkOverlap);
  const documentLanguage =
    (await detectDocumentLanguage(extracted.sections.map((section) => section.text).join('\n\n'))) ?? UNKNOWN_LANGUAGE;
  const labelled = [];
  for (const chunk of chunks) {
    labelled.push({ ...chunk, language: (await detectLanguage(chunk.text)) ?? documentLanguage });
  }
  return {
    id: parsedInput.data.id ?? documentIdFromFileName(fileName),
    title: parsedInput.data.title ?? extracted.title ?? titleFromFileName(fileName),
    format: sniffed.format,
    sourceName: fileName,
    contentHash: contentHash(extracted.sections),
    audience,
    tags: [...new Set(parsedInput.data.tags)],
    language: documentLanguage,
    chunks: labelled,
  };
}

/** "docs/refund_policy-v2.pdf" -> "refund policy-v2". */
function titleFromFileName(fileName: string): string {
  const base = fileName.split(/[\\/]/).pop() ?? fileName;
  const stem = base.replace(/\.[^.]+$/, '') || base;
  return stem.replace(/_+/g, ' ').trim() || base;
}
