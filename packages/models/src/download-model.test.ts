import { createHash } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdtemp, readFile, rm, stat } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NotFoundError, ServiceUnavailableError } from '@grounded/shared';
import { MODEL_CATALOG } from './catalog';
import { downloadModel, hfUriToUrl, listInstalled, removeModel, resolveModelSource, type DownloadProgress } from './download-model';
import { testModelMistral } from './testing';

/**
 * A fake model host (stand-in for huggingface.co, unreachable here) over real HTTP: serves the
 * fixture GGUF with Range support, and can drop the connection midway through a response.
 */
let server: http.Server;
let base: string;
let fixture: Buffer;
let sha256: string;
const seenRanges: (string | undefined)[] = [];
let dropNext = 0;

beforeAll(async () => {
  fixture = await readFile(testModelMistral());
  sha256 = createHash('sha256').update(fixture).digest('hex');
  server = http.createServer((req, res) => {
    seenRanges.push(req.headers.range);
    if (!req.url?.startsWith('/models/fixture.gguf')) {
      res.writeHead(404).end();
      return;
    }
    const range = /^bytes=(\d+)-$/.exec(req.headers.range ?? '');
    const start = range ? Number(range[1]) : 0;
    const body = fixture.subarray(start);
    res.writeHead(range ? 206 : 200, {
      'content-length': body.length,
      ...(range ? { 'content-range': `bytes ${start}-${fixture.length - 1}/${fixture.length}` } : {}),
    });
    if (dropNext > 0) {
      dropNext--;
      // Send about 40% of the body, then kill the socket like a flaky network.
      res.write(body.subarray(0, Math.floor(body.length * 0.4)), () => setTimeout(() => res.socket?.destroy(), 20));
      return;
    }
    res.end(body);
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  await new Promise<void>((r) => server.close(() => r()));
});

async function tempDir() {
  return mkdtemp(path.join(os.tmpdir(), 'grounded-dl-'));
}

describe('model sources', () => {
  it('maps hf: URIs to the huggingface.co resolve/main URL', () => {
    expect(hfUriToUrl('hf:bartowski/Llama-3.2-1B-Instruct-GGUF/Llama-3.2-1B-Instruct-Q4_K_M.gguf')).toBe(
      'https://huggingface.co/bartowski/Llama-3.2-1B-Instruct-GGUF/resolve/main/Llama-3.2-1B-Instruct-Q4_K_M.gguf',
    );
    expect(resolveModelSource('llama-3.2-1b-instruct')).toMatchObject({ fileName: 'Llama-3.2-1B-Instruct-Q4_K_M.gguf' });
    expect(() => resolveModelSource('no-such-model')).toThrow(NotFoundError);
  });

  it('catalogs the required models with kinds', () => {
    const ids = MODEL_CATALOG.map((e) => e.id);
    for (const id of ['mistral-7b-instruct-v0.3', 'mistral-nemo-instruct-2407', 'llama-3.1-8b-instruct', 'llama-3.2-1b-instruct', 'llama-3.2-3b-instruct', 'nomic-embed-text-v1.5', 'bge-m3', 'llama-guard-3-1b']) {
      expect(ids).toContain(id);
    }
    expect(MODEL_CATALOG.find((e) => e.id === 'llama-guard-3-1b')?.kind).toBe('guard');
    expect(MODEL_CATALOG.some((e) => e.id.startsWith('multilingual-e5'))).toBe(true);
  });
});

describe('downloadModel', () => {
  it('downloads with progress, verifies the checksum and renames atomically', async () => {
    const dir = await tempDir();
    const progress: DownloadProgress[] = [];
    const result = await downloadModel({ url: `${base}/models/fixture.gguf`, fileName: 'fixture.gguf', sha256 }, { modelsDir: dir, onProgress: (p) => progress.push(p) });
    expect(result).toMatchObject({ bytes: fixture.length, sha256, alreadyInstalled: false, resumes: 0 });
    expect(progress.at(-1)).toMatchObject({ receivedBytes: fixture.length, totalBytes: fixture.length });
    expect(progress.length).toBeGreaterThan(1);
    expect(await listInstalled(dir)).toEqual([expect.objectContaining({ fileName: 'fixture.gguf', partial: false, sizeBytes: fixture.length })]);
    const again = await downloadModel({ url: `${base}/models/fixture.gguf`, fileName: 'fixture.gguf', sha256 }, { modelsDir: dir });
    expect(again.alreadyInstalled).toBe(true);
    await rm(dir, { recursive: true });
  });

  it('resumes after the server drops the connection midway, to the right checksum', async () => {
    const dir = await tempDir();
    const source = { url: `${base}/models/fixture.gguf`, fileName: 'fixture.gguf', sha256 };
    // First run: no retries, so the interruption is visible and the partial file stays.
    dropNext = 1;
    await expect(downloadModel(source, { modelsDir: dir, retries: 0 })).rejects.toBeInstanceOf(ServiceUnavailableError);
    const partial = await stat(path.join(dir, 'fixture.gguf.partial'));
    expect(partial.size).toBeGreaterThan(0);
    expect(partial.size).toBeLessThan(fixture.length);
    expect((await listInstalled(dir))[0]).toMatchObject({ partial: true });

    // Second run: asks for the rest with a Range header, and reports that it resumed.
    seenRanges.length = 0;
    const progress: DownloadProgress[] = [];
    const result = await downloadModel(source, { modelsDir: dir, onProgress: (p) => progress.push(p) });
    expect(seenRanges[0]).toBe(`bytes=${partial.size}-`);
    expect(progress[0]).toMatchObject({ resumed: true, receivedBytes: partial.size });
    expect(result).toMatchObject({ sha256, resumes: 1, bytes: fixture.length });
    expect(await readFile(result.path)).toEqual(fixture);
    await rm(dir, { recursive: true });
  });

  it('retries by itself when the connection drops, resuming each time', async () => {
    const dir = await tempDir();
    dropNext = 2;
    const result = await downloadModel({ url: `${base}/models/fixture.gguf`, fileName: 'fixture.gguf', sha256 }, { modelsDir: dir, retries: 3 });
    expect(result.resumes).toBe(2);
    expect(result.sha256).toBe(sha256);
    await rm(dir, { recursive: true });
  });

  it('rejects a checksum mismatch and deletes the bad file', async () => {
    const dir = await tempDir();
    await expect(downloadModel({ url: `${base}/models/fixture.gguf`, fileName: 'fixture.gguf', sha256: '0'.repeat(64) }, { modelsDir: dir })).rejects.toThrow(/Checksum mismatch/);
    expect(await listInstalled(dir)).toEqual([]);
    await rm(dir, { recursive: true });
  });

  it('removes models by id or file name', async () => {
    const dir = await tempDir();
    await downloadModel({ url: `${base}/models/fixture.gguf`, fileName: 'Llama-3.2-1B-Instruct-Q4_K_M.gguf' }, { modelsDir: dir });
    expect((await listInstalled(dir))[0]?.catalogId).toBe('llama-3.2-1b-instruct');
    expect(await removeModel(dir, 'llama-3.2-1b-instruct')).toHaveLength(1);
    await expect(removeModel(dir, 'llama-3.2-1b-instruct')).rejects.toBeInstanceOf(NotFoundError);
    await rm(dir, { recursive: true });
  });
});
