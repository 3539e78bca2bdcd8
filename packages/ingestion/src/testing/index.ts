/** Fixture builders for tests in this package and in packages that consume parsed documents. */
export { makePdf, makeScannedPdf, makeEncryptedPdf } from './make-pdf';
export type { MakePdfOptions } from './make-pdf';
export { makeDocx } from './make-docx';
export type { DocxBlock, MakeDocxOptions } from './make-docx';
export { makeZipBombDocx } from './make-zip-bomb-docx';
export type { ZipBombOptions } from './make-zip-bomb-docx';
export { SAMPLE_TEXTS } from './sample-texts';
