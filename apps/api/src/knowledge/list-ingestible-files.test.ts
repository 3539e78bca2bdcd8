import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NotFoundError } from '@grounded/shared';
import { listIngestibleFiles } from './list-ingestible-files';

let base: string;
let kb: string;

beforeAll(async () => {
  base = await fs.mkdtemp(path.join(os.tmpdir(), 'grounded-list-files-'));
  // The folder to ingest itself lives under a dot-folder, as ~/.cache/... or ~/.local/... do.
  kb = path.join(base, '.cache', 'kb');
  const files: Record<string, string> = {
    'returns.md': '# Returns', 'faq/shipping.txt': 'Shipping', 'faq/prices.csv': 'question,answer',
    'notes.xyz': 'not a supported type', '.hidden.md': 'dotfile', '.git/HEAD.md': 'inside a dot-folder',
    'faq/.drafts/draft.md': 'inside a nested dot-folder',
  };
  for (const [name, text] of Object.entries(files)) {
    await fs.mkdir(path.dirname(path.join(kb, name)), { recursive: true });
    await fs.writeFile(path.join(kb, name), text);
  }
});
afterAll(() => fs.rm(base, { recursive: true, force: true }));

describe('listIngestibleFiles', () => {
  it('walks a folder that sits under a dot-folder, skipping only dot-entries inside it', async () => {
    expect(await listIngestibleFiles([kb])).toEqual(
      ['faq/prices.csv', 'faq/shipping.txt', 'returns.md'].map((name) => path.join(kb, name)),
    );
  });

  it('also works with a relative path, and keeps a file named explicitly', async () => {
    const relative = path.relative(process.cwd(), kb);
    const explicit = path.join(kb, 'notes.xyz');
    expect(await listIngestibleFiles([relative, explicit])).toEqual(
      ['faq/prices.csv', 'faq/shipping.txt', 'notes.xyz', 'returns.md'].map((name) => path.join(kb, name)),
    );
  });

  it('says which path does not exist', async () => {
    await expect(listIngestibleFiles([path.join(kb, 'missing')])).rejects.toBeInstanceOf(NotFoundError);
  });
});
