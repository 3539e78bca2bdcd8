import { readFile } from 'node:fs/promises';
import type { z } from 'zod';
import { ValidationError, errorMessage } from '@grounded/shared';

/** Reads a JSONL file, validating each line; errors name the file and line number. */
export async function readJsonl<T>(path: string, schema: z.ZodType<T>): Promise<T[]> {
  let raw: string;
  try {
    raw = await readFile(path, 'utf8');
  } catch (error) {
    throw new ValidationError(`cannot read ${path}: ${errorMessage(error)}`, { hint: 'Check the file path.', cause: error });
  }
  const rows: T[] = [];
  const lines = raw.split(/\r?\n/);
  for (const [i, line] of lines.entries()) {
    if (!line.trim()) continue;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch (error) {
      throw new ValidationError(`${path}:${i + 1}: not valid JSON: ${errorMessage(error)}`, { hint: 'Each line must be one JSON object.' });
    }
    const parsed = schema.safeParse(value);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      const where = issue?.path.length ? issue.path.join('.') : 'line';
      throw new ValidationError(`${path}:${i + 1}: ${where}: ${issue?.message ?? 'invalid'}`, { hint: 'Fix that line of the dataset.' });
    }
    rows.push(parsed.data);
  }
  if (rows.length === 0) throw new ValidationError(`${path} has no rows`, { hint: 'Pass a JSONL file with one object per line.' });
  return rows;
}
