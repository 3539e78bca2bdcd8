import { TooLargeError } from '@grounded/shared';
import { formatBytes } from './read-docx-zip';

/**
 * The upload size limit, in one place: parseDocument checks the bytes it was given, and callers
 * reading from disk check the file's size first so an oversized file is never read into memory.
 */
export function checkUploadSize(fileName: string, bytes: number, maxBytes: number): void {
  if (bytes <= maxBytes) return;
  throw new TooLargeError(`"${fileName}" is ${formatBytes(bytes)}, over the ${formatBytes(maxBytes)} upload limit.`, {
    hint: 'Split the document into smaller files, or raise the limit with MAX_UPLOAD_MB.',
    details: { fileName, bytes, limit: maxBytes },
  });
}
