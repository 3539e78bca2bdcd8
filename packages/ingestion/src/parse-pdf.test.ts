import { UnreadableDocumentError } from '@grounded/shared';
import { describe, expect, it } from 'vitest';
import { parseDocument } from './parse-document';
import { SAMPLE_TEXTS, makeEncryptedPdf, makePdf, makeScannedPdf } from './testing';

/** Wraps a sample paragraph into PDF-sized lines. */
function lines(text: string, width = 80): string[] {
  const out: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    if ((line + ' ' + word).trim().length > width) {
      out.push(line);
      line = word;
    } else {
      line = (line + ' ' + word).trim();
    }
  }
  return [...out, line];
}

describe('PDF', () => {
  it('gives every chunk its 1-based page, never straddling pages, and reads the metadata title', async () => {
    const pdf = await makePdf(
      [
        ['RETURNS', ...lines(SAMPLE_TEXTS.en), 'Refunds are issued to the original pay-', 'ment method.'],
        [...lines(SAMPLE_TEXTS.en), 'WARRANTY', 'All devices carry a two year warranty against defects.'],
        lines(SAMPLE_TEXTS.es),
      ],
      { title: 'Returns & Warranty' },
    );
    const doc = await parseDocument({ bytes: pdf, fileName: 'policy.pdf' }, { chunkSize: 250, chunkOverlap: 30 });
    expect(doc.format).toBe('pdf');
    expect(doc.title).toBe('Returns & Warranty');
    expect(new Set(doc.chunks.map((c) => c.page))).toEqual(new Set([1, 2, 3]));
    expect(doc.chunks.every((c) => c.text.length <= 250)).toBe(true);
    // Pages stay in order and each chunk's text comes from its own page only.
    expect(doc.chunks.map((c) => c.page)).toEqual([...doc.chunks.map((c) => c.page!)].sort());
    const page1 = doc.chunks.filter((c) => c.page === 1).map((c) => c.text).join(' ');
    expect(page1).toContain('original payment method.'); // hyphenated line break re-joined
    expect(page1).not.toContain('two year warranty');
    // The heading found on page 1 carries on to page 2 until the next heading.
    expect(doc.chunks.find((c) => c.page === 2)!.sectionPath).toEqual(['RETURNS']);
    expect(doc.chunks.find((c) => c.text.includes('two year warranty'))!.sectionPath).toEqual(['WARRANTY']);
    expect(doc.chunks.filter((c) => c.page === 3).every((c) => c.language === 'es')).toBe(true);
    expect(doc.language).toBe('en');
  });

  it('falls back to the file name when the PDF has no title', async () => {
    const doc = await parseDocument({ bytes: await makePdf([lines(SAMPLE_TEXTS.fr)]), fileName: 'conditions-generales.pdf' });
    expect(doc.title).toBe('conditions-generales');
    expect(doc.language).toBe('fr');
  });

  it('rejects an encrypted PDF, asking to remove the password', async () => {
    const error = await parseDocument({ bytes: makeEncryptedPdf(), fileName: 'locked.pdf' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UnreadableDocumentError);
    expect((error as Error).message).toContain('encrypted PDF: remove the password and upload again');
  });

  it('rejects a scanned PDF without a text layer', async () => {
    const error = await parseDocument({ bytes: await makeScannedPdf(), fileName: 'scan.pdf' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UnreadableDocumentError);
    expect((error as Error).message).toContain('scanned PDF: no text layer; OCR is not supported');
    expect((error as UnreadableDocumentError).hint).toMatch(/OCR/);
  });

  it('rejects a corrupt PDF', async () => {
    const good = await makePdf([['Hello']]);
    const truncated = good.slice(0, 400);
    const error = await parseDocument({ bytes: truncated, fileName: 'broken.pdf' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UnreadableDocumentError);
    expect((error as Error).message).toMatch(/corrupt PDF/);
  });
});
