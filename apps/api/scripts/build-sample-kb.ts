/**
 * Builds the binary documents (PDF, DOCX) of the sample knowledge base from the
 * plain-text sources in `apps/api/sample-kb/src/`. The outputs are committed, so the
 * product never needs to run this at start; run it again after editing a source:
 *
 *   npx tsx apps/api/scripts/build-sample-kb.ts
 *
 * Source syntax (deliberately tiny): `# ` title (h1), `## ` section (h2), `- ` bullet,
 * blank line between blocks; everything else is paragraph text.
 * Output is deterministic (fixed dates), so rebuilding unchanged sources gives a clean diff.
 */
import { readFile, writeFile, mkdir } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import JSZip from 'jszip';
import { PDFDocument, StandardFonts, rgb, type PDFFont, type PDFPage } from 'pdf-lib';

const KB_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', 'sample-kb');
/** Fixed timestamp so rebuilt files are byte-identical when the sources did not change. */
const FIXED_DATE = new Date('2026-09-01T00:00:00Z');

interface Target {
  src: string;
  out: string;
  language: 'en' | 'es' | 'de' | 'fr';
}

const TARGETS: Target[] = [
  { src: 'src/en-warranty-repairs.md', out: 'en/warranty-repairs.pdf', language: 'en' },
  { src: 'src/en-privacy-policy.md', out: 'en/privacy-policy.pdf', language: 'en' },
  { src: 'src/de-versand-lieferung.md', out: 'de/versand-lieferung.pdf', language: 'de' },
  { src: 'src/en-account-security.md', out: 'en/account-security.docx', language: 'en' },
  { src: 'src/es-garantia-reparaciones.md', out: 'es/garantia-reparaciones.docx', language: 'es' },
  { src: 'src/fr-programme-fidelite.md', out: 'fr/programme-fidelite.docx', language: 'fr' },
];

interface Block {
  kind: 'h1' | 'h2' | 'li' | 'p';
  text: string;
}

/** Parses the tiny source syntax into blocks; consecutive plain lines join into one paragraph. */
export function parseSource(source: string): Block[] {
  const blocks: Block[] = [];
  let para: string[] = [];
  const flush = (): void => {
    if (para.length > 0) blocks.push({ kind: 'p', text: para.join(' ') });
    para = [];
  };
  for (const raw of source.split(/\r?\n/)) {
    const line = raw.trim();
    const marker = /^(#{1,2}|-) /.exec(line);
    if (line === '') flush();
    else if (marker) {
      flush();
      const kind = marker[1] === '#' ? 'h1' : marker[1] === '##' ? 'h2' : 'li';
      blocks.push({ kind, text: line.slice(marker[0].length) });
    } else para.push(line);
  }
  flush();
  return blocks;
}

function titleOf(blocks: Block[], file: string): string {
  const h1 = blocks.find((b) => b.kind === 'h1');
  if (!h1) throw new Error(`${file}: a source needs a "# " title line`);
  return h1.text;
}

// ---------- PDF ----------

const PAGE = { width: 595.28, height: 841.89, margin: 64 } as const; // A4 in points
const FOOTER_LABEL: Record<Target['language'], string> = {
  en: 'Page',
  es: 'Página',
  de: 'Seite',
  fr: 'Page',
};

/** Greedy word wrap measured with the real font metrics (pdf-lib does not wrap). */
function wrap(text: string, font: PDFFont, size: number, maxWidth: number): string[] {
  const lines: string[] = [];
  let current = '';
  for (const word of text.split(/\s+/)) {
    const candidate = current === '' ? word : `${current} ${word}`;
    if (font.widthOfTextAtSize(candidate, size) <= maxWidth || current === '') current = candidate;
    else {
      lines.push(current);
      current = word;
    }
  }
  if (current !== '') lines.push(current);
  return lines;
}

async function buildPdf(blocks: Block[], title: string, target: Target): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  doc.setTitle(title);
  doc.setAuthor('Northwind Outfitters');
  doc.setSubject('Customer policy');
  doc.setLanguage(target.language);
  doc.setProducer('Grounded sample-kb builder');
  doc.setCreator('build-sample-kb.ts');
  doc.setCreationDate(FIXED_DATE);
  doc.setModificationDate(FIXED_DATE);
  const regular = await doc.embedFont(StandardFonts.Helvetica);
  const bold = await doc.embedFont(StandardFonts.HelveticaBold);
  const width = PAGE.width - 2 * PAGE.margin;

  let page: PDFPage = doc.addPage([PAGE.width, PAGE.height]);
  let y = PAGE.height - PAGE.margin;
  const ensure = (needed: number): void => {
    if (y - needed < PAGE.margin + 24) {
      page = doc.addPage([PAGE.width, PAGE.height]);
      y = PAGE.height - PAGE.margin;
    }
  };

  for (const block of blocks) {
    const style =
      block.kind === 'h1'
        ? { font: bold, size: 20, lead: 26, before: 0, after: 10, indent: 0 }
        : block.kind === 'h2'
          ? { font: bold, size: 14, lead: 19, before: 14, after: 4, indent: 0 }
          : { font: regular, size: 11, lead: 15.5, before: 0, after: 7, indent: block.kind === 'li' ? 14 : 0 };
    // Section headings in capitals, as printed policies often do: PDF text extraction loses font
    // sizes, and a short all-caps line is what plain-text heading detection can still recognise.
    const text = block.kind === 'h2' ? block.text.toLocaleUpperCase(target.language) : block.text;
    const lines = wrap(text, style.font, style.size, width - style.indent);
    // Keep a heading together with at least two lines of what follows it.
    ensure(style.before + style.lead * (block.kind === 'h2' ? 3 : 1));
    y -= style.before;
    lines.forEach((line, i) => {
      ensure(style.lead);
      y -= style.lead;
      if (block.kind === 'li' && i === 0) {
        page.drawText('•', { x: PAGE.margin + 2, y, size: style.size, font: regular });
      }
      page.drawText(line, { x: PAGE.margin + style.indent, y, size: style.size, font: style.font, color: rgb(0.1, 0.1, 0.1) });
    });
    y -= style.after;
  }

  const pages = doc.getPages();
  pages.forEach((p, i) => {
    const footer = `Northwind Outfitters · ${title} · ${FOOTER_LABEL[target.language]} ${i + 1}/${pages.length}`;
    p.drawText(footer, { x: PAGE.margin, y: PAGE.margin / 2, size: 8, font: regular, color: rgb(0.4, 0.4, 0.4) });
  });
  return doc.save({ useObjectStreams: false });
}

// ---------- DOCX ----------

const xmlEscape = (s: string): string =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

const W_NS = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';

function docxParagraph(block: Block): string {
  const run = `<w:r><w:t xml:space="preserve">${xmlEscape(block.text)}</w:t></w:r>`;
  switch (block.kind) {
    case 'h1':
      return `<w:p><w:pPr><w:pStyle w:val="Heading1"/></w:pPr>${run}</w:p>`;
    case 'h2':
      return `<w:p><w:pPr><w:pStyle w:val="Heading2"/></w:pPr>${run}</w:p>`;
    case 'li':
      // A real numbered-list reference, so mammoth and Word both see a bullet list.
      return `<w:p><w:pPr><w:pStyle w:val="ListParagraph"/><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr></w:pPr>${run}</w:p>`;
    case 'p':
      return `<w:p>${run}</w:p>`;
  }
}

const STYLES_XML = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:styles ${W_NS}>
  <w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Calibri" w:hAnsi="Calibri"/><w:sz w:val="22"/></w:rPr></w:rPrDefault>
  <w:pPrDefault><w:pPr><w:spacing w:after="120"/></w:pPr></w:pPrDefault></w:docDefaults>
  <w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/></w:style>
  <w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/>
    <w:pPr><w:keepNext/><w:spacing w:before="240" w:after="120"/><w:outlineLvl w:val="0"/></w:pPr><w:rPr><w:b/><w:sz w:val="36"/></w:rPr></w:style>
  <w:style w:type="paragraph" w:styleId="Heading2"><w:name w:val="heading 2"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/>
    <w:pPr><w:keepNext/><w:spacing w:before="200" w:after="80"/><w:outlineLvl w:val="1"/></w:pPr><w:rPr><w:b/><w:sz w:val="28"/></w:rPr></w:style>
  <w:style w:type="paragraph" w:styleId="ListParagraph"><w:name w:val="List Paragraph"/><w:basedOn w:val="Normal"/><w:qFormat/>
    <w:pPr><w:ind w:left="720"/></w:pPr></w:style>
</w:styles>`;

const NUMBERING_XML = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:numbering ${W_NS}>
  <w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="bullet"/><w:lvlText w:val="•"/><w:lvlJc w:val="left"/>
    <w:pPr><w:ind w:left="720" w:hanging="360"/></w:pPr></w:lvl></w:abstractNum>
  <w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>
</w:numbering>`;

const CONTENT_TYPES_XML = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
  <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
  <Default Extension="xml" ContentType="application/xml"/>
  <Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>
  <Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>
  <Override PartName="/word/numbering.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"/>
  <Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>
</Types>`;

const ROOT_RELS_XML = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
  <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>
  <Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>
</Relationships>`;

const DOCUMENT_RELS_XML = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
  <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>
  <Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering" Target="numbering.xml"/>
</Relationships>`;

async function buildDocx(blocks: Block[], title: string, target: Target): Promise<Uint8Array> {
  const body = blocks.map(docxParagraph).join('\n    ');
  const documentXml = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:document ${W_NS}>
  <w:body>
    ${body}
    <w:sectPr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1440" w:right="1440" w:bottom="1440" w:left="1440" w:header="708" w:footer="708" w:gutter="0"/></w:sectPr>
  </w:body>
</w:document>`;
  const coreXml = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
  <dc:title>${xmlEscape(title)}</dc:title><dc:creator>Northwind Outfitters</dc:creator><dc:language>${target.language}</dc:language>
  <dcterms:created xsi:type="dcterms:W3CDTF">${FIXED_DATE.toISOString()}</dcterms:created>
</cp:coreProperties>`;
  const zip = new JSZip();
  // createFolders: false, or jszip adds folder entries stamped with the current time.
  const opts = { date: FIXED_DATE, createFolders: false };
  zip.file('[Content_Types].xml', CONTENT_TYPES_XML, opts);
  zip.file('_rels/.rels', ROOT_RELS_XML, opts);
  zip.file('docProps/core.xml', coreXml, opts);
  zip.file('word/document.xml', documentXml, opts);
  zip.file('word/styles.xml', STYLES_XML, opts);
  zip.file('word/numbering.xml', NUMBERING_XML, opts);
  zip.file('word/_rels/document.xml.rels', DOCUMENT_RELS_XML, opts);
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}

async function main(): Promise<void> {
  for (const target of TARGETS) {
    const source = await readFile(join(KB_DIR, target.src), 'utf8');
    const blocks = parseSource(source);
    const title = titleOf(blocks, target.src);
    const bytes = target.out.endsWith('.pdf')
      ? await buildPdf(blocks, title, target)
      : await buildDocx(blocks, title, target);
    const outPath = join(KB_DIR, target.out);
    await mkdir(dirname(outPath), { recursive: true });
    await writeFile(outPath, bytes);
    process.stdout.write(`${target.out}  ${bytes.byteLength} bytes\n`);
  }
}

await main();
