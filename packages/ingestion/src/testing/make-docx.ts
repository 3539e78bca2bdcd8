import JSZip from 'jszip';

/** One heading (optional) and the paragraphs under it. */
export interface DocxBlock {
  heading?: string;
  /** Heading level 1-6. @default 1 */
  level?: number;
  paragraphs: string[];
}

export interface MakeDocxOptions {
  /** docProps/core.xml dc:title. */
  title?: string;
}

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';

/**
 * A minimal valid DOCX made with jszip. Headings use the built-in HeadingN styles, defined in
 * word/styles.xml with the names mammoth maps to h1-h6 (without styles.xml mammoth still maps
 * them but warns that the style is undefined).
 */
export async function makeDocx(blocks: DocxBlock[], options: MakeDocxOptions = {}): Promise<Uint8Array> {
  const body = blocks
    .flatMap((block) => [
      ...(block.heading ? [paragraph(block.heading, `Heading${block.level ?? 1}`)] : []),
      ...block.paragraphs.map((text) => paragraph(text)),
    ])
    .join('');
  const zip = new JSZip();
  zip.file(
    '[Content_Types].xml',
    xml(`<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
      `<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>` +
      `<Default Extension="xml" ContentType="application/xml"/>` +
      `<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>` +
      `<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>` +
      `<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>` +
      `</Types>`),
  );
  zip.file(
    '_rels/.rels',
    xml(`<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
      `<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>` +
      `<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>` +
      `</Relationships>`),
  );
  zip.file(
    'word/_rels/document.xml.rels',
    xml(`<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
      `<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>` +
      `</Relationships>`),
  );
  zip.file('word/document.xml', xml(`<w:document xmlns:w="${W}"><w:body>${body}</w:body></w:document>`));
  zip.file('word/styles.xml', xml(`<w:styles xmlns:w="${W}">${headingStyles()}</w:styles>`));
  zip.file(
    'docProps/core.xml',
    xml(`<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" ` +
      `xmlns:dc="http://purl.org/dc/elements/1.1/">${options.title ? `<dc:title>${escape(options.title)}</dc:title>` : ''}</cp:coreProperties>`),
  );
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}

function paragraph(text: string, style?: string): string {
  const properties = style ? `<w:pPr><w:pStyle w:val="${style}"/></w:pPr>` : '';
  return `<w:p>${properties}<w:r><w:t xml:space="preserve">${escape(text)}</w:t></w:r></w:p>`;
}

function headingStyles(): string {
  return [1, 2, 3, 4, 5, 6]
    .map((level) => `<w:style w:type="paragraph" w:styleId="Heading${level}"><w:name w:val="heading ${level}"/></w:style>`)
    .join('');
}

function xml(body: string): string {
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n${body}`;
}

function escape(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}
