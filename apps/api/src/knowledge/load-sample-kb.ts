/**
 * The sample knowledge base (a fictional retailer's policies in four languages and every
 * supported format), loaded on first start so a new user sees Grounded working at once.
 */
import fs from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { audienceSchema, ConfigError } from '@grounded/shared';
import type { IngestResult, KnowledgeBase } from './knowledge-base';

export const SAMPLE_KB_DIR = fileURLToPath(new URL('../../sample-kb/', import.meta.url));

const manifestSchema = z.array(
  z.object({
    file: z.string().min(1),
    title: z.string().min(1),
    audience: audienceSchema,
    tags: z.array(z.string()).default([]),
    language: z.string().optional(),
  }),
);

/** Reads and validates the sample manifest. */
export async function readSampleManifest(dir = SAMPLE_KB_DIR) {
  const raw = await fs.readFile(path.join(dir, 'manifest.json'), 'utf8');
  const parsed = manifestSchema.safeParse(JSON.parse(raw));
  if (!parsed.success) {
    throw new ConfigError(`Sample knowledge base manifest is invalid: ${parsed.error.issues[0]?.path.join('.')}: ${parsed.error.issues[0]?.message}`);
  }
  return parsed.data;
}

/**
 * Ingests every manifest entry unless `markerFile` exists; writes the marker afterwards so that
 * an admin who deletes the samples does not see them come back on the next start. When no
 * entry loaded at all (say the embedder failed), no marker is written, so the next start retries.
 */
export async function loadSampleKnowledgeBase(
  kb: KnowledgeBase,
  markerFile: string,
  onResult?: (result: IngestResult) => void,
  dir = SAMPLE_KB_DIR,
): Promise<IngestResult[] | undefined> {
  if (await fs.stat(markerFile).then(() => true, () => false)) return undefined;
  const results: IngestResult[] = [];
  for (const entry of await readSampleManifest(dir)) {
    const result = await kb.ingestFile(path.join(dir, entry.file), {
      audience: entry.audience,
      tags: entry.tags,
      title: entry.title,
    });
    results.push(result);
    onResult?.(result);
  }
  if (results.some((r) => r.ok)) await fs.writeFile(markerFile, new Date().toISOString());
  return results;
}
