/**
 * The app's one logger: pino to stderr (stdout belongs to command output), with customer PII in
 * known fields redacted before it is written.
 */
import { pino, type Logger as PinoLogger } from 'pino';

export type AppLogger = PinoLogger;

export function createLogger(level: string): AppLogger {
  return pino(
    {
      level,
      base: { app: 'grounded' },
      redact: {
        paths: ['*.email', '*.phone', '*.message', '*.text', 'req.headers.authorization', 'req.headers.cookie'],
        censor: '[redacted]',
      },
    },
    pino.destination(2),
  );
}
