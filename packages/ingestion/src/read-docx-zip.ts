import { TooLargeError, UnreadableDocumentError } from '@grounded/shared';
import yauzl, { type Entry, type ZipFile } from 'yauzl';
import { storedEntry, writeZip, type ZipEntryInput } from './zip/write-zip';

/** Beyond this many entries a "document" is an attack or not a document. */
const MAX_ENTRIES = 10_000;
/** Real DOCX XML compresses about 5-30:1; zeros compress about 1000:1. */
const MAX_RATIO = 200;
const RATIO_MIN_BYTES = 1024 * 1024;

/** The verified DOCX: a stored (uncompressed) ZIP of its XML parts, plus docProps/core.xml. */
export interface CheckedDocx {
  /** Only the XML parts, already inflated and size-checked: all mammoth will ever read. */
  zip: Uint8Array;
  coreXml: string | undefined;
}

/**
 * Zip-bomb guard in front of mammoth. First the central directory (nothing inflated): too many
 * entries, a declared total above the limit or an absurd compression ratio is rejected. Then the
 * XML parts are inflated as streams that stop at the limit, and yauzl checks each stream against
 * its declared size, so a lying header fails after a few bytes instead of after gigabytes. mammoth
 * then gets a re-written, uncompressed ZIP of exactly those bytes (images and other binaries are
 * left out: we never read them), so it cannot inflate anything we did not measure.
 */
export async function checkDocxZip(bytes: Uint8Array, fileName: string, maxUncompressedBytes: number): Promise<CheckedDocx> {
  let zipfile: ZipFile;
  try {
    zipfile = await yauzl.fromBufferPromise(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), {
      lazyEntries: true,
      autoClose: false,
      validateEntrySizes: true,
      strictFileNames: false,
    });
  } catch (error) {
    throw corrupt(fileName, error);
  }
  try {
    const entries = await listEntries(zipfile, fileName);
    checkDeclaredSizes(entries, fileName, maxUncompressedBytes);
    const parts: ZipEntryInput[] = [];
    let coreXml: string | undefined;
    let inflated = 0;
    for (const entry of entries) {
      if (entry.fileName.endsWith('/') || !/\.(xml|rels)$/i.test(entry.fileName)) continue;
      const data = await inflate(zipfile, entry, fileName, maxUncompressedBytes - inflated);
      inflated += data.length;
      parts.push(storedEntry(entry.fileName, data));
      if (entry.fileName === 'docProps/core.xml') coreXml = new TextDecoder().decode(data);
    }
    return { zip: writeZip(parts), coreXml };
  } finally {
    zipfile.close();
  }
}

async function listEntries(zipfile: ZipFile, fileName: string): Promise<Entry[]> {
  if (zipfile.entryCount > MAX_ENTRIES) {
    throw new TooLargeError(`"${fileName}" has ${zipfile.entryCount} parts; a Word document has far fewer (limit ${MAX_ENTRIES}).`, {
      hint: 'This does not look like a real .docx (possibly a zip bomb): save the document again from Word and upload it.',
      details: { fileName, entries: zipfile.entryCount, limit: MAX_ENTRIES },
    });
  }
  const entries: Entry[] = [];
  try {
    for await (const entry of zipfile.eachEntry()) entries.push(entry);
  } catch (error) {
    throw corrupt(fileName, error);
  }
  return entries;
}

function checkDeclaredSizes(entries: Entry[], fileName: string, limit: number): void {
  const declared = entries.reduce((sum, entry) => sum + entry.uncompressedSize, 0);
  if (declared > limit) {
    throw new TooLargeError(
      `"${fileName}" would unpack to ${formatBytes(declared)}, over the ${formatBytes(limit)} limit for Word documents.`,
      {
        hint: 'This is likely a zip bomb or an oversized export: remove large embedded files or split the document. The limit is the maxDocxUncompressedBytes ingestion option.',
        details: { fileName, declaredUncompressedBytes: declared, limit },
      },
    );
  }
  for (const entry of entries) {
    const ratio = entry.uncompressedSize / Math.max(entry.compressedSize, 1);
    if (entry.uncompressedSize > RATIO_MIN_BYTES && ratio > MAX_RATIO) {
      throw new TooLargeError(
        `"${fileName}" looks like a zip bomb: part ${entry.fileName} expands ${Math.round(ratio)}:1 to ${formatBytes(entry.uncompressedSize)}.`,
        {
          hint: 'Real Word documents never compress like this: save the document again from Word and upload it.',
          details: { fileName, entry: entry.fileName, ratio: Math.round(ratio), limitRatio: MAX_RATIO },
        },
      );
    }
  }
}

/** Inflates one entry, stopping as soon as it exceeds its declared size or the remaining budget. */
async function inflate(zipfile: ZipFile, entry: Entry, fileName: string, budget: number): Promise<Uint8Array> {
  let stream;
  try {
    stream = await zipfile.openReadStreamPromise(entry);
  } catch (error) {
    throw corrupt(fileName, error);
  }
  const chunks: Buffer[] = [];
  let size = 0;
  try {
    for await (const chunk of stream as AsyncIterable<Buffer>) {
      size += chunk.length;
      if (size > budget) {
        stream.destroy();
        throw lyingHeader(fileName, entry, `more than the ${formatBytes(budget)} left of the limit`);
      }
      chunks.push(chunk);
    }
  } catch (error) {
    if (error instanceof TooLargeError) throw error;
    if (error instanceof Error && /too many bytes in the stream/.test(error.message)) {
      throw lyingHeader(fileName, entry, `more than the ${formatBytes(entry.uncompressedSize)} its header declares`);
    }
    throw corrupt(fileName, error);
  }
  return Buffer.concat(chunks);
}

function lyingHeader(fileName: string, entry: Entry, what: string): TooLargeError {
  return new TooLargeError(`"${fileName}" looks like a zip bomb: part ${entry.fileName} unpacks to ${what}.`, {
    hint: 'The archive headers do not match its content: save the document again from Word and upload it.',
    details: { fileName, entry: entry.fileName, declaredUncompressedBytes: entry.uncompressedSize },
  });
}

function corrupt(fileName: string, error: unknown): UnreadableDocumentError {
  return new UnreadableDocumentError(
    `Cannot read "${fileName}": corrupt Word document (${error instanceof Error ? error.message : String(error)}).`,
    {
      hint: 'The file may be truncated or damaged: open it in Word, save it again as .docx, and re-upload it.',
      cause: error,
      details: { fileName },
    },
  );
}

export function formatBytes(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${(bytes / (1024 * 1024)).toFixed(1)} MiB`;
  if (bytes >= 1024) return `${(bytes / 1024).toFixed(1)} KiB`;
  return `${bytes} bytes`;
}
