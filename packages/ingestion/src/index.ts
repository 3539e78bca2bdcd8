export { parseDocument, parseDocumentInputSchema } from './parse-document';
export type { ParseDocumentInput, ParseDocumentOptions } from './parse-document';
export { ingestionOptionsSchema, resolveIngestionOptions } from './ingestion-options';
export type { IngestionOptions } from './ingestion-options';
export { detectFormat } from './detect-format';
export { documentIdFromFileName } from './document-id-from-file-name';
export { SUPPORTED_EXTENSIONS, SUPPORTED_FORMATS_TEXT } from './supported-formats';
export { normalizeText } from './normalize-text';
export { checkUploadSize } from './check-upload-size';
