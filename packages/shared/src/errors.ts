/**
 * The one error family of Grounded. Every failure a user can cause or meet is a `GroundedError`
 * with a stable `code`, an HTTP meaning (`status`), a `hint` that says what to do, and whether
 * retrying the same call may succeed. The API maps these to responses in one middleware; the CLI
 * prints `message` and `hint` on one line each and exits non-zero.
 */
export interface GroundedErrorOptions {
  /** What the user should do about it, in one sentence. */
  hint?: string;
  cause?: unknown;
  /** Structured facts for logs and API bodies (file name, limit, ...). Never secrets. */
  details?: Record<string, unknown>;
}

export abstract class GroundedError extends Error {
  abstract readonly code: string;
  abstract readonly status: number;
  readonly retryable: boolean = false;
  readonly hint: string | undefined;
  readonly details: Record<string, unknown> | undefined;

  constructor(message: string, options: GroundedErrorOptions = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = new.target.name;
    this.hint = options.hint;
    this.details = options.details;
  }

  /** A JSON-safe view for API bodies and structured logs. */
  toJSON(): Record<string, unknown> {
    return {
      code: this.code,
      message: this.message,
      ...(this.hint ? { hint: this.hint } : {}),
      ...(this.details ? { details: this.details } : {}),
      retryable: this.retryable,
    };
  }
}

/** Input that fails validation (bad flag, bad body, bad config value). */
export class ValidationError extends GroundedError {
  readonly code = 'validation_failed';
  readonly status = 400;
}

/** Configuration (environment, policy file, model config) that cannot be used. */
export class ConfigError extends GroundedError {
  readonly code = 'invalid_config';
  readonly status = 500;
}

/** A file type we do not read, or content that does not match its declared type. */
export class UnsupportedFormatError extends GroundedError {
  readonly code = 'unsupported_format';
  readonly status = 415;
}

/** Input bigger than a configured limit (upload size, decompressed size, message length). */
export class TooLargeError extends GroundedError {
  readonly code = 'too_large';
  readonly status = 413;
}

/** A file that claims a format but cannot be read as it (corrupt, encrypted, empty, no text). */
export class UnreadableDocumentError extends GroundedError {
  readonly code = 'unreadable_document';
  readonly status = 422;
}

export class NotFoundError extends GroundedError {
  readonly code = 'not_found';
  readonly status = 404;
}

export class ConflictError extends GroundedError {
  readonly code = 'conflict';
  readonly status = 409;
}

/** A backing service (Chroma, an inference server) is down or unreachable. */
export class ServiceUnavailableError extends GroundedError {
  readonly code = 'service_unavailable';
  readonly status = 503;
  override readonly retryable = true;
}

/** All model slots and the wait queue are full; retry after `retryAfterMs`. */
export class ModelBusyError extends GroundedError {
  readonly code = 'model_busy';
  readonly status = 503;
  override readonly retryable = true;
  readonly retryAfterMs: number;

  constructor(message: string, options: GroundedErrorOptions & { retryAfterMs?: number } = {}) {
    super(message, options);
    this.retryAfterMs = options.retryAfterMs ?? 1000;
  }
}

/** A model file that is missing, not a GGUF, corrupt, or too large for this machine. */
export class ModelLoadError extends GroundedError {
  readonly code = 'model_load_failed';
  readonly status = 503;
}

/** No model is installed for a request that needs one. */
export class ModelUnavailableError extends GroundedError {
  readonly code = 'model_unavailable';
  readonly status = 503;
}

export class TimeoutError extends GroundedError {
  readonly code = 'timeout';
  readonly status = 504;
  override readonly retryable = true;
}

/** The guardrails refused an input or output; `reasons` carries the stable reason codes. */
export class PolicyViolationError extends GroundedError {
  readonly code = 'policy_violation';
  readonly status = 422;
}

/** A bug or an impossible state: never expected, always logged. */
export class InternalError extends GroundedError {
  readonly code = 'internal';
  readonly status = 500;
}

export function isGroundedError(error: unknown): error is GroundedError {
  return error instanceof GroundedError;
}

/** Message of any thrown value, for logs. */
export function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
