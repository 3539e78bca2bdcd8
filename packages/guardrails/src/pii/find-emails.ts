import type { PiiSpan } from './pii-types';

// Local part and domain allow Unicode letters (internationalised addresses); the TLD needs two
// letters so "user@localhost" and "a@b" (chat handles, versions) do not match.
const EMAIL = /(?<![\p{L}\p{N}._%+-])[\p{L}\p{N}](?:[\p{L}\p{N}._%+'-]{0,63})@(?:[\p{L}\p{N}](?:[\p{L}\p{N}-]{0,62}[\p{L}\p{N}])?\.)+\p{L}{2,24}(?![\p{L}\p{N}-])/gu;

const FILE_EXTENSION = /@[^.]+\.(?:png|jpe?g|gif|svg|webp|pdf|txt|zip|js|ts|css|html?)$/i;

export function findEmails(text: string): PiiSpan[] {
  const spans: PiiSpan[] = [];
  for (const m of text.matchAll(EMAIL)) {
    const value = m[0];
    // "a..b@x.com" is not an address; trailing dots belong to the sentence.
    if (value.includes('..')) continue;
    // "logo@2x.png" is a retina image name, not an address.
    if (FILE_EXTENSION.test(value)) continue;
    spans.push({ type: 'EMAIL_ADDRESS', start: m.index, end: m.index + value.length, value });
  }
  return spans;
}
