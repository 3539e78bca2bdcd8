/**
 * Model downloads into the models directory: `<file>.partial` while in flight, resumed with HTTP
 * Range requests after an interruption, verified by sha256 when known (from the catalog, else the
 * checksum the host publishes: Hugging Face sends each LFS file's sha256 as `X-Linked-Etag`), then
 * renamed atomically so a half-written file is never mistaken for a model.
 */
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { mkdir, open, readdir, rename, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { ModelLoadError, NotFoundError, ServiceUnavailableError, ValidationError } from '@grounded/shared';
import { catalogFileName, findCatalogEntry, MODEL_CATALOG, type CatalogEntry } from './catalog';

export interface ModelSource {
  url: string;
  fileName: string;
  sha256?: string;
  entry?: CatalogEntry;
  /**
   * The host is Hugging Face (or speaks like it), which publishes each LFS file's sha256 as
   * `X-Linked-Etag`: only then is that header trusted as a checksum. Set for catalog entries, hf:
   * URIs and huggingface.co URLs.
   */
  publishesSha256?: boolean;
}

const HF_HINT = 'Use hf:<user>/<repo>/<file>.gguf: names of letters, digits, "-", "_" and ".", no ".." or leading "/".';
/** Hub user and repository names: a letter or digit first, no path separators. */
const HF_NAME = /^[A-Za-z0-9][\w.-]{0,95}$/;
/** One folder or file name inside the repository: never "." or "..", never hidden. */
const HF_SEGMENT = /^\w[\w.+-]*$/;

/** Splits and checks an `hf:` URI, so that no part of it can climb out of a URL path or the models directory. */
function parseHfUri(uri: string): { user: string; repo: string; segments: string[] } {
  const [user = '', repo = '', ...segments] = uri.slice('hf:'.length).split('/');
  const safe =
    uri.startsWith('hf:') &&
    HF_NAME.test(user) &&
    HF_NAME.test(repo) &&
    !`${user}/${repo}`.includes('..') &&
    segments.length > 0 &&
    segments.every((segment) => HF_SEGMENT.test(segment) && !segment.includes('..')) &&
    segments.at(-1)!.endsWith('.gguf');
  if (!safe) throw new ValidationError(`Not a valid hf: model URI: ${uri}`, { hint: HF_HINT });
  return { user, repo, segments };
}

/** `hf:<user>/<repo>/<path>.gguf` -> the file's https URL on huggingface.co. */
export function hfUriToUrl(uri: string): string {
  const { user, repo, segments } = parseHfUri(uri);
  return `https://huggingface.co/${user}/${repo}/resolve/main/${segments.map(encodeURIComponent).join('/')}`;
}

/** A catalog id, an `hf:` URI or an http(s) URL -> where to download it and under which name. */
export function resolveModelSource(idOrUrl: string, catalog: readonly CatalogEntry[] = MODEL_CATALOG): ModelSource {
  const entry = findCatalogEntry(idOrUrl, catalog);
  if (entry) return { url: hfUriToUrl(entry.uri), fileName: catalogFileName(entry), sha256: entry.sha256, entry, publishesSha256: true };
  if (idOrUrl.startsWith('hf:')) return { url: hfUriToUrl(idOrUrl), fileName: parseHfUri(idOrUrl).segments.at(-1)!, publishesSha256: true };
  if (/^https?:\/\//.test(idOrUrl)) {
    const name = decodeURIComponent(path.posix.basename(new URL(idOrUrl).pathname));
    if (!name || !/^[\w.+-]+$/.test(name)) throw new ValidationError(`Cannot tell a file name from ${idOrUrl}`, { hint: 'Use a URL that ends in <name>.gguf.' });
    const huggingFace = ['huggingface.co', 'hf.co'].includes(new URL(idOrUrl).hostname);
    return { url: idOrUrl, fileName: name.endsWith('.gguf') ? name : `${name}.gguf`, ...(huggingFace ? { publishesSha256: true } : {}) };
  }
  throw new NotFoundError(`Unknown model "${idOrUrl}"`, { hint: 'Run `npx grounded models list` for catalog ids, or pass an hf: URI or https URL.' });
}

export interface DownloadProgress {
  receivedBytes: number;
  totalBytes: number | undefined;
  /** True for the first report after resuming a partial file. */
  resumed: boolean;
}

export interface DownloadModelOptions {
  modelsDir: string;
  onProgress?: (progress: DownloadProgress) => void;
  signal?: AbortSignal;
  /** Automatic resumes after a dropped connection. @default 3 */
  retries?: number;
  /** Bearer token for gated repositories. */
  token?: string;
}

export interface DownloadResult {
  path: string;
  bytes: number;
  sha256: string;
  /** The file was already installed; nothing was downloaded. */
  alreadyInstalled: boolean;
  /** Number of times the download resumed from a partial file. */
  resumes: number;
  /** Where the checksum the file was verified against came from; undefined when none was known. */
  verifiedAgainst: 'catalog' | 'publisher' | undefined;
}

async function fileSize(file: string): Promise<number> {
  return stat(file).then((s) => s.size, () => 0);
}

export async function sha256File(file: string): Promise<string> {
  const hash = createHash('sha256');
  await pipeline(createReadStream(file), hash);
  return hash.digest('hex');
}

/** Downloads a model (resuming any partial file) and returns where it is. */
export async function downloadModel(source: ModelSource, options: DownloadModelOptions): Promise<DownloadResult> {
  const finalPath = modelFilePath(options.modelsDir, source.fileName);
  await mkdir(options.modelsDir, { recursive: true });
  const partialPath = `${finalPath}.partial`;
  // An installed file is checked before any network: against the catalog when it knows the
  // checksum, otherwise it stands as it was verified when it was downloaded (the publisher's
  // current file may differ from it, and pulling an installed model must work offline).
  if ((await fileSize(finalPath)) > 0) {
    const sha256 = await sha256File(finalPath);
    if (!source.sha256 || source.sha256 === sha256) {
      return { path: finalPath, bytes: await fileSize(finalPath), sha256, alreadyInstalled: true, resumes: 0, verifiedAgainst: source.sha256 ? 'catalog' : undefined };
    }
  }
  const published = source.sha256 || !source.publishesSha256 ? undefined : await publishedSha256(source, options);
  const expected = source.sha256 ?? published;
  const verifiedAgainst = source.sha256 ? 'catalog' : published ? 'publisher' : undefined;
  const retries = options.retries ?? 3;
  let resumes = 0;
  for (let attempt = 0; ; attempt++) {
    const attemptState = { resumed: false };
    try {
      await fetchInto(source, partialPath, options, attemptState);
      if (attemptState.resumed) resumes++;
      break;
    } catch (error) {
      if (attemptState.resumed) resumes++;
      // Only network trouble is worth another attempt; each attempt resumes the partial file.
      const retryable = error instanceof ServiceUnavailableError && !options.signal?.aborted;
      if (!retryable || attempt >= retries) throw error;
      await new Promise((r) => setTimeout(r, Math.min(250 * 2 ** attempt, 5000)));
    }
  }
  const sha256 = await sha256File(partialPath);
  if (expected && sha256 !== expected) {
    await rm(partialPath, { force: true });
    throw new ModelLoadError(`Checksum mismatch for ${source.fileName}: expected ${expected} (${verifiedAgainst === 'catalog' ? 'catalog' : "the host's published checksum"}), got ${sha256}`, {
      hint: 'The partial file was deleted; run the pull again.',
    });
  }
  const handle = await open(partialPath, 'r');
  const magic = Buffer.alloc(4);
  try {
    await handle.read(magic, 0, 4, 0);
  } finally {
    await handle.close();
  }
  if (magic.toString('latin1') !== 'GGUF') {
    await rm(partialPath, { force: true });
    throw new ModelLoadError(`${source.url} did not return a GGUF file`, { hint: 'Check the URL (a login page or an error page is not a model).' });
  }
  await rename(partialPath, finalPath);
  return { path: finalPath, bytes: await fileSize(finalPath), sha256, alreadyInstalled: false, resumes, verifiedAgainst };
}

/** Same-origin redirects followed while looking for the checksum (a renamed repository answers with one). */
const MAX_SAME_ORIGIN_REDIRECTS = 3;

/**
 * The sha256 the host publishes for the file, if any: HEAD requests that follow redirects only
 * within the same origin (never to the CDN, whose headers are not the publisher's), reading Hugging
 * Face's `X-Linked-Etag` (the LFS object id, which is the file's sha256). Any failure means
 * "unknown": the download itself reports network trouble.
 */
async function publishedSha256(source: ModelSource, options: DownloadModelOptions): Promise<string | undefined> {
  try {
    const signal = AbortSignal.any([AbortSignal.timeout(10_000), ...(options.signal ? [options.signal] : [])]);
    let url = new URL(source.url);
    for (let hop = 0; hop <= MAX_SAME_ORIGIN_REDIRECTS; hop++) {
      const response = await fetch(url, {
        method: 'HEAD',
        redirect: 'manual',
        headers: options.token ? { authorization: `Bearer ${options.token}` } : {},
        signal,
      });
      const etag = response.headers.get('x-linked-etag')?.replace(/^W\//, '').replaceAll('"', '').toLowerCase();
      if (etag && /^[a-f0-9]{64}$/.test(etag)) return etag;
      const location = response.headers.get('location');
      if (response.status < 300 || response.status >= 400 || !location) return undefined;
      const next = new URL(location, url);
      // Same origin only: never to the CDN, and never from https down to http with the token.
      if (next.origin !== url.origin) return undefined;
      url = next;
    }
    return undefined;
  } catch {
    return undefined;
  }
}

/** Where a download lands: a plain file directly inside the models directory, never elsewhere. */
function modelFilePath(modelsDir: string, fileName: string): string {
  const dir = path.resolve(modelsDir);
  const file = path.resolve(dir, fileName);
  if (!fileName || path.dirname(file) !== dir || path.basename(file) !== fileName) {
    throw new ValidationError(`Model file name "${fileName}" is not a plain file name inside ${dir}`, {
      hint: 'Use a plain file name such as model.gguf, without folders or "..".',
    });
  }
  return file;
}

/** One HTTP attempt appending to the partial file; `state.resumed` says whether it continued one. */
async function fetchInto(source: ModelSource, partialPath: string, options: DownloadModelOptions, state: { resumed: boolean }): Promise<void> {
  const offset = await fileSize(partialPath);
  let response: Response;
  try {
    response = await fetch(source.url, {
      headers: { ...(offset > 0 ? { range: `bytes=${offset}-` } : {}), ...(options.token ? { authorization: `Bearer ${options.token}` } : {}) },
      signal: options.signal,
      redirect: 'follow',
    });
  } catch (error) {
    throw new ServiceUnavailableError(`Cannot reach ${new URL(source.url).host} to download ${source.fileName}`, {
      hint: 'Check the network connection, then run the same pull again: it resumes.',
      cause: error,
    });
  }
  if (response.status === 416 && offset > 0) {
    state.resumed = true; // the partial file is already complete
    return;
  }
  if (!response.ok) {
    throw new (response.status >= 500 ? ServiceUnavailableError : ValidationError)(`Download of ${source.fileName} failed with HTTP ${response.status}`, {
      hint: response.status === 401 || response.status === 403 ? 'The repository is gated: accept its license and pass a token.' : 'Check the model id or URL.',
      details: { url: source.url, status: response.status },
    });
  }
  const resumed = response.status === 206 && offset > 0;
  state.resumed = resumed;
  const start = resumed ? offset : 0;
  const length = Number(response.headers.get('content-length'));
  const totalBytes = Number.isFinite(length) && length > 0 ? start + length : undefined;
  let receivedBytes = start;
  let first = true;
  const report = () => {
    options.onProgress?.({ receivedBytes, totalBytes, resumed: resumed && first });
    first = false;
  };
  report();
  // The stream closes the handle when it ends or is destroyed; `finally` closes it on any path the
  // stream never reached (a second close is a no-op). Opened before the body starts flowing, so no
  // chunk can pass before the pipeline is attached.
  const out = await open(partialPath, resumed ? 'a' : 'w').catch(async (error: unknown) => {
    await response.body?.cancel();
    throw error;
  });
  try {
    const body = Readable.fromWeb(response.body as import('node:stream/web').ReadableStream<Uint8Array>);
    body.on('data', (chunk: Buffer) => {
      receivedBytes += chunk.length;
      report();
    });
    await pipeline(body, out.createWriteStream());
  } catch (error) {
    throw new ServiceUnavailableError(`Download of ${source.fileName} was interrupted at ${receivedBytes} bytes`, {
      hint: 'Run the same pull again: it resumes from the partial file.',
      cause: error,
    });
  } finally {
    await out.close();
  }
  if (totalBytes !== undefined && receivedBytes < totalBytes) {
    throw new ServiceUnavailableError(`Download of ${source.fileName} ended early (${receivedBytes} of ${totalBytes} bytes)`, {
      hint: 'Run the same pull again: it resumes from the partial file.',
    });
  }
}

export interface InstalledModel {
  fileName: string;
  path: string;
  sizeBytes: number;
  /** Catalog id when the file name matches a catalog entry. */
  catalogId: string | undefined;
  /** An unfinished download. */
  partial: boolean;
}

/** GGUF files (and unfinished downloads) in the models directory. */
export async function listInstalled(modelsDir: string, catalog: readonly CatalogEntry[] = MODEL_CATALOG): Promise<InstalledModel[]> {
  const names = await readdir(modelsDir).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return [] as string[];
    throw error;
  });
  const out: InstalledModel[] = [];
  for (const name of names.sort()) {
    const partial = name.endsWith('.gguf.partial');
    if (!partial && !name.endsWith('.gguf')) continue;
    const fileName = partial ? name.slice(0, -'.partial'.length) : name;
    const full = path.join(modelsDir, name);
    out.push({ fileName, path: full, sizeBytes: await fileSize(full), catalogId: catalog.find((e) => catalogFileName(e) === fileName)?.id, partial });
  }
  return out;
}

/** Deletes a model (by catalog id or file name) and any partial download of it. */
export async function removeModel(modelsDir: string, idOrFile: string, catalog: readonly CatalogEntry[] = MODEL_CATALOG): Promise<string[]> {
  const entry = findCatalogEntry(idOrFile, catalog);
  const fileName = entry ? catalogFileName(entry) : path.basename(idOrFile);
  const candidates = [path.join(modelsDir, fileName), path.join(modelsDir, `${fileName}.partial`)];
  const removed: string[] = [];
  for (const file of candidates) {
    if ((await stat(file).catch(() => undefined))?.isFile()) {
      await rm(file);
      removed.push(file);
    }
  }
  if (removed.length === 0) {
    throw new NotFoundError(`No installed model "${idOrFile}" in ${modelsDir}`, { hint: 'Run `npx grounded models list` to see installed files.' });
  }
  return removed;
}
