/** What a binary upload we cannot read looks like, and what the user can do about it. */
export interface BinaryDescription {
  /** Noun phrase for messages: "a PNG image". */
  looksLike: string;
  hint: string;
}

const IMAGE_HINT =
  'Images have no text layer and OCR is not supported: upload the document itself, or a PDF that has selectable text.';
const ARCHIVE_HINT = 'Extract the archive and upload the documents inside it one by one.';
const EXECUTABLE_HINT = 'This is a program, not a document: upload the policy document itself.';

const SIGNATURES: { test: (b: Uint8Array) => boolean; description: BinaryDescription }[] = [
  { test: (b) => starts(b, [0x89, 0x50, 0x4e, 0x47]), description: { looksLike: 'a PNG image', hint: IMAGE_HINT } },
  { test: (b) => starts(b, [0xff, 0xd8, 0xff]), description: { looksLike: 'a JPEG image', hint: IMAGE_HINT } },
  { test: (b) => ascii(b, 0, 'GIF8'), description: { looksLike: 'a GIF image', hint: IMAGE_HINT } },
  { test: (b) => ascii(b, 0, 'RIFF') && ascii(b, 8, 'WEBP'), description: { looksLike: 'a WebP image', hint: IMAGE_HINT } },
  {
    test: (b) => starts(b, [0x49, 0x49, 0x2a, 0x00]) || starts(b, [0x4d, 0x4d, 0x00, 0x2a]),
    description: { looksLike: 'a TIFF image', hint: IMAGE_HINT },
  },
  { test: (b) => ascii(b, 0, 'MZ'), description: { looksLike: 'a Windows program (.exe/.dll)', hint: EXECUTABLE_HINT } },
  { test: (b) => starts(b, [0x7f, 0x45, 0x4c, 0x46]), description: { looksLike: 'a program (ELF binary)', hint: EXECUTABLE_HINT } },
  { test: (b) => starts(b, [0x1f, 0x8b]), description: { looksLike: 'a gzip archive', hint: ARCHIVE_HINT } },
  { test: (b) => ascii(b, 0, 'Rar!'), description: { looksLike: 'a RAR archive', hint: ARCHIVE_HINT } },
  { test: (b) => starts(b, [0x37, 0x7a, 0xbc, 0xaf]), description: { looksLike: 'a 7-Zip archive', hint: ARCHIVE_HINT } },
  {
    test: (b) => starts(b, [0xd0, 0xcf, 0x11, 0xe0]),
    description: {
      looksLike: 'a legacy Microsoft Office file (.doc, .xls or .ppt)',
      hint: 'Open it in Word (or LibreOffice) and save it as .docx or PDF, then upload that.',
    },
  },
  {
    test: (b) => ascii(b, 0, '{\\rtf'),
    description: { looksLike: 'an RTF document', hint: 'Open it in a word processor and save it as .docx or PDF.' },
  },
  {
    test: (b) => ascii(b, 0, 'SQLite format 3'),
    description: { looksLike: 'a SQLite database', hint: 'Export the content as CSV or text first.' },
  },
  {
    test: (b) => ascii(b, 4, 'ftyp') || ascii(b, 0, 'ID3') || ascii(b, 0, 'OggS'),
    description: { looksLike: 'an audio or video file', hint: 'Upload a transcript as text or Markdown instead.' },
  },
  { test: (b) => ascii(b, 0, '%!PS'), description: { looksLike: 'a PostScript file', hint: 'Convert it to PDF first.' } },
];

/** Recognises well-known binary types by their magic bytes; undefined when none matches. */
export function describeBinary(bytes: Uint8Array): BinaryDescription | undefined {
  return SIGNATURES.find((signature) => signature.test(bytes))?.description;
}

/** Describes a ZIP that is not a DOCX from the names in its central directory. */
export function describeZip(names: string[]): BinaryDescription {
  const has = (name: string) => names.includes(name);
  if (has('xl/workbook.xml')) {
    return {
      looksLike: 'an Excel workbook (.xlsx)',
      hint: 'For an FAQ, save the sheet as CSV with "question" and "answer" columns and upload the .csv.',
    };
  }
  if (has('ppt/presentation.xml')) {
    return { looksLike: 'a PowerPoint presentation (.pptx)', hint: 'Export it as PDF and upload the PDF.' };
  }
  if (has('mimetype') && has('content.xml')) {
    return { looksLike: 'an OpenDocument file (.odt/.ods/.odp)', hint: 'Save it as .docx or PDF and upload that.' };
  }
  if (has('META-INF/container.xml')) {
    return { looksLike: 'an EPUB e-book', hint: 'Convert it to PDF or HTML first.' };
  }
  return { looksLike: 'a ZIP archive that is not a Word document', hint: ARCHIVE_HINT };
}

function starts(bytes: Uint8Array, prefix: number[]): boolean {
  return prefix.every((byte, i) => bytes[i] === byte);
}

function ascii(bytes: Uint8Array, at: number, text: string): boolean {
  for (let i = 0; i < text.length; i++) if (bytes[at + i] !== text.charCodeAt(i)) return false;
  return true;
}
