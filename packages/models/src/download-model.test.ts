import { createHash } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdtemp, readdir, readFile, readlink, rm, stat } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NotFoundError, ServiceUnavailableError, ValidationError } from '@grounded/shared';
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
const seenRequests: string[] = [];
let dropNext = 0;

beforeAll(async () => {
  fixture = await readFile(testModelMistral());
  sha256 = createHash('sha256').update(fixture).digest('hex');
  server = http.createServer((req, res) => {
    seenRanges.push(req.headers.range);
    seenRequests.push(`${req.method} ${req.url}`);
    if (req.url === '/models/stall.gguf') {
      // Half the file, then silence: the client has to abort. (A HEAD gets its headers and ends.)
      res.writeHead(200, { 'content-length': fixture.length });
      if (req.method === 'HEAD') return void res.end();
      res.write(fixture.subarray(0, fixture.length >> 1));
      return;
    }
    // A redirect to another origin (localhost is not 127.0.0.1): its checksum header is not the publisher's.
    if (req.url?.startsWith('/cross/')) {
      const port = (server.address() as AddressInfo).port;
      res.writeHead(307, { location: `http://localhost:${port}${req.url.replace('/cross/', '/resolve/')}` }).end();
      return;
    }
    // A renamed repository: a relative redirect to its new /resolve path, without the checksum.
    if (req.url?.startsWith('/moved/')) {
      res.writeHead(307, { location: req.url.replace('/moved/', '/resolve/') }).end();
      return;
    }
    // Hugging Face style: /resolve answers with a redirect to the CDN that carries the file's
    // sha256 as X-Linked-Etag (a wrong one under /resolve-bad).
    const hf = /^\/(resolve|resolve-bad)\//.exec(req.url ?? '');
    if (hf) {
      const etag = hf[1] === 'resolve' ? sha256 : 'f'.repeat(64);
      res.writeHead(302, { location: '/models/fixture.gguf', 'x-linked-etag': `"${etag}"`, 'x-linked-size': fixture.length }).end();
      return;
    }
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
  server.closeAllConnections();
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

  it('keeps hf: folders in the URL but names the file by its last segment', () => {
    expect(resolveModelSource('hf:some-user/some.repo_GGUF/Q4_K_M/model-00001.gguf')).toEqual({
      url: 'https://huggingface.co/some-user/some.repo_GGUF/resolve/main/Q4_K_M/model-00001.gguf',
      fileName: 'model-00001.gguf',
      publishesSha256: true,
    });
    for (const entry of MODEL_CATALOG) expect(() => hfUriToUrl(entry.uri)).not.toThrow();
  });

  it.each([
    'hf:evil/repo/../../x.gguf',
    'hf:evil/repo/sub/../../../x.gguf',
    'hf:../repo/x.gguf',
    'hf:evil/../x.gguf',
    'hf:evil/repo//etc/x.gguf',
    'hf:/evil/repo/x.gguf',
    'hf:evil/repo/./x.gguf',
    'hf:evil/repo/.x.gguf',
    'hf:evil/repo/..gguf',
    'hf:evil/repo/a\\..\\x.gguf',
    'hf:evil/repo/x.gguf/..',
    'hf:evil/repo/x%2F..%2Fy.gguf',
  ])('rejects the path-climbing hf: URI %s with a hint', (uri) => {
    expect(() => resolveModelSource(uri)).toThrow(ValidationError);
    expect(() => hfUriToUrl(uri)).toThrow(expect.objectContaining({ hint: expect.stringMatching(/hf:<user>\/<repo>\/<file>\.gguf/) }));
  });

  it.each(['hf:user/repo/model.bin', 'hf:user/repo/model.gguf.exe', 'hf:user/repo/', 'hf:user/repo'])('rejects %s, which is not a .gguf file', (uri) => {
    expect(() => resolveModelSource(uri)).toThrow(ValidationError);
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

  it("verifies against the host's published sha256 when the catalog has none, and rejects a mismatch", async () => {
    const dir = await tempDir();
    const good = await downloadModel({ url: `${base}/resolve/fixture.gguf`, fileName: 'fixture.gguf', publishesSha256: true }, { modelsDir: dir });
    expect(good).toMatchObject({ sha256, verifiedAgainst: 'publisher', alreadyInstalled: false });
    const plain = await downloadModel({ url: `${base}/models/fixture.gguf`, fileName: 'plain.gguf', publishesSha256: true }, { modelsDir: dir });
    expect(plain.verifiedAgainst).toBeUndefined();
    const moved = await downloadModel({ url: `${base}/moved/fixture.gguf`, fileName: 'moved.gguf', publishesSha256: true }, { modelsDir: dir });
    expect(moved).toMatchObject({ sha256, verifiedAgainst: 'publisher' });
    const cross = await downloadModel({ url: `${base}/cross/fixture.gguf`, fileName: 'cross.gguf', publishesSha256: true }, { modelsDir: dir });
    expect(cross).toMatchObject({ sha256, verifiedAgainst: undefined });
    const bad = downloadModel({ url: `${base}/resolve-bad/fixture.gguf`, fileName: 'bad.gguf', publishesSha256: true }, { modelsDir: dir });
    await expect(bad).rejects.toThrow(/Checksum mismatch for bad.gguf: expected f{64} \(the host's published checksum\)/);
    expect((await listInstalled(dir)).map((f) => f.fileName)).toEqual(['cross.gguf', 'fixture.gguf', 'moved.gguf', 'plain.gguf']);
    await rm(dir, { recursive: true });
  });

  it('trusts X-Linked-Etag only from a host that publishes checksums, and checks an installed file without the network', async () => {
    const dir = await tempDir();
    // Any other server could send a header that merely looks like a checksum.
    const other = await downloadModel({ url: `${base}/resolve-bad/fixture.gguf`, fileName: 'other.gguf' }, { modelsDir: dir });
    expect(other).toMatchObject({ sha256, verifiedAgainst: undefined, alreadyInstalled: false });
    expect(resolveModelSource('hf:some-user/some-repo/model.gguf').publishesSha256).toBe(true);
    expect(resolveModelSource('https://huggingface.co/u/r/resolve/main/model.gguf').publishesSha256).toBe(true);
    expect(resolveModelSource('https://example.com/model.gguf').publishesSha256).toBeUndefined();
    seenRequests.length = 0;
    const again = await downloadModel({ url: `${base}/resolve-bad/fixture.gguf`, fileName: 'other.gguf', publishesSha256: true }, { modelsDir: dir });
    expect(again).toMatchObject({ sha256, alreadyInstalled: true });
    expect(seenRequests).toEqual([]);
    await rm(dir, { recursive: true });
  });

  it('rejects a checksum mismatch and deletes the bad file', async () => {
    const dir = await tempDir();
    await expect(downloadModel({ url: `${base}/models/fixture.gguf`, fileName: 'fixture.gguf', sha256: '0'.repeat(64) }, { modelsDir: dir })).rejects.toThrow(/Checksum mismatch/);
    expect(await listInstalled(dir)).toEqual([]);
    await rm(dir, { recursive: true });
  });

  it('refuses a file name that leaves the models directory before any request or write', async () => {
    const root = await tempDir();
    const modelsDir = path.join(root, 'models');
    const requests = seenRanges.length;
    for (const fileName of ['../x.gguf', '../../x.gguf', path.join(root, 'x.gguf'), 'sub/x.gguf', '', '.']) {
      await expect(downloadModel({ url: `${base}/models/fixture.gguf`, fileName }, { modelsDir })).rejects.toThrow(ValidationError);
    }
    expect(seenRanges.length).toBe(requests);
    expect(await readdir(root)).toEqual([]);
    await rm(root, { recursive: true });
  });

  it('closes the partial file when the download is aborted', async () => {
    const dir = await tempDir();
    const abort = new AbortController();
    const download = downloadModel(
      { url: `${base}/models/stall.gguf`, fileName: 'stall.gguf' },
      { modelsDir: dir, signal: abort.signal, onProgress: (p) => p.receivedBytes > 0 && abort.abort() },
    );
    await expect(download).rejects.toBeInstanceOf(ServiceUnavailableError);
    const partial = path.join(dir, 'stall.gguf.partial');
    expect((await stat(partial)).isFile()).toBe(true);
    // Linux lists this process's open files in /proc/self/fd: none may still point at the partial file.
    const fds = await readdir('/proc/self/fd');
    const open = await Promise.all(fds.map((fd) => readlink(`/proc/self/fd/${fd}`).catch(() => '')));
    expect(open).not.toContain(partial);
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
