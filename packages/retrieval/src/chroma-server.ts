import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import { dirname, join } from 'node:path';
import { ChromaClient } from 'chromadb';
import { z } from 'zod';
import { ServiceUnavailableError, TimeoutError, ValidationError, silentLogger, type Logger } from '@grounded/shared';

/** Options of a Chroma server we run as a child process. */
export const chromaServerOptionsSchema = z.object({
  /** Directory Chroma persists into (created if missing). */
  dataDir: z.string().min(1),
  /** @default '127.0.0.1' */
  host: z.string().min(1).default('127.0.0.1'),
  /** 0 picks a free port (and retries another one if it is taken meanwhile). @default 0 */
  port: z.number().int().min(0).max(65535).default(0),
  /** How long to wait for the heartbeat. @default 20000 */
  readyTimeoutMs: z.number().int().positive().default(20_000),
  /** How long stop() waits after SIGTERM before SIGKILL. @default 5000 */
  stopTimeoutMs: z.number().int().positive().default(5_000),
});
export type ChromaServerOptions = z.input<typeof chromaServerOptionsSchema> & { logger?: Logger };

/** A running Chroma server child process. */
export interface ChromaServer {
  url: string;
  pid: number;
  /** SIGTERM, wait for exit, SIGKILL after `stopTimeoutMs`. Safe to call twice. */
  stop(): Promise<void>;
}

const PORT_ATTEMPTS = 3;
/**
 * A child that finds its port taken exits about 80 ms after spawn; one still alive this long
 * after spawn owns the port, so a heartbeat then really comes from it.
 */
const ALIVE_GRACE_MS = 400;

/** Resolve the chromadb CLI from our own dependency (never npx: its PID is not the server's). */
function chromaCliPath(): string {
  const require = createRequire(import.meta.url);
  const entry = require.resolve('chromadb');
  // entry is .../chromadb/dist/cjs/chromadb.cjs or .../dist/chromadb.mjs; the CLI sits in dist/.
  const dist = entry.includes(`${join('dist', 'cjs')}`) ? dirname(dirname(entry)) : dirname(entry);
  return join(dist, 'cli.mjs');
}

/** Ask the OS for a free port on `host`. */
export async function freePort(host = '127.0.0.1'): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, host, () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

class PortTakenError extends Error {}

/**
 * Start `chroma run` as a child process and resolve once its heartbeat answers while the child
 * is still alive: the CLI exits 0 when the port is taken, and another server may then answer.
 */
export async function startChromaServer(options: ChromaServerOptions): Promise<ChromaServer> {
  const parsed = chromaServerOptionsSchema.safeParse(options);
  if (!parsed.success) {
    throw new ValidationError('Invalid Chroma server options.', {
      hint: 'Pass dataDir, and a port between 0 and 65535.',
      details: { issues: parsed.error.issues },
    });
  }
  const config = parsed.data;
  const logger = options.logger ?? silentLogger;
  mkdirSync(config.dataDir, { recursive: true });
  for (let attempt = 1; ; attempt++) {
    const port = config.port === 0 ? await freePort(config.host) : config.port;
    try {
      return await startOnce({ ...config, port }, logger);
    } catch (error) {
      if (error instanceof PortTakenError) {
        if (config.port === 0 && attempt < PORT_ATTEMPTS) {
          logger.warn({ port }, 'chroma: free port was taken meanwhile, trying another');
          continue;
        }
        throw new ServiceUnavailableError(`Cannot start Chroma: port ${port} on ${config.host} is already in use.`, {
          hint: 'Stop whatever listens on that port, choose another port, or use port 0 to pick a free one.',
          details: { host: config.host, port },
        });
      }
      throw error;
    }
  }
}

async function startOnce(
  config: z.output<typeof chromaServerOptionsSchema>,
  logger: Logger,
): Promise<ChromaServer> {
  const { host, port, dataDir } = config;
  const args = [chromaCliPath(), 'run', '--path', dataDir, '--host', host, '--port', String(port)];
  const spawnedAt = Date.now();
  const child = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  const capture = (chunk: Buffer) => {
    output = (output + chunk.toString('utf8')).slice(-8_000);
  };
  child.stdout?.on('data', capture);
  child.stderr?.on('data', capture);
  let exited: { code: number | null; signal: NodeJS.Signals | null } | undefined;
  const exitPromise = new Promise<void>((resolve) => {
    child.once('exit', (code, signal) => {
      exited = { code, signal };
      resolve();
    });
  });
  const spawnError = new Promise<Error>((resolve) => child.once('error', resolve));
  const url = `http://${host.includes(':') ? `[${host}]` : host}:${port}`;
  const deadline = Date.now() + config.readyTimeoutMs;
  let spawnFailure: Error | undefined;
  void spawnError.then((error) => (spawnFailure = error));

  while (Date.now() < deadline) {
    if (spawnFailure) {
      throw new ServiceUnavailableError(`Cannot start Chroma: ${spawnFailure.message}`, {
        hint: 'Check that the chromadb package is installed (npm install).',
        cause: spawnFailure,
      });
    }
    if (exited) {
      if (/not available|address already in use/i.test(output)) throw new PortTakenError();
      throw new ServiceUnavailableError(
        `Chroma exited during start (code ${exited.code ?? 'none'}, signal ${exited.signal ?? 'none'}): ${lastLines(output)}`,
        { hint: `Check that ${dataDir} is writable and not used by another Chroma server.`, details: { port } },
      );
    }
    if (await heartbeat(url)) {
      // Another server may have answered: trust it only once our child has outlived a port clash.
      const wait = ALIVE_GRACE_MS - (Date.now() - spawnedAt);
      if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
      if (!exited && child.exitCode === null) {
        logger.info({ url, pid: child.pid, dataDir }, 'chroma: server ready');
        return { url, pid: child.pid ?? -1, stop: makeStop(child, exitPromise, config.stopTimeoutMs) };
      }
      continue;
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  await makeStop(child, exitPromise, config.stopTimeoutMs)();
  throw new TimeoutError(`Chroma did not answer its heartbeat within ${config.readyTimeoutMs} ms: ${lastLines(output)}`, {
    hint: 'Raise readyTimeoutMs on a slow machine, or look at the output above.',
    details: { url },
  });
}

function makeStop(child: ChildProcess, exitPromise: Promise<void>, timeoutMs: number): () => Promise<void> {
  return async () => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    child.kill('SIGTERM');
    let timer: NodeJS.Timeout | undefined;
    const timedOut = await Promise.race([
      exitPromise.then(() => false),
      new Promise<boolean>((resolve) => (timer = setTimeout(() => resolve(true), timeoutMs))),
    ]);
    clearTimeout(timer);
    if (timedOut) {
      child.kill('SIGKILL');
      await exitPromise;
    }
  };
}

function lastLines(output: string): string {
  return output.trim().split('\n').slice(-5).join(' | ') || '(no output)';
}

async function heartbeat(url: string): Promise<boolean> {
  try {
    const response = await fetch(`${url}/api/v2/heartbeat`, { signal: AbortSignal.timeout(1_000) });
    return response.ok;
  } catch {
    // Not listening yet: the caller polls again.
    return false;
  }
}

/** Parse a Chroma URL into client settings. */
export function chromaClientFor(url: string): ChromaClient {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch (error) {
    throw new ValidationError(`Invalid Chroma URL "${url}".`, {
      hint: 'Use a URL such as http://127.0.0.1:8000 (is CHROMA_URL right?).',
      cause: error,
    });
  }
  const ssl = parsed.protocol === 'https:';
  const port = parsed.port ? Number(parsed.port) : ssl ? 443 : 80;
  return new ChromaClient({ host: parsed.hostname.replace(/^\[|\]$/g, ''), port, ssl });
}

/** Connect to an external Chroma server and check its heartbeat. */
export async function connectChroma(url: string): Promise<ChromaClient> {
  const client = chromaClientFor(url);
  try {
    await client.heartbeat();
  } catch (error) {
    throw new ServiceUnavailableError(`Chroma at ${url} does not answer its heartbeat.`, {
      hint: 'Is CHROMA_URL right, and is the Chroma server running (npx chroma run --path ./data/chroma)?',
      cause: error,
      details: { url },
    });
  }
  return client;
}
