import { createHash } from 'node:crypto';
import type { Section } from './section-builder';

/**
 * sha256 (hex) of the extracted text: headings and body, NFC, every whitespace run as one space.
 * It ignores chunking options, file name and layout noise, so re-uploading the same content gives
 * the same hash and the store can skip a new version.
 */
export function contentHash(sections: Section[]): string {
  const hash = createHash('sha256');
  let previousPath = '';
  for (const section of sections) {
    const path = section.path.join('\u0000');
    if (path !== previousPath) hash.update(`\n# ${section.path.join(' / ')}\n`.normalize('NFC').replace(/\s+/g, ' '));
    previousPath = path;
    hash.update(` ${section.text.normalize('NFC').replace(/\s+/g, ' ').trim()}`);
  }
  return hash.digest('hex');
}
