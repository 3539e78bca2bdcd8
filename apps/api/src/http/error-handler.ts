/**
 * The one place HTTP errors are written. A GroundedError keeps its status, code and hint; a
 * ModelBusyError adds Retry-After; anything else is a 500 whose details stay in the log.
 */
import type { ErrorRequestHandler, RequestHandler } from 'express';
import { isGroundedError, ModelBusyError, NotFoundError, ValidationError } from '@grounded/shared';
import type { AppLogger } from '../runtime/logger';

export function errorHandler(logger: AppLogger): ErrorRequestHandler {
  return (error: unknown, req, res, _next) => {
    const requestId = String(req.headers['x-request-id'] ?? '');
    // express.json() signals a malformed body with a SyntaxError carrying status 400.
    const normalised =
      error instanceof SyntaxError && 'status' in error
        ? new ValidationError('The request body is not valid JSON.', { hint: 'Send a JSON object with Content-Type: application/json.' })
        : error;
    if (isGroundedError(normalised)) {
      if (normalised.status >= 500) logger.error({ err: normalised, requestId }, normalised.message);
      if (normalised instanceof ModelBusyError) res.setHeader('Retry-After', Math.ceil(normalised.retryAfterMs / 1000));
      res.status(normalised.status).json({ error: normalised.toJSON() });
      return;
    }
    logger.error({ err: normalised, requestId }, 'unhandled error');
    res.status(500).json({ error: { code: 'internal', message: 'Something went wrong on our side.', retryable: true } });
  };
}

export const notFoundHandler: RequestHandler = (req, _res, next) => {
  next(new NotFoundError(`No route ${req.method} ${req.path}.`, { hint: 'See README.md for the API routes.' }));
};
