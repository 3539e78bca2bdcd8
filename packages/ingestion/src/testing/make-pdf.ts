import { PDFDocument, StandardFonts, rgb } from 'pdf-lib';

export interface MakePdfOptions {
  /** Document-information Title. */
  title?: string;
  fontSize?: number;
}

/**
 * A real PDF with a text layer: one page per entry, one text line per string. pdf-lib's standard
 * fonts are WinAnsi only, so accented Latin letters work but not other scripts.
 */
export async function makePdf(pages: string[][], options: MakePdfOptions = {}): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  if (options.title) doc.setTitle(options.title);
  const font = await doc.embedFont(StandardFonts.Helvetica);
  const size = options.fontSize ?? 11;
  for (const lines of pages) {
    const page = doc.addPage([595, 842]);
    let y = 800;
    for (const line of lines) {
      if (y < 40) throw new Error('makePdf: too many lines for one A4 page; add another page');
      page.drawText(line, { x: 50, y, size, font });
      y -= size * 1.4;
    }
  }
  return doc.save();
}

/** A PDF whose only page is a drawn rectangle: what a scan without OCR looks like to a parser. */
export async function makeScannedPdf(): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const page = doc.addPage([595, 842]);
  page.drawRectangle({ x: 50, y: 400, width: 495, height: 300, color: rgb(0.2, 0.2, 0.2) });
  return doc.save();
}

/**
 * A hand-written PDF with a standard-security /Encrypt dictionary whose user-password check fails
 * for the empty password, so readers ask for a password (pdf-lib cannot encrypt).
 */
export function makeEncryptedPdf(): Uint8Array {
  const hex = (seed: number) =>
    Array.from({ length: 32 }, (_, i) => ((i * 37 + seed) % 256).toString(16).padStart(2, '0')).join('');
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] >>',
    `<< /Filter /Standard /V 1 /R 2 /O <${hex(1)}> /U <${hex(7)}> /P -44 >>`,
  ];
  let out = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((object, i) => {
    offsets.push(out.length);
    out += `${i + 1} 0 obj\n${object}\nendobj\n`;
  });
  const xref = out.length;
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const offset of offsets) out += `${String(offset).padStart(10, '0')} 00000 n \n`;
  const id = hex(3).slice(0, 32);
  out += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R /Encrypt 4 0 R /ID [<${id}> <${id}>] >>\n`;
  out += `startxref\n${xref}\n%%EOF\n`;
  return new TextEncoder().encode(out);
}
