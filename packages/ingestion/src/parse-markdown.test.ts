import { describe, expect, it } from 'vitest';
import { parseDocument } from './parse-document';
import { SAMPLE_TEXTS } from './testing';

const bytes = (text: string) => new TextEncoder().encode(text);

describe('Markdown', () => {
  it('builds section paths from headings and takes the first H1 as title', async () => {
    const md = [
      '# Returns Policy',
      '',
      SAMPLE_TEXTS.en,
      '',
      '## Exceptions',
      '',
      'Gift cards and **final sale** items cannot be returned under any circumstances whatsoever.',
      '',
      '### Damaged items',
      '',
      'Send us a photo of the damage within seven days and we will replace the item for free.',
      '',
      '## Refund timing',
      '',
      '```',
      '# not a heading inside code',
      '```',
      'Refunds reach your card within five to ten business days after we receive the item.',
    ].join('\n');
    const doc = await parseDocument({ bytes: bytes(md), fileName: 'returns.md' });
    expect(doc.format).toBe('markdown');
    expect(doc.title).toBe('Returns Policy');
    expect(doc.id).toBe('returns-md');
    expect(doc.audience).toBe('public');
    expect(doc.language).toBe('en');
    expect(doc.chunks.map((c) => c.sectionPath)).toEqual([
      ['Returns Policy'],
      ['Returns Policy', 'Exceptions'],
      ['Returns Policy', 'Exceptions', 'Damaged items'],
      ['Returns Policy', 'Refund timing'],
    ]);
    expect(doc.chunks.map((c) => c.index)).toEqual([0, 1, 2, 3]);
    expect(doc.chunks[3]!.text).toContain('# not a heading inside code');
    expect(doc.chunks.every((c) => c.page === undefined)).toBe(true);
  });

  it('prefers the front-matter title and leaves front matter out of the text', async () => {
    const md = `---\ntitle: "Shipping FAQ"\nauthor: ops\n---\n# Shipping\n\n${SAMPLE_TEXTS.en}\n`;
    const doc = await parseDocument({ bytes: bytes(md), fileName: 'shipping.md' });
    expect(doc.title).toBe('Shipping FAQ');
    expect(doc.chunks.map((c) => c.text).join(' ')).not.toContain('author: ops');
  });

  it('falls back to the file name for the title, and honours a given id, title, audience and tags', async () => {
    const doc = await parseDocument({ bytes: bytes(`Intro without headings. ${SAMPLE_TEXTS.en}`), fileName: 'notes/staff_handbook.md' });
    expect(doc.title).toBe('staff handbook');
    const custom = await parseDocument({
      bytes: bytes(`# Heading\n\n${SAMPLE_TEXTS.en}`),
      fileName: 'a.md',
      id: 'custom-id',
      title: 'Custom',
      audience: 'internal',
      tags: ['hr', 'hr', 'policy'],
    });
    expect(custom).toMatchObject({ id: 'custom-id', title: 'Custom', audience: 'internal', tags: ['hr', 'policy'] });
  });

  it('detects the language of the document and of each section (en, es, de, fr)', async () => {
    const md = (['en', 'es', 'de', 'fr'] as const).map((lang) => `## ${lang}\n\n${SAMPLE_TEXTS[lang]}`).join('\n\n');
    const doc = await parseDocument({ bytes: bytes(`# Multilingual\n\n${md}\n\n## Short\n\nOK.`), fileName: 'multi.md' });
    const byPath = Object.fromEntries(doc.chunks.map((c) => [c.sectionPath.at(-1), c.language]));
    expect(byPath).toMatchObject({ en: 'en', es: 'es', de: 'de', fr: 'fr' });
    // Too short to detect: inherits the document language.
    expect(byPath.Short).toBe(doc.language);
    for (const lang of ['es', 'de', 'fr'] as const) {
      const single = await parseDocument({ bytes: bytes(`# T\n\n${SAMPLE_TEXTS[lang]}`), fileName: `${lang}.md` });
      expect(single.language).toBe(lang);
    }
  });
});
