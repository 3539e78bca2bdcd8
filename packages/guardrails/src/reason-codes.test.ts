import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { REASON_CODES } from './reason-codes';

/** The codes listed in the README's "Reason codes" section, in backticks. */
function readmeReasonCodes(): string[] {
  const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');
  const section = /^## Reason codes[^\n]*\n([\s\S]*?)(?=^## )/m.exec(readme)?.[1];
  if (!section) throw new Error('README.md has no "## Reason codes" section');
  // The list is the first paragraph of the section; later paragraphs explain codes.
  const list = section.trim().split(/\n\s*\n/)[0] ?? '';
  return [...list.matchAll(/`([a-z_]+\.[a-z_]+)`/g)].map((m) => m[1] ?? '');
}

describe('README reason-code list', () => {
  it('names every code in REASON_CODES exactly once, and nothing else', () => {
    const listed = readmeReasonCodes();
    expect(new Set(listed).size).toBe(listed.length);
    expect([...listed].sort()).toEqual(Object.values(REASON_CODES).sort());
  });
});
