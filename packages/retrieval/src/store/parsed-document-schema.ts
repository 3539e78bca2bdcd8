import { z } from 'zod';
import { audienceSchema, documentFormatSchema } from '@grounded/shared';

/** Runtime check of a ParsedDocument at the store boundary (it may come from a file or an API). */
export const parsedDocumentSchema = z.object({
  id: z.string().min(1).max(200).refine((id) => !id.includes('::'), 'id must not contain "::"'),
  title: z.string(),
  format: documentFormatSchema,
  sourceName: z.string(),
  contentHash: z.string().min(1),
  audience: audienceSchema,
  tags: z.array(z.string().min(1)),
  language: z.string(),
  chunks: z.array(z.object({
    index: z.number().int().min(0),
    text: z.string(),
    sectionPath: z.array(z.string()),
    page: z.number().int().positive().optional(),
    language: z.string(),
    quarantine: z.array(z.string()).optional(),
  })).min(1).refine((chunks) => new Set(chunks.map((c) => c.index)).size === chunks.length, 'chunk indexes must be unique'),
});
