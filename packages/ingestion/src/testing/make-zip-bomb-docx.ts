import { constants, crc32, deflateRawSync } from 'node:zlib';
import { storedEntry, writeZip } from '../zip/write-zip';

export interface ZipBombOptions {
  /** What word/document.xml really inflates to, in MiB. @default 300 */
  inflatedMiB?: number;
  /**
   * 'honest': headers declare the real size (caught from the central directory alone).
   * 'lying': headers declare 4 KiB (caught only while inflating).
   * @default 'honest'
   */
  headers?: 'honest' | 'lying';
}

const MIB = 1024 * 1024;

/**
 * A DOCX whose word/document.xml is `inflatedMiB` of zeros, deflated about 1000:1. Built without
 * allocating the inflated size: one MiB of zeros is deflated once with a sync flush (a
 * self-contained, non-final run of blocks), repeated, and closed with an empty final block.
 */
export function makeZipBombDocx(options: ZipBombOptions = {}): Uint8Array {
  const inflatedMiB = options.inflatedMiB ?? 300;
  const zeros = new Uint8Array(MIB);
  const block = deflateRawSync(zeros, { level: 9, finishFlush: constants.Z_SYNC_FLUSH });
  const finalEmptyBlock = new Uint8Array([0x03, 0x00]);
  const compressed = new Uint8Array(block.length * inflatedMiB + finalEmptyBlock.length);
  let crc = 0;
  for (let i = 0; i < inflatedMiB; i++) {
    compressed.set(block, i * block.length);
    crc = crc32(zeros, crc);
  }
  compressed.set(finalEmptyBlock, block.length * inflatedMiB);
  const declared = options.headers === 'lying' ? 4096 : inflatedMiB * MIB;
  const encoder = new TextEncoder();
  return writeZip([
    storedEntry(
      '[Content_Types].xml',
      encoder.encode(
        '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
          '<Default Extension="xml" ContentType="application/xml"/></Types>',
      ),
    ),
    { name: 'word/document.xml', data: compressed, method: 8, crc32: crc, uncompressedSize: declared },
  ]);
}
