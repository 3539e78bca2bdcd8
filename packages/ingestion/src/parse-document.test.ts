import { ConfigError, TooLargeError, UnreadableDocumentError, ValidationError } from '@grounded/shared';
import { describe, expect, it } from 'vitest';
import { documentIdFromFileName } from './document-id-from-file-name';
import { parseDocument } from './parse-document';
import { SAMPLE_TEXTS } from './testing';

const bytes = (text: string) => new TextEncoder().encode(text);

describe('parseDocument: chunking', () => {
  const long = Array.from({ length: 12 }, (_, i) => `Paragraph ${i}. ${SAMPLE_TEXTS.en}`).join('\n\n');

  it('keeps chunks within chunkSize and overlaps consecutive chunks of a section', async () => {
    // One long paragraph, so the splitter works at sentence and word level where overlap applies
    // (LangChain overlaps whole pieces: paragraphs longer than chunkOverlap are never repeated).
    const paragraph = Array.from({ length: 60 }, (_, i) => `Rule ${i} says parcel ${i * 7} ships in ${i + 2} days.`).join(' ');
    const doc = await parseDocument({ bytes: bytes(`# Long\n\n${paragraph}`), fileName: 'long.md' }, { chunkSize: 300, chunkOverlap: 80 });
    expect(doc.chunks.length).toBeGreaterThan(5);
    expect(doc.chunks.every((c) => c.text.length <= 300)).toBe(true);
    let overlapping = 0;
    for (let i = 1; i < doc.chunks.length; i++) {
      const previous = doc.chunks[i - 1]!.text;
      const head = doc.chunks[i]!.text.slice(0, 20);
      if (previous.includes(head)) overlapping++;
      expect(doc.chunks[i]!.sectionPath).toEqual(['Long']);
    }
    expect(overlapping).toBeGreaterThan(doc.chunks.length / 2);
    const noOverlap = await parseDocument({ bytes: bytes(`# Long\n\n${paragraph}`), fileName: 'long.md' }, { chunkSize: 300, chunkOverlap: 0 });
    const repeated = noOverlap.chunks.filter((c, i) => i > 0 && noOverlap.chunks[i - 1]!.text.includes(c.text.slice(0, 20)));
    expect(repeated).toHaveLength(0);
  });

  it('uses the 1000/150 defaults', async () => {
    const doc = await parseDocument({ bytes: bytes(long), fileName: 'long.txt' });
    expect(Math.max(...doc.chunks.map((c) => c.text.length))).toBeLessThanOrEqual(1000);
    expect(Math.max(...doc.chunks.map((c) => c.text.length))).toBeGreaterThan(700);
  });

  it('rejects options that cannot work', async () => {
    await expect(parseDocument({ bytes: bytes('x'), fileName: 'a.txt' }, { chunkSize: 100, chunkOverlap: 100 })).rejects.toThrow(ConfigError);
  });
});

describe('parseDocument: content hash', () => {
  it('is stable for the same content and ignores layout-only differences and chunk options', async () => {
    const a = await parseDocument({ bytes: bytes(`# T\n\n${SAMPLE_TEXTS.en}`), fileName: 'a.md' });
    const again = await parseDocument({ bytes: bytes(`# T\r\n\r\n\r\n${SAMPLE_TEXTS.en.replace(/ /g, '  ')}\n`), fileName: 'a.md' }, { chunkSize: 100, chunkOverlap: 10 });
    expect(a.contentHash).toMatch(/^[0-9a-f]{64}$/);
    expect(again.contentHash).toBe(a.contentHash);
  });

  it('changes when the text or a heading changes', async () => {
    const a = await parseDocument({ bytes: bytes(`# T\n\n${SAMPLE_TEXTS.en}`), fileName: 'a.md' });
    const text = await parseDocument({ bytes: bytes(`# T\n\n${SAMPLE_TEXTS.en.replace('thirty', 'sixty')}`), fileName: 'a.md' });
    const heading = await parseDocument({ bytes: bytes(`# U\n\n${SAMPLE_TEXTS.en}`), fileName: 'a.md' });
    expect(new Set([a.contentHash, text.contentHash, heading.contentHash]).size).toBe(3);
  });
});

describe('parseDocument: bad input', () => {
  it('rejects an empty or whitespace-only file', async () => {
    for (const content of [new Uint8Array(0), bytes('  \n\t \r\n'), bytes('\uFEFF\n')]) {
      const error = await parseDocument({ bytes: content, fileName: 'empty.txt' }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(UnreadableDocumentError);
      expect((error as Error).message).toBe('"empty.txt" is an empty file: it has no text.');
    }
  });

  it('rejects a document with no readable text after extraction', async () => {
    await expect(parseDocument({ bytes: bytes('<html><body><script>x()</script><nav>Menu</nav></body></html>'), fileName: 'a.html' })).rejects.toThrow(
      /contains no readable text/,
    );
  });

  it('rejects a file over maxBytes, naming size, limit and MAX_UPLOAD_MB', async () => {
    const error = await parseDocument({ bytes: new Uint8Array(3 * 1024 * 1024).fill(65), fileName: 'big.txt' }, { maxBytes: 2 * 1024 * 1024 }).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(TooLargeError);
    expect((error as Error).message).toBe('"big.txt" is 3.0 MiB, over the 2.0 MiB upload limit.');
    expect((error as TooLargeError).hint).toMatch(/MAX_UPLOAD_MB/);
    expect((error as TooLargeError).status).toBe(413);
  });

  it('rejects an input object without bytes or a file name', async () => {
    await expect(parseDocument({ bytes: 'text' as unknown as Uint8Array, fileName: 'a.txt' })).rejects.toThrow(ValidationError);
    await expect(parseDocument({ bytes: bytes('text'), fileName: '  ' })).rejects.toThrow(/fileName is required/);
  });

  it('accepts a Node Buffer and leaves the caller\'s bytes intact', async () => {
    const buffer = Buffer.from(`# T\n\n${SAMPLE_TEXTS.en}`);
    const doc = await parseDocument({ bytes: buffer, fileName: 'a.md' });
    expect(doc.chunks).toHaveLength(1);
    expect(buffer.toString()).toContain('# T');
  });
});

describe('documentIdFromFileName', () => {
  it('is a stable slug of the name', () => {
    expect(documentIdFromFileName('Política de Devoluciones.PDF')).toBe('politica-de-devoluciones-pdf');
    expect(documentIdFromFileName('Política de Devoluciones.PDF')).toBe(documentIdFromFileName('Política de Devoluciones.PDF'));
    expect(documentIdFromFileName('es/faq.md')).toBe('es-faq-md');
    expect(documentIdFromFileName('faq.csv')).not.toBe(documentIdFromFileName('faq.md'));
  });

  it('stays short and unique for long or symbol-only names', () => {
    const long = documentIdFromFileName(`${'a'.repeat(200)}-1.txt`);
    expect(long.length).toBeLessThanOrEqual(80);
    expect(long).not.toBe(documentIdFromFileName(`${'a'.repeat(200)}-2.txt`));
    expect(documentIdFromFileName('日本語.txt')).toBe('txt');
    expect(documentIdFromFileName('★★★')).toMatch(/^doc-[0-9a-f]{8}$/);
  });
});
