/** Outcome of reading bytes as text: the text, or why the bytes are not (UTF) text. */
export type DecodedText =
  | { kind: 'text'; text: string; encoding: 'utf-8' | 'utf-16le' | 'utf-16be' }
  /** Looks like binary data (NUL or many control bytes): not a text document at all. */
  | { kind: 'binary' }
  /** Looks like text but is not valid UTF-8, e.g. a Latin-1 or Windows-1252 export. */
  | { kind: 'invalid-utf8'; offset: number };

const SAMPLE_BYTES = 8192;

/**
 * Decodes uploaded bytes strictly: a BOM selects UTF-8 or UTF-16, otherwise the bytes must be
 * valid UTF-8. Guessing a legacy code page would silently corrupt accented text, so we refuse.
 */
export function decodeText(bytes: Uint8Array): DecodedText {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return decodeUtf16(bytes, 'utf-16le');
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return decodeUtf16(bytes, 'utf-16be');
  if (looksBinary(bytes)) return { kind: 'binary' };
  try {
    // ignoreBOM: false (the default) strips a UTF-8 BOM.
    const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return { kind: 'text', text, encoding: 'utf-8' };
  } catch {
    return { kind: 'invalid-utf8', offset: firstInvalidUtf8Offset(bytes) };
  }
}

function decodeUtf16(bytes: Uint8Array, encoding: 'utf-16le' | 'utf-16be'): DecodedText {
  try {
    const text = new TextDecoder(encoding, { fatal: true }).decode(bytes);
    return { kind: 'text', text, encoding };
  } catch {
    return { kind: 'binary' };
  }
}

/** NUL bytes, or more than 2% control bytes in the first 8 KiB, mean "not a text file". */
function looksBinary(bytes: Uint8Array): boolean {
  const end = Math.min(bytes.length, SAMPLE_BYTES);
  let control = 0;
  for (let i = 0; i < end; i++) {
    const b = bytes[i]!;
    if (b === 0) return true;
    if (b < 0x09 || (b > 0x0d && b < 0x20 && b !== 0x1b)) control++;
  }
  return end > 0 && control / end > 0.02;
}

/** Byte offset of the first invalid sequence: the longest prefix that decodes (binary search). */
function firstInvalidUtf8Offset(bytes: Uint8Array): number {
  let lo = 0;
  let hi = bytes.length;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    try {
      // stream: true accepts a prefix that ends in the middle of a valid character.
      new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(0, mid), { stream: true });
      lo = mid;
    } catch {
      hi = mid - 1;
    }
  }
  // lo may end inside an incomplete sequence: the bad sequence starts where a full decode works.
  let offset = lo;
  while (offset > 0 && offset > lo - 4 && !decodes(bytes.subarray(0, offset))) offset--;
  return offset;
}

function decodes(bytes: Uint8Array): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}
