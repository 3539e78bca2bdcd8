import type { ReasonCode } from '../reason-codes';
import { scanDocumentChunk, type ScanDocumentOptions } from './scan-document-chunk';

export interface ScreenedPassage<P> {
  passage: P;
  score: number;
  reasons: ReasonCode[];
}

export interface ScreenResult<P> {
  /** Passages safe to put in the prompt (all of them when `mode` is `flag`). */
  kept: P[];
  /** Passages carrying instructions, with why. */
  flagged: ScreenedPassage<P>[];
}

export interface ScreenOptions extends ScanDocumentOptions {
  /** `drop` removes flagged passages from `kept`; `flag` keeps them and only reports. @default 'drop' */
  mode?: 'drop' | 'flag';
}

/**
 * Last line of defence against indirect injection at answer time: passages stored before a
 * pattern existed, or that slipped past the ingestion scan, are screened again before the prompt.
 */
export function screenRetrievedPassages<P extends { text: string }>(
  passages: readonly P[],
  options: ScreenOptions = {},
): ScreenResult<P> {
  const kept: P[] = [];
  const flagged: ScreenedPassage<P>[] = [];
  for (const passage of passages) {
    const scan = scanDocumentChunk(passage.text, options);
    if (scan.flagged) flagged.push({ passage, score: scan.score, reasons: scan.reasons });
    if (!scan.flagged || options.mode === 'flag') kept.push(passage);
  }
  return { kept, flagged };
}
