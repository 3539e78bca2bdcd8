import { crc32 } from 'node:zlib';

/** One entry as it will be written: `data` is already stored (method 0) or raw-deflated (8). */
export interface ZipEntryInput {
  name: string;
  data: Uint8Array;
  method: 0 | 8;
  crc32: number;
  /** What the headers declare; tests set it to lie on purpose. */
  uncompressedSize: number;
}

/** An uncompressed entry with its real CRC and size. */
export function storedEntry(name: string, data: Uint8Array): ZipEntryInput {
  return { name, data, method: 0, crc32: crc32(data), uncompressedSize: data.length };
}

/**
 * Writes a plain (non-zip64) ZIP archive. Used to hand mammoth only the entries we have already
 * inflated and size-checked, and by the test fixtures to build archives with chosen headers.
 */
export function writeZip(entries: ZipEntryInput[]): Uint8Array {
  const encoder = new TextEncoder();
  const parts: Uint8Array[] = [];
  const central: Uint8Array[] = [];
  let offset = 0;
  for (const entry of entries) {
    const name = encoder.encode(entry.name);
    const local = new DataView(new ArrayBuffer(30));
    local.setUint32(0, 0x04034b50, true);
    writeCommon(local, 4, entry, name.length);
    parts.push(new Uint8Array(local.buffer), name, entry.data);

    const record = new DataView(new ArrayBuffer(46));
    record.setUint32(0, 0x02014b50, true);
    record.setUint16(4, 20, true); // version made by
    writeCommon(record, 6, entry, name.length);
    record.setUint32(42, offset, true);
    central.push(new Uint8Array(record.buffer), name);
    offset += 30 + name.length + entry.data.length;
  }
  const centralSize = central.reduce((sum, part) => sum + part.length, 0);
  const end = new DataView(new ArrayBuffer(22));
  end.setUint32(0, 0x06054b50, true);
  end.setUint16(8, entries.length, true);
  end.setUint16(10, entries.length, true);
  end.setUint32(12, centralSize, true);
  end.setUint32(16, offset, true);
  return concat([...parts, ...central, new Uint8Array(end.buffer)]);
}

/** Fields shared by local and central headers, from "version needed" to "extra length". */
function writeCommon(view: DataView, at: number, entry: ZipEntryInput, nameLength: number): void {
  view.setUint16(at, 20, true); // version needed
  view.setUint16(at + 2, 0x0800, true); // UTF-8 names
  view.setUint16(at + 4, entry.method, true);
  view.setUint16(at + 6, 0, true); // time
  view.setUint16(at + 8, 0x21, true); // date: 1980-01-01
  view.setUint32(at + 10, entry.crc32 >>> 0, true);
  view.setUint32(at + 14, entry.data.length, true);
  view.setUint32(at + 18, entry.uncompressedSize, true);
  view.setUint16(at + 22, nameLength, true);
  view.setUint16(at + 24, 0, true); // extra length
}

function concat(parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0));
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}
