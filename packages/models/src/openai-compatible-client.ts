/**
 * The HTTP side of OpenAI-compatible servers (vLLM, llama.cpp server, Ollama): URL joining,
 * auth, timeouts, and mapping failures onto Grounded's error family.
 */
import { ConfigError, ModelBusyError, ServiceUnavailableError, TimeoutError, ValidationError } from '@grounded/shared';

export interface OpenAICompatibleConnection {
  /** e.g. `http://vllm:8000/v1` (a missing `/v1` is added). */
  baseUrl: string;
  apiKey?: string;
  /** @default 120000 */
  timeoutMs?: number;
}

export function endpointUrl(baseUrl: string, endpoint: string): string {
  const base = baseUrl.replace(/\/+$/, '');
  return `${/\/v\d+$/.test(base) ? base : `${base}/v1`}/${endpoint}`;
}

/**
 * POSTs JSON and returns the response once its status is OK. `signal` is the caller's; the
 * timeout is added here and reported as `TimeoutError`.
 */
export async function postJson(
  connection: OpenAICompatibleConnection,
  endpoint: string,
  body: unknown,
  signal?: AbortSignal,
): Promise<{ response: Response; timeoutSignal: AbortSignal }> {
  const url = endpointUrl(connection.baseUrl, endpoint);
  const timeoutMs = connection.timeoutMs ?? 120_000;
  const timeoutSignal = AbortSignal.timeout(timeoutMs);
  const combined = signal ? AbortSignal.any([signal, timeoutSignal]) : timeoutSignal;
  let response: Response;
  try {
    response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(connection.apiKey ? { authorization: `Bearer ${connection.apiKey}` } : {}) },
      body: JSON.stringify(body),
      signal: combined,
    });
  } catch (error) {
    if (timeoutSignal.aborted) throw timeoutError(timeoutMs, error);
    if (signal?.aborted) throw error;
    throw new ServiceUnavailableError(`The inference server at ${connection.baseUrl} cannot be reached`, {
      hint: 'Start the server or fix OPENAI_BASE_URL.',
      cause: error,
      details: { url },
    });
  }
  if (!response.ok) throw await httpError(response, url);
  return { response, timeoutSignal };
}

export function timeoutError(timeoutMs: number, cause?: unknown): TimeoutError {
  return new TimeoutError(`The inference server did not finish within ${timeoutMs} ms`, {
    hint: 'Ask for a shorter reply or raise MODEL_TIMEOUT_MS.',
    cause,
  });
}

async function httpError(response: Response, url: string): Promise<Error> {
  const text = (await response.text().catch(() => '')).slice(0, 300);
  const details = { url, status: response.status, body: text };
  if (response.status === 401 || response.status === 403) {
    return new ConfigError(`The inference server refused the credentials (${response.status})`, { hint: 'Check OPENAI_API_KEY.', details });
  }
  if (response.status === 429) {
    const retryAfter = Number(response.headers.get('retry-after'));
    return new ModelBusyError('The inference server is busy (429)', {
      hint: 'Retry later.',
      retryAfterMs: Number.isFinite(retryAfter) && retryAfter > 0 ? retryAfter * 1000 : 1000,
      details,
    });
  }
  if (response.status >= 500) return new ServiceUnavailableError(`The inference server failed (${response.status})`, { hint: 'Check the server logs.', details });
  return new ValidationError(`The inference server rejected the request (${response.status}): ${text}`, { hint: 'Check OPENAI_MODEL and the request options.', details });
}

/** Parses a `text/event-stream` body into the JSON payloads of its `data:` lines, until `[DONE]`. */
export async function* readServerSentEvents(body: ReadableStream<Uint8Array>): AsyncGenerator<unknown> {
  // Stream decoding keeps a multi-byte character split across network chunks intact.
  const decoder = new TextDecoder('utf-8');
  let buffer = '';
  for await (const bytes of body) {
    buffer += decoder.decode(bytes, { stream: true });
    let newline: number;
    while ((newline = buffer.indexOf('\n')) >= 0) {
      const line = buffer.slice(0, newline).replace(/\r$/, '');
      buffer = buffer.slice(newline + 1);
      if (!line.startsWith('data:')) continue;
      const data = line.slice(5).trim();
      if (data === '[DONE]') return;
      if (data) yield JSON.parse(data) as unknown;
    }
  }
}
