/**
 * The HTTP app: JSON in and out, request ids, and routes that receive their services. Errors
 * from any route reach the one error handler.
 */
import { randomUUID } from 'node:crypto';
import express, { type Express } from 'express';
import type { KnowledgeBase } from '../knowledge/knowledge-base';
import type { AppLogger } from '../runtime/logger';
import { errorHandler, notFoundHandler } from './error-handler';
import { documentRoutes } from './routes/documents';
import { searchRoutes } from './routes/search';

export interface AppServices {
  kb: KnowledgeBase;
  logger: AppLogger;
  /** One line on the chat model, for /healthz. */
  modelStatus: string;
}

export function createApp({ kb, logger, modelStatus }: AppServices): Express {
  const app = express();
  app.disable('x-powered-by');
  app.use((req, res, next) => {
    const id = typeof req.headers['x-request-id'] === 'string' ? req.headers['x-request-id'] : randomUUID();
    req.headers['x-request-id'] = id;
    res.setHeader('x-request-id', id);
    next();
  });
  app.use(express.json({ limit: '1mb' }));
  app.get('/healthz', (_req, res) => {
    res.json({ status: 'ok', documents: kb.store.list().length, model: modelStatus });
  });
  app.use('/api', searchRoutes(kb), documentRoutes(kb));
  app.use(notFoundHandler);
  app.use(errorHandler(logger));
  return app;
}
