import type { z } from 'zod';
import { ValidationError } from '@grounded/shared';

/** Parses request input with a zod schema; a failure names each bad field. */
export function validate<S extends z.ZodType>(schema: S, input: unknown, where: string): z.infer<S> {
  const result = schema.safeParse(input);
  if (!result.success) {
    const problems = result.error.issues.map((i) => `${i.path.join('.') || where}: ${i.message}`).join('; ');
    throw new ValidationError(`Invalid ${where}: ${problems}`, { hint: 'Fix the named fields and retry.' });
  }
  return result.data;
}
