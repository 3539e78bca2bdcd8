import { Router } from 'express';
import { z } from 'zod';
import { audienceSchema } from '@grounded/shared';
import type { KnowledgeBase } from '../../knowledge/knowledge-base';
import { validate } from '../validate';

const searchQuerySchema = z.object({
  q: z.string().trim().min(1, 'must not be empty').max(2000),
  k: z.coerce.number().int().min(1).max(100).default(5),
  lang: z.string().regex(/^[a-z]{2,3}$/i).optional(),
  audience: audienceSchema.optional(),
  tags: z
    .string()
    .transform((v) => v.split(',').map((t) => t.trim()).filter(Boolean))
    .optional(),
});

/** GET /api/search: what retrieval finds, for admins testing their documents. */
export function searchRoutes(kb: KnowledgeBase): Router {
  return Router().get('/search', async (req, res) => {
    const q = validate(searchQuerySchema, req.query, 'query string');
    const hits = await kb.search(q.q, {
      k: q.k,
      ...(q.lang ? { language: q.lang.toLowerCase() } : {}),
      ...(q.audience ? { audience: q.audience } : {}),
      ...(q.tags?.length ? { tags: q.tags } : {}),
    });
    res.json({ hits });
  });
}
