import type { ChunkDraft } from '@grounded/shared';
import { RecursiveCharacterTextSplitter } from '@langchain/textsplitters';
import type { Section } from './section-builder';

/** Chunk text before languages are known. */
export type UnlabelledChunk = Omit<ChunkDraft, 'language'>;

/** Paragraphs first, then lines, sentences, words: the splitter keeps the biggest unit that fits. */
const SEPARATORS = ['\n\n', '\n', '. ', '? ', '! ', '; ', ', ', ' ', ''];

/**
 * Splits each section on its own with LangChain's recursive splitter, so a chunk never mixes two
 * sections (or two PDF pages) and always carries its section path. Atomic sections (FAQ entries)
 * become exactly one chunk each, whatever their length.
 */
export async function chunkSections(sections: Section[], chunkSize: number, chunkOverlap: number): Promise<UnlabelledChunk[]> {
  const splitter = new RecursiveCharacterTextSplitter({ chunkSize, chunkOverlap, separators: SEPARATORS });
  const chunks: UnlabelledChunk[] = [];
  for (const section of sections) {
    const pieces = section.atomic ? [section.text] : await splitter.splitText(section.text);
    for (const piece of pieces) {
      const text = piece.trim();
      if (!text) continue;
      chunks.push({
        index: chunks.length,
        text,
        sectionPath: section.path,
        ...(section.page === undefined ? {} : { page: section.page }),
      });
    }
  }
  return chunks;
}
