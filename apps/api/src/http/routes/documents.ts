import { Router } from 'express';
import { NotFoundError } from '@grounded/shared';
import type { KnowledgeBase } from '../../knowledge/knowledge-base';

/** Read-only document routes: the list and one document's record. */
export function documentRoutes(kb: KnowledgeBase): Router {
  return Router()
    .get('/documents', (_req, res) => {
      res.json({ documents: kb.store.list() });
    })
    .get('/documents/:id', (req, res) => {
      const record = kb.store.get(req.params.id);
      if (!record) throw new NotFoundError(`No document "${req.params.id}".`, { hint: 'GET /api/documents lists the ids.' });
      res.json({ document: record });
    });
}
