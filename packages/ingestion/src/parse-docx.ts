import { UnreadableDocumentError } from '@grounded/shared';
import { collapseWhitespace } from './normalize-text';
import { parseHtml } from './parse-html';
import { checkDocxZip } from './read-docx-zip';
import type { Section } from './section-builder';

/**
 * DOCX through mammoth to HTML, then the HTML path (mammoth maps Heading 1-6 styles to h1-h6).
 * The zip is size-checked first (see checkDocxZip). Title: docProps/core.xml, else the first H1.
 */
export async function parseDocx(
  bytes: Uint8Array,
  fileName: string,
  maxUncompressedBytes: number,
): Promise<{ title: string | undefined; sections: Section[]; warnings: string[] }> {
  const checked = await checkDocxZip(bytes, fileName, maxUncompressedBytes);
  const { default: mammoth } = await import('mammoth');
  let html: string;
  let warnings: string[];
  try {
    const result = await mammoth.convertToHtml(
      { buffer: Buffer.from(checked.zip) },
      {
        // Images are not text: never read (or inline as base64) their bytes.
        convertImage: mammoth.images.imgElement(() => Promise.resolve({ src: '' })),
        externalFileAccess: false,
      },
    );
    html = result.value;
    warnings = result.messages.map((message) => message.message);
  } catch (error) {
    throw new UnreadableDocumentError(
      `Cannot read "${fileName}": not a valid Word document (${error instanceof Error ? error.message : String(error)}).`,
      {
        hint: 'Open it in Word or LibreOffice, save it again as .docx, and re-upload it.',
        cause: error,
        details: { fileName },
      },
    );
  }
  const parsed = parseHtml(html);
  return { title: coreTitle(checked.coreXml) ?? parsed.title, sections: parsed.sections, warnings };
}

function coreTitle(coreXml: string | undefined): string | undefined {
  const match = coreXml && /<dc:title[^>]*>([\s\S]*?)<\/dc:title>/.exec(coreXml);
  if (!match) return undefined;
  const title = collapseWhitespace(
    match[1]!
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&quot;/g, '"')
      .replace(/&apos;/g, "'")
      .replace(/&amp;/g, '&'),
  );
  return title || undefined;
}
