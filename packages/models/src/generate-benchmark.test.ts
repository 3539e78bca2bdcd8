import { describe, expect, it } from 'vitest';
import { runGenerateBenchmark } from './generate-benchmark';
import { testModelMistral } from './testing';

describe('runGenerateBenchmark', () => {
  it('measures the engine and the adapter on the same prompts and reports every concurrency level for both', async () => {
    const lines: string[] = [];
    const result = await runGenerateBenchmark({ modelPath: testModelMistral(), threads: 1, concurrency: [1, 2], maxTokens: 8, rounds: 1, onProgress: (l) => lines.push(l) });
    expect(result.engine_tps).toBeGreaterThan(0);
    expect(result.adapter_tps).toBeGreaterThan(0);
    expect(result.ratio).toBeCloseTo(result.adapter_tps / result.engine_tps, 2);
    expect(Object.keys(result.concurrency)).toEqual(['1', '2']);
    expect(Object.keys(result.engine_concurrency)).toEqual(['1', '2']);
    expect(Object.values(result.engine_concurrency).every((tps) => tps > 0)).toBe(true);
    // Same greedy prompts through both paths: no warning about differing replies.
    expect(lines.some((l) => l.includes('differ'))).toBe(false);
  });
});
