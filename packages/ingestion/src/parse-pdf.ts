import { UnreadableDocumentError } from '@grounded/shared';
import { addPlainText } from './parse-plain-text';
import { SectionBuilder, type Section } from './section-builder';

/**
 * Text per page with its 1-based page number; a section never spans two pages, so neither does
 * a chunk. pdf-parse (pdf.js) is imported lazily: it is large and only PDFs need it.
 */
export async function parsePdf(bytes: Uint8Array, fileName: string): Promise<{ title: string | undefined; sections: Section[] }> {
  const { PDFParse } = await import('pdf-parse');
  // pdf.js may transfer (detach) the buffer it is given: hand it a copy, never the caller's bytes.
  const parser = new PDFParse({ data: bytes.slice(), verbosity: 0 });
  try {
    const info = await parser.getInfo().catch((error: unknown) => {
      throw pdfError(error, fileName);
    });
    const result = await parser.getText({ pageJoiner: '' }).catch((error: unknown) => {
      throw pdfError(error, fileName);
    });
    const builder = new SectionBuilder();
    let pagesWithText = 0;
    for (const page of result.pages) {
      if (page.text.trim()) pagesWithText++;
      builder.startPage(page.num);
      addPlainText(builder, page.text);
    }
    if (pagesWithText === 0) {
      throw new UnreadableDocumentError(
        `Cannot read "${fileName}": scanned PDF: no text layer; OCR is not supported.`,
        {
          hint: 'Run OCR on it first (for example with ocrmypdf) or upload the text as DOCX, Markdown or plain text.',
          details: { fileName, pages: result.total },
        },
      );
    }
    const metadataTitle: unknown = info.info?.Title;
    const title = typeof metadataTitle === 'string' && metadataTitle.trim() ? metadataTitle.trim() : undefined;
    return { title, sections: builder.finish() };
  } finally {
    await parser.destroy();
  }
}

function pdfError(error: unknown, fileName: string): UnreadableDocumentError {
  const name = error instanceof Error ? error.name : '';
  if (name === 'PasswordException') {
    return new UnreadableDocumentError(`Cannot read "${fileName}": encrypted PDF: remove the password and upload again.`, {
      hint: 'Open it in a PDF viewer with the password and save or print an unprotected copy, then upload that copy.',
      cause: error,
      details: { fileName },
    });
  }
  return new UnreadableDocumentError(`Cannot read "${fileName}": corrupt PDF (${error instanceof Error ? error.message : String(error)}).`, {
    hint: 'The file may be truncated or damaged: export or download the PDF again and re-upload it.',
    cause: error,
    details: { fileName },
  });
}
