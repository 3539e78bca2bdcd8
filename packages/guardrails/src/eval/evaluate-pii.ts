import { z } from 'zod';
import { detectPii } from '../pii/detect-pii';
import { PII_TYPES, type PiiType } from '../pii/pii-types';

export const piiRowSchema = z.looseObject({
  text: z.string(),
  spans: z.array(z.looseObject({ start: z.number().int().min(0), end: z.number().int().min(0), type: z.string().min(1) })),
});
export type PiiRow = z.infer<typeof piiRowSchema>;

export interface PiiTypeScore {
  precision: number;
  recall: number;
  support: number;
}

export interface PiiEval {
  per_type: Record<string, PiiTypeScore>;
  micro_precision: number;
  micro_recall: number;
  unsupported_types: string[];
}

const round = (x: number): number => Math.round(x * 10000) / 10000;

/**
 * Matching rule: a detected span matches a gold span of the same type when they overlap by at
 * least half of the gold span's length (so "+1 415 555 2671" vs "415 555 2671" still counts);
 * each gold span matches at most one detection. Gold spans of types this module does not detect
 * are reported in `unsupported_types` and not counted as misses.
 */
export function evaluatePii(rows: readonly PiiRow[]): PiiEval {
  const supported = new Set<string>(PII_TYPES);
  const unsupported = new Set<string>();
  const counts = new Map<PiiType, { tp: number; predicted: number; gold: number }>();
  const count = (t: PiiType) => {
    let c = counts.get(t);
    if (!c) counts.set(t, (c = { tp: 0, predicted: 0, gold: 0 }));
    return c;
  };
  for (const row of rows) {
    const gold = row.spans.filter((s) => {
      if (supported.has(s.type)) return true;
      unsupported.add(s.type);
      return false;
    });
    const predicted = detectPii(row.text);
    const used = new Set<number>();
    for (const g of gold) count(g.type as PiiType).gold++;
    for (const p of predicted) {
      const c = count(p.type);
      c.predicted++;
      const match = gold.findIndex((g, i) => {
        if (used.has(i) || g.type !== p.type) return false;
        const overlap = Math.min(g.end, p.end) - Math.max(g.start, p.start);
        return overlap > 0 && overlap * 2 >= g.end - g.start;
      });
      if (match >= 0) {
        used.add(match);
        c.tp++;
      }
    }
  }
  const per_type: Record<string, PiiTypeScore> = {};
  let tp = 0;
  let predictedAll = 0;
  let goldAll = 0;
  for (const type of PII_TYPES) {
    const c = counts.get(type);
    if (!c) continue;
    per_type[type] = {
      precision: c.predicted === 0 ? (c.gold === 0 ? 1 : 0) : round(c.tp / c.predicted),
      recall: c.gold === 0 ? 1 : round(c.tp / c.gold),
      support: c.gold,
    };
    tp += c.tp;
    predictedAll += c.predicted;
    goldAll += c.gold;
  }
  return {
    per_type,
    micro_precision: predictedAll === 0 ? 1 : round(tp / predictedAll),
    micro_recall: goldAll === 0 ? 1 : round(tp / goldAll),
    unsupported_types: [...unsupported].sort(),
  };
}
