import { describe, expect, it } from 'vitest';
import { parseDocument } from './parse-document';
import { SAMPLE_TEXTS } from './testing';

const bytes = (text: string) => new TextEncoder().encode(text);

describe('plain text', () => {
  it('turns underlined and ALL-CAPS lines into headings and re-joins wrapped lines', async () => {
    const text = [
      'Store Policies',
      '==============',
      '',
      'Our policies apply to every order placed on the web',
      'shop or by phone, and they are non-nego-',
      'tiable.',
      '',
      'Returns',
      '-------',
      '',
      SAMPLE_TEXTS.en,
      '',
      'WARRANTY',
      '',
      'Every appliance has a two year warranty.',
    ].join('\r\n');
    const doc = await parseDocument({ bytes: bytes(text), fileName: 'policies.txt' });
    expect(doc.format).toBe('text');
    expect(doc.title).toBe('policies');
    expect(doc.chunks.map((c) => c.sectionPath)).toEqual([['Store Policies'], ['Store Policies', 'Returns'], ['WARRANTY']]);
    expect(doc.chunks[0]!.text).toBe('Our policies apply to every order placed on the web shop or by phone, and they are non-negotiable.');
  });

  it('does not treat a shouted multi-line disclaimer as headings', async () => {
    const text = 'Terms\n\nTHE SOFTWARE IS PROVIDED AS IS\nWITHOUT WARRANTY OF ANY KIND\nEXPRESS OR IMPLIED';
    const doc = await parseDocument({ bytes: bytes(text), fileName: 'terms.txt' });
    expect(doc.chunks).toHaveLength(1);
    expect(doc.chunks[0]!.sectionPath).toEqual([]);
  });

  it('normalises text: NFC, no control or zero-width characters, single spaces', async () => {
    const decomposed = 'Cafe\u0301 po\u200Blicy:\u0007   tabs\t\tand  spaces\u00A0here, enough words to be a real paragraph.';
    const doc = await parseDocument({ bytes: bytes(decomposed), fileName: 'n.txt' });
    expect(doc.chunks[0]!.text).toBe('Café policy: tabs and spaces here, enough words to be a real paragraph.');
  });

  it('reads UTF-16 text with a BOM', async () => {
    const text = `\uFEFF${SAMPLE_TEXTS.fr}`;
    const utf16 = new Uint8Array(text.length * 2);
    for (let i = 0; i < text.length; i++) {
      utf16[i * 2] = text.charCodeAt(i) & 0xff;
      utf16[i * 2 + 1] = text.charCodeAt(i) >> 8;
    }
    const doc = await parseDocument({ bytes: utf16, fileName: 'fr.txt' });
    expect(doc.chunks[0]!.text).toBe(SAMPLE_TEXTS.fr);
    expect(doc.language).toBe('fr');
  });

  it("reports 'und' when no language can be detected", async () => {
    const doc = await parseDocument({ bytes: bytes('1234 5678 9012\n\n42 = 6 x 7'), fileName: 'numbers.txt' });
    expect(doc.language).toBe('und');
    expect(doc.chunks.every((c) => c.language === 'und')).toBe(true);
  });
});
