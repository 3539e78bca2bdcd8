import { ConfigError } from '@grounded/shared';
import { z } from 'zod';

const MIB = 1024 * 1024;

/** How documents are limited and chunked. Every field has a default. */
export const ingestionOptionsSchema = z
  .object({
    /**
     * Largest chunk, in characters.
     * @default 1000
     */
    chunkSize: z.number().int().min(50).max(20_000).default(1000),
    /**
     * Characters repeated between consecutive chunks of one section.
     * @default 150
     */
    chunkOverlap: z.number().int().min(0).max(10_000).default(150),
    /**
     * Largest upload, in bytes (the app derives it from MAX_UPLOAD_MB).
     * @default 26214400 (25 MiB)
     */
    maxBytes: z.number().int().positive().default(25 * MIB),
    /**
     * Largest total a DOCX may unpack to, in bytes: the zip-bomb limit.
     * @default 209715200 (200 MiB)
     */
    maxDocxUncompressedBytes: z.number().int().positive().default(200 * MIB),
  })
  .refine((options) => options.chunkOverlap < options.chunkSize, {
    message: 'chunkOverlap must be smaller than chunkSize',
    path: ['chunkOverlap'],
  });

export type IngestionOptions = z.infer<typeof ingestionOptionsSchema>;

/** Fills defaults and validates; bad values are a configuration mistake, named field by field. */
export function resolveIngestionOptions(options: Partial<IngestionOptions> = {}): IngestionOptions {
  const parsed = ingestionOptionsSchema.safeParse(options);
  if (parsed.success) return parsed.data;
  const problems = parsed.error.issues.map((issue) => `${issue.path.join('.') || 'options'}: ${issue.message}`);
  throw new ConfigError(`Invalid ingestion options: ${problems.join('; ')}.`, {
    hint: 'Check CHUNK_SIZE, CHUNK_OVERLAP and MAX_UPLOAD_MB (chunkOverlap must be smaller than chunkSize).',
    details: { problems },
  });
}
