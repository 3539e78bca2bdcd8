import fs from 'node:fs/promises';
import path from 'node:path';
import { SUPPORTED_EXTENSIONS } from '@grounded/ingestion';
import { NotFoundError } from '@grounded/shared';

/**
 * Expands files and folders into the files to ingest, sorted for a stable order. Files named
 * explicitly are always returned (so a bad type gets its own clear error); inside folders only
 * supported extensions are picked up, and dotfiles are skipped.
 */
export async function listIngestibleFiles(inputs: string[]): Promise<string[]> {
  const out: string[] = [];
  for (const input of inputs) {
    const stat = await fs.stat(input).catch((cause: unknown) => {
      throw new NotFoundError(`No such file or folder: ${input}`, { cause, hint: 'Check the path and try again.' });
    });
    if (stat.isFile()) {
      out.push(path.resolve(input));
      continue;
    }
    const root = path.resolve(input);
    const entries = await fs.readdir(input, { recursive: true, withFileTypes: true });
    for (const entry of entries) {
      if (!entry.isFile() || entry.name.startsWith('.')) continue;
      const full = path.resolve(entry.parentPath, entry.name);
      // Only dot-folders inside the given folder count: the folder itself may sit under one (~/.cache/...).
      if (path.relative(root, full).split(path.sep).some((part) => part.startsWith('.'))) continue;
      if (SUPPORTED_EXTENSIONS.includes(path.extname(entry.name).toLowerCase())) out.push(full);
    }
  }
  return [...new Set(out)].sort();
}
