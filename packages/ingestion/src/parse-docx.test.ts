import { TooLargeError, UnreadableDocumentError } from '@grounded/shared';
import { describe, expect, it } from 'vitest';
import { parseDocument } from './parse-document';
import { SAMPLE_TEXTS, makeDocx, makeZipBombDocx } from './testing';
import { storedEntry, writeZip } from './zip/write-zip';

describe('DOCX', () => {
  it('maps Heading styles to section paths and takes the core title', async () => {
    const docx = await makeDocx(
      [
        { heading: 'Returns', level: 1, paragraphs: [SAMPLE_TEXTS.en] },
        { heading: 'Devoluciones', level: 2, paragraphs: [SAMPLE_TEXTS.es, 'Segundo párrafo & más.'] },
        { heading: 'Warranty', level: 1, paragraphs: [SAMPLE_TEXTS.de] },
      ],
      { title: 'Customer Policies' },
    );
    const doc = await parseDocument({ bytes: docx, fileName: 'policies.docx' });
    expect(doc.format).toBe('docx');
    expect(doc.title).toBe('Customer Policies');
    expect(doc.chunks.map((c) => [c.sectionPath, c.language])).toEqual([
      [['Returns'], 'en'],
      [['Returns', 'Devoluciones'], 'es'],
      [['Warranty'], 'de'],
    ]);
    expect(doc.chunks[1]!.text).toBe(`${SAMPLE_TEXTS.es}\n\nSegundo párrafo & más.`);
  });

  it('uses the first heading as title when core.xml has none', async () => {
    const doc = await parseDocument({ bytes: await makeDocx([{ heading: 'Shipping', paragraphs: [SAMPLE_TEXTS.en] }]), fileName: 's.docx' });
    expect(doc.title).toBe('Shipping');
  });

  it('rejects a zip bomb from its declared size without inflating it', async () => {
    const bomb = makeZipBombDocx({ inflatedMiB: 300 });
    expect(bomb.length).toBeLessThan(1024 * 1024);
    const error = await parseDocument({ bytes: bomb, fileName: 'bomb.docx' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TooLargeError);
    expect((error as Error).message).toMatch(/would unpack to 300\.0 MiB, over the 200\.0 MiB limit/);
  });

  it('rejects an absurd compression ratio even under the size limit', async () => {
    const error = await parseDocument({ bytes: makeZipBombDocx({ inflatedMiB: 50 }), fileName: 'bomb.docx' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TooLargeError);
    expect((error as Error).message).toMatch(/looks like a zip bomb: part word\/document\.xml expands \d+:1/);
  });

  it('rejects a zip bomb whose headers lie about its size, while inflating', async () => {
    const error = await parseDocument({ bytes: makeZipBombDocx({ inflatedMiB: 300, headers: 'lying' }), fileName: 'liar.docx' }).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(TooLargeError);
    expect((error as Error).message).toMatch(/more than the 4\.0 KiB its header declares/);
  });

  it('honours maxDocxUncompressedBytes', async () => {
    const docx = await makeDocx([{ heading: 'A', paragraphs: [SAMPLE_TEXTS.en.repeat(20)] }]);
    await expect(parseDocument({ bytes: docx, fileName: 'a.docx' }, { maxDocxUncompressedBytes: 1000 })).rejects.toThrow(TooLargeError);
  });

  it('rejects a corrupt (truncated) DOCX', async () => {
    const docx = await makeDocx([{ heading: 'A', paragraphs: [SAMPLE_TEXTS.en] }]);
    const error = await parseDocument({ bytes: docx.slice(0, docx.length - 60), fileName: 'cut.docx' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UnreadableDocumentError);
    expect((error as UnreadableDocumentError).hint).toMatch(/save it again|re-upload/);
  });

  it('rejects a DOCX whose document.xml is not XML', async () => {
    const encoder = new TextEncoder();
    const zip = writeZip([
      storedEntry('[Content_Types].xml', encoder.encode('<Types/>')),
      storedEntry('word/document.xml', encoder.encode('this is <not xml')),
    ]);
    const error = await parseDocument({ bytes: zip, fileName: 'bad.docx' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UnreadableDocumentError);
    expect((error as Error).message).toMatch(/Cannot read "bad\.docx"/);
  });
});
