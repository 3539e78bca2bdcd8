/** ISO 639-1 code, or this when the language cannot be told. */
export const UNKNOWN_LANGUAGE = 'und';

/** Below this many letters eld's guess is noise: the chunk inherits the document's language. */
const MIN_LETTERS = 20;
/** Whole-document detection reads at most this many characters, sampled across the text. */
const DOCUMENT_SAMPLE_CHARS = 30_000;
const SAMPLE_SLICES = 10;

interface Detector {
  detect(text: string): { language: string; isReliable(): boolean };
}

let detector: Promise<Detector> | undefined;

/**
 * eld's medium database (about 70 MB in memory), loaded on first use so importing the package
 * stays cheap; the static entry avoids eld's dynamic loader.
 */
function loadDetector(): Promise<Detector> {
  detector ??= import('eld/medium').then((module) => module.eld);
  return detector;
}

/** Language of a passage, or undefined when it is too short or eld is unsure. */
export async function detectLanguage(text: string): Promise<string | undefined> {
  const letters = text.match(/\p{L}/gu)?.length ?? 0;
  if (letters < MIN_LETTERS) return undefined;
  const result = (await loadDetector()).detect(text);
  return result.language && result.isReliable() ? result.language : undefined;
}

/** Language of a whole document from evenly spaced slices (eld is linear in the input). */
export async function detectDocumentLanguage(text: string): Promise<string | undefined> {
  if (text.length <= DOCUMENT_SAMPLE_CHARS) return detectLanguage(text);
  const sliceLength = Math.floor(DOCUMENT_SAMPLE_CHARS / SAMPLE_SLICES);
  const step = Math.floor((text.length - sliceLength) / (SAMPLE_SLICES - 1));
  const slices: string[] = [];
  for (let i = 0; i < SAMPLE_SLICES; i++) slices.push(text.slice(i * step, i * step + sliceLength));
  return detectLanguage(slices.join('\n'));
}
