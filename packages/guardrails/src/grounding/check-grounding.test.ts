import { describe, expect, it } from 'vitest';
import { REASON_CODES } from '../reason-codes';
import { checkGrounding } from './check-grounding';
import { FALLBACK_MESSAGES } from './fallback-messages';
import { splitSentences } from './split-sentences';

const passages = [
  { id: 'returns-1', text: 'Unused items can be returned within 30 days of delivery for a full refund.' },
  { id: 'shipping-2', text: 'Standard shipping to Germany takes 3 to 5 business days.' },
];

describe('splitSentences', () => {
  it('keeps citation markers with their sentence and does not split at abbreviations', () => {
    expect(splitSentences('Returns are free, e.g. for shoes. [1] Shipping takes 3 days [2]. Thanks!')).toEqual([
      { text: 'Returns are free, e.g. for shoes. [1]', markers: ['1'] },
      { text: 'Shipping takes 3 days [2].', markers: ['2'] },
      { text: 'Thanks!', markers: [] },
    ]);
  });
});

describe('checkGrounding', () => {
  it('removes an unsupported sentence and keeps the supported ones', () => {
    const answer = 'Hello! You can return unused items within 30 days for a full refund [1]. We also give every customer a free gift card worth 50 euros [1]. Shipping to Germany takes 3 to 5 business days [2].';
    const result = checkGrounding(answer, { retrievedPassages: passages });
    expect(result.action).toBe('redact');
    expect(result.text).not.toContain('gift card');
    expect(result.text).toContain('within 30 days');
    expect(result.text).toContain('3 to 5 business days');
    expect(result.reasons.map((r) => r.code)).toEqual([REASON_CODES.GROUNDING_UNSUPPORTED_SENTENCE]);
  });

  it('rejects a citation to a passage that was not retrieved', () => {
    const answer = 'You can return unused items within 30 days [1]. Express shipping is free on all orders [doc:pricing-9]. Delivery to Germany takes 3 to 5 business days [2].';
    const result = checkGrounding(answer, { retrievedPassages: passages });
    expect(result.reasons.map((r) => r.code)).toContain(REASON_CODES.GROUNDING_UNKNOWN_CITATION);
    expect(result.text).not.toContain('Express');
  });

  it('replaces an ungrounded answer with a fallback offering a human, in the answer language', () => {
    const result = checkGrounding('Sí, le devolvemos el doble del importe si el paquete llega tarde [1].', { retrievedPassages: passages });
    expect(result.action).toBe('refuse');
    expect(result.text).toBe(FALLBACK_MESSAGES.es);
    expect(result.reasons.map((r) => r.code)).toContain(REASON_CODES.GROUNDING_FALLBACK);
  });

  it('does not let a number the sources never mention through', () => {
    const result = checkGrounding('Unused items can be returned within 60 days of delivery for a full refund [1]. Shipping to Germany takes 3 to 5 business days [2].', { retrievedPassages: passages });
    expect(result.text).not.toContain('60 days');
  });

  it('allows a fully supported answer unchanged', () => {
    const answer = 'Unused items can be returned within 30 days of delivery [returns-1]. Anything else I can help with?';
    expect(checkGrounding(answer, { retrievedPassages: passages })).toMatchObject({ action: 'allow', text: answer });
  });
});
