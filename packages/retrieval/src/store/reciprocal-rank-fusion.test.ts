import { describe, expect, it } from 'vitest';
import { convexFusion, reciprocalRankFusion } from './reciprocal-rank-fusion';

describe('fusion', () => {
  const dense = { kind: 'dense' as const, weight: 1, hits: [{ id: 'a', score: 0.9 }, { id: 'b', score: 0.3 }] };
  const keyword = { kind: 'keyword' as const, weight: 1, hits: [{ id: 'b', score: 10 }, { id: 'a', score: 9.5 }] };

  it('convex fusion keeps score gaps that rank fusion throws away', () => {
    // RRF sees a tie (each is first once); the scores say a is far better on dense and only
    // slightly worse on keywords.
    const rrf = reciprocalRankFusion([dense, keyword], 10);
    expect(rrf[0]!.score).toBeCloseTo(rrf[1]!.score);
    const convex = convexFusion([dense, keyword]);
    expect(convex.map((c) => c.id)).toEqual(['a', 'b']);
    expect(convex[0]!.score).toBeCloseTo(1 + 0.95);
    expect(convex[0]).toMatchObject({ dense: 0.9, keyword: 9.5 });
  });

  it('convex fusion ignores zero-weight and empty lists and counts negative scores as 0', () => {
    const fused = convexFusion([
      { kind: 'dense', weight: 1, hits: [{ id: 'x', score: 0.5 }, { id: 'y', score: -0.2 }] },
      { kind: 'keyword', weight: 0, hits: [{ id: 'y', score: 100 }] },
      { kind: 'keyword', weight: 1, hits: [] },
    ]);
    expect(fused).toEqual([{ id: 'x', score: 1, dense: 0.5 }, { id: 'y', score: 0, dense: -0.2 }]);
  });
});
