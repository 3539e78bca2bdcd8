import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ChunkDraft, ParsedDocument } from '@grounded/shared';

/** A ParsedDocument from plain chunk texts; everything else has test defaults. */
export function makeDoc(id: string, texts: string[], overrides: Partial<ParsedDocument> = {}, chunkOverrides: Partial<ChunkDraft>[] = []): ParsedDocument {
  const language = overrides.language ?? 'en';
  return {
    id, title: `Title of ${id}`, format: 'markdown', sourceName: `${id}.md`, contentHash: `hash:${texts.join('|')}`,
    audience: 'public', tags: [], language,
    chunks: texts.map((text, index) => ({ index, text, sectionPath: ['Section'], language, ...chunkOverrides[index] })),
    ...overrides,
  };
}

/** A temp directory removed by the returned cleanup. */
export function tempDir(prefix: string): { dir: string; cleanup(): void } {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}
