/**
 * Parsers for CLI flag values: each rejects a bad value with a message naming the flag, which
 * commander prints as a one-line error with a non-zero exit.
 */
import { InvalidArgumentError } from 'commander';
import { audienceSchema, type Audience } from '@grounded/shared';

export function parseAudience(value: string): Audience {
  const parsed = audienceSchema.safeParse(value);
  if (!parsed.success) throw new InvalidArgumentError(`expected "public" or "internal", got "${value}".`);
  return parsed.data;
}

export function parsePositiveInt(max: number) {
  return (value: string): number => {
    const n = Number(value);
    if (!Number.isInteger(n) || n < 1 || n > max) {
      throw new InvalidArgumentError(`expected a whole number from 1 to ${max}, got "${value}".`);
    }
    return n;
  };
}

export function parseTags(value: string): string[] {
  const tags = value
    .split(',')
    .map((t) => t.trim().toLowerCase())
    .filter(Boolean);
  if (tags.length === 0) throw new InvalidArgumentError('expected a comma-separated list such as "returns,eu".');
  return tags;
}

export function parseLanguage(value: string): string {
  if (!/^[a-z]{2,3}$/i.test(value)) {
    throw new InvalidArgumentError(`expected an ISO 639-1 code such as en, es, de or fr, got "${value}".`);
  }
  return value.toLowerCase();
}
