import type { ChunkDraft } from '@grounded/shared';
import { analyze, primaryLanguage } from '../text/language-analyzers';
import { dedupeKey } from '../text/normalize';
import type { NewChunkRow } from './sqlite-catalog';

/** FTS "title" column: document title plus section headings, analysed in the chunk's language. */
export function titleTerms(title: string, sectionPath: readonly string[], language: string): string {
  return analyze([title, ...sectionPath].join(' \n '), language).join(' ');
}

export function bodyTerms(text: string, language: string): string {
  return analyze(text, language).join(' ');
}

/**
 * What the dense side embeds: title and headings carry the topic of a chunk and a bag-of-features
 * vector of a long body drowns them, so they are repeated `titleRepeats` times in front of it.
 */
export function embeddingInput(title: string, sectionPath: readonly string[], text: string, titleRepeats = 1): string {
  const heading = [title, ...sectionPath].filter(Boolean).join(' / ');
  return [...Array.from({ length: heading ? titleRepeats : 0 }, () => heading), text].join('\n');
}

export function toChunkRow(id: string, title: string, chunk: ChunkDraft): NewChunkRow {
  return {
    id,
    chunkIndex: chunk.index,
    text: chunk.text,
    sectionPath: chunk.sectionPath,
    page: chunk.page,
    language: primaryLanguage(chunk.language) || 'und',
    quarantine: chunk.quarantine?.length ? chunk.quarantine : undefined,
    dedupeKey: dedupeKey(chunk.text),
    titleTerms: titleTerms(title, chunk.sectionPath, chunk.language),
    bodyTerms: bodyTerms(chunk.text, chunk.language),
  };
}
