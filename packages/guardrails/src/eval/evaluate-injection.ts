import { performance } from 'node:perf_hooks';
import { z } from 'zod';
import type { InjectionModel } from '../injection/injection-model';
import { scanDocumentChunk } from '../injection/scan-document-chunk';
import type { TextSource } from '../injection/score-injection';

export const injectionRowSchema = z.looseObject({ text: z.string(), label: z.union([z.literal(0), z.literal(1)], { error: 'expected 0 or 1' }) });
export type InjectionRow = z.infer<typeof injectionRowSchema>;

export interface InjectionEval {
  n: number;
  tp: number;
  fp: number;
  tn: number;
  fn: number;
  detection_rate: number;
  false_positive_rate: number;
  /** Median milliseconds per message of the whole detector. */
  p50_ms: number;
}

const round = (x: number, digits = 4): number => Math.round(x * 10 ** digits) / 10 ** digits;

export interface EvaluateInjectionOptions {
  /** @default DEFAULT_INJECTION_THRESHOLD */
  threshold?: number;
  /** `false` measures the heuristic alone. @default the bundled classifier */
  model?: InjectionModel | false;
  /** `document` scores rows as ingestion scans documents. @default 'message' (as checkInput does) */
  source?: TextSource;
}

/**
 * Scores every row as checkInput does (heuristic + learned classifier + hidden-text scan, and
 * segments of long messages) and counts the confusion matrix.
 */
export function evaluateInjection(rows: readonly InjectionRow[], options: EvaluateInjectionOptions = {}): InjectionEval {
  const { threshold, model, source = 'message' } = options;
  let tp = 0;
  let fp = 0;
  let tn = 0;
  let fn = 0;
  const times: number[] = [];
  for (const row of rows) {
    const start = performance.now();
    // The same detector checkInput runs: whole text plus hidden segments (HTML/Markdown).
    const flagged = scanDocumentChunk(row.text, { source, ...(threshold === undefined ? {} : { threshold }), ...(model === undefined ? {} : { model }) }).flagged;
    times.push(performance.now() - start);
    if (row.label === 1 && flagged) tp++;
    else if (row.label === 1) fn++;
    else if (flagged) fp++;
    else tn++;
  }
  times.sort((a, b) => a - b);
  const mid = Math.floor(times.length / 2);
  const p50 = times.length % 2 ? times[mid]! : ((times[mid - 1] ?? 0) + (times[mid] ?? 0)) / 2;
  return {
    n: rows.length,
    tp,
    fp,
    tn,
    fn,
    detection_rate: tp + fn === 0 ? 0 : round(tp / (tp + fn)),
    false_positive_rate: fp + tn === 0 ? 0 : round(fp / (fp + tn)),
    p50_ms: round(p50, 3),
  };
}
