import { UnreadableDocumentError, UnsupportedFormatError } from '@grounded/shared';
import { describe, expect, it } from 'vitest';
import { detectFormat } from './detect-format';
import { parseDocument } from './parse-document';
import { SAMPLE_TEXTS, makeDocx, makePdf } from './testing';
import { storedEntry, writeZip } from './zip/write-zip';

const bytes = (text: string) => new TextEncoder().encode(text);
const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]);

function rejection(run: () => unknown): UnsupportedFormatError {
  try {
    run();
  } catch (error) {
    if (error instanceof UnsupportedFormatError) return error;
    throw error;
  }
  throw new Error('expected an UnsupportedFormatError');
}

describe('detectFormat', () => {
  it('detects every supported format from content', async () => {
    expect(detectFormat(await makePdf([['Hi']]), 'a.pdf')).toBe('pdf');
    expect(detectFormat(await makeDocx([{ paragraphs: ['Hi'] }]), 'a.docx')).toBe('docx');
    expect(detectFormat(bytes('<!doctype html><p>Hi</p>'), 'a.html')).toBe('html');
    expect(detectFormat(bytes('# Title\n\nText'), 'a.md')).toBe('markdown');
    expect(detectFormat(bytes('Pregunta;Respuesta\n¿Hola?;Sí'), 'a.csv')).toBe('faq-csv');
    expect(detectFormat(bytes('Just some words.'), 'a.txt')).toBe('text');
  });

  it('reads Markdown named .txt as Markdown, and HTML named .txt as HTML', () => {
    expect(detectFormat(bytes('# Returns\n\nSome text'), 'notes.txt')).toBe('markdown');
    expect(detectFormat(bytes('<html><body><h1>X</h1></body></html>'), 'page.txt')).toBe('html');
    // With no Markdown syntax, a .md file is still read as Markdown: the name picks the structure.
    expect(detectFormat(bytes('plain words'), 'readme.md')).toBe('markdown');
    // A file that only mentions "%PDF-" later on stays text.
    expect(detectFormat(bytes('The header of a PDF is %PDF-1.7.'), 'note.txt')).toBe('text');
  });

  it('reads a PDF or DOCX by its content even when misnamed (the content wins)', async () => {
    expect(detectFormat(await makePdf([['Hi']]), 'policy.docx')).toBe('pdf');
    expect(detectFormat(await makeDocx([{ paragraphs: ['Hi'] }]), 'policy.pdf')).toBe('docx');
    const warnings: string[] = [];
    const logger = { debug() {}, info() {}, error() {}, warn: (_: object | string, msg?: string) => void warnings.push(msg ?? '') };
    const doc = await parseDocument({ bytes: await makePdf([[SAMPLE_TEXTS.en.slice(0, 90)]]), fileName: 'policy.docx' }, { logger });
    expect(doc.format).toBe('pdf');
    expect(warnings).toEqual(['"policy.docx" (.docx name) is really a PDF; it was read as one.']);
  });

  it('rejects a PNG named .pdf, saying what it is and what to do', () => {
    const error = rejection(() => detectFormat(PNG, 'policy.pdf'));
    expect(error.message).toBe('"policy.pdf" claims to be a PDF (.pdf name) but its content is a PNG image.');
    expect(error.hint).toMatch(/OCR is not supported/);
    expect(error.hint).toMatch(/Supported formats: PDF/);
    expect(error.status).toBe(415);
  });

  it('rejects a ZIP that is not a DOCX, naming what it is', () => {
    const xlsx = writeZip([storedEntry('xl/workbook.xml', bytes('<workbook/>'))]);
    expect(rejection(() => detectFormat(xlsx, 'faq.docx')).message).toMatch(/content is an Excel workbook \(\.xlsx\)/);
    expect(rejection(() => detectFormat(xlsx, 'faq.xlsx')).hint).toMatch(/save the sheet as CSV/);
    const plainZip = writeZip([storedEntry('notes.txt', bytes('hello'))]);
    expect(rejection(() => detectFormat(plainZip, 'policy.docx')).message).toMatch(/a ZIP archive that is not a Word document/);
  });

  it('rejects unknown binary types, listing the supported formats', () => {
    const exe = new Uint8Array([0x4d, 0x5a, 0x90, 0, 3, 0, 0, 0]);
    const error = rejection(() => detectFormat(exe, 'setup.exe'));
    expect(error.message).toBe('"setup.exe" is a Windows program (.exe/.dll), which Grounded cannot read.');
    expect(error.hint).toMatch(/Supported formats: .*Word \(\.docx\).*FAQ CSV/);
    expect(rejection(() => detectFormat(new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1]), 'old.doc')).hint).toMatch(/save it as \.docx/);
  });

  it('rejects binary garbage named .txt', () => {
    const garbage = new Uint8Array(256).map((_, i) => (i * 73 + 11) % 256);
    const error = rejection(() => detectFormat(garbage, 'notes.txt'));
    expect(error.message).toBe('"notes.txt" claims to be a plain text (.txt name) but its content is binary data, not text.');
  });

  it('rejects text named .pdf as mislabelled', () => {
    const error = rejection(() => detectFormat(bytes('Refund policy: 30 days.'), 'policy.pdf'));
    expect(error.message).toMatch(/claims to be a PDF .* but its content is plain text/);
    expect(error.hint).toMatch(/rename it to \.txt/);
  });

  it('uses a declared MIME type like a name', () => {
    expect(detectFormat(bytes('plain words'), 'upload', 'text/markdown')).toBe('markdown');
    expect(rejection(() => detectFormat(PNG, 'upload', 'application/pdf')).message).toMatch(/declared type application\/pdf/);
  });

  it('rejects text that is not valid UTF-8 with the offset and an encoding hint', () => {
    const latin1 = new Uint8Array([...bytes('Caf'), 0xe9, ...bytes(' au lait, politique de retour.')]);
    try {
      detectFormat(latin1, 'menu.txt');
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(UnreadableDocumentError);
      expect((error as Error).message).toBe('"menu.txt" is not valid UTF-8 text (first bad byte at offset 3).');
      expect((error as UnreadableDocumentError).hint).toMatch(/UTF-8/);
    }
  });
});
