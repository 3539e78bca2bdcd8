import { describe, expect, it } from 'vitest';
import { ValidationError } from '@grounded/shared';
import { HashingEmbeddings } from './hashing-embeddings';

const cosine = (a: number[], b: number[]) => a.reduce((sum, v, i) => sum + v * b[i]!, 0);

describe('HashingEmbeddings', () => {
  const embeddings = new HashingEmbeddings();

  it('returns unit-length vectors of the configured size, deterministically', async () => {
    const [a, b] = await embeddings.embedDocuments(['Refunds are issued within 14 days.', 'Refunds are issued within 14 days.']);
    expect(a).toHaveLength(1024);
    expect(Math.sqrt(cosine(a!, a!))).toBeCloseTo(1, 5);
    expect(a).toEqual(b);
    expect(new HashingEmbeddings({ dimensions: 256 }).embedSync('hello world')).toHaveLength(256);
  });

  it('puts paraphrases with shared words closer than unrelated text, in several languages', async () => {
    const [query, near, far] = await embeddings.embedDocuments([
      'How do I return a damaged parcel?',
      'Returning damaged parcels: what to do',
      'Our office opens at nine on weekdays',
    ]);
    expect(cosine(query!, near!)).toBeGreaterThan(cosine(query!, far!) + 0.1);
    const [de, deNear, deFar] = await embeddings.embedDocuments([
      'Wie lange dauert die Rückerstattung?', 'Rückerstattungen dauern bis zu 14 Tage', 'Versandkosten nach Österreich',
    ]);
    expect(cosine(de!, deNear!)).toBeGreaterThan(cosine(de!, deFar!));
  });

  it('folds accents and case, so typing without accents still matches', async () => {
    const [accented, plain] = await embeddings.embedDocuments(['Politique de RÉTRACTATION', 'politique de retractation']);
    expect(cosine(accented!, plain!)).toBeCloseTo(1, 5);
  });

  it('embeds empty or stop-word-only text as a zero vector instead of NaN', async () => {
    const vector = await embeddings.embedQuery('the of and');
    expect(vector.every((v) => v === 0)).toBe(true);
  });

  it('rejects impossible settings with a hint', () => {
    expect(() => new HashingEmbeddings({ minN: 5, maxN: 3 })).toThrow(ValidationError);
  });
});
