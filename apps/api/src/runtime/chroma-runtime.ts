/**
 * Which Chroma server this process talks to: an external one (CHROMA_URL), one that another
 * Grounded process already runs on the same data directory, or a new child process of ours.
 * Sharing matters because two Chroma servers on one persist directory would corrupt it, and
 * `grounded search` run beside `npm start` must reuse the running server.
 */
import fs from 'node:fs/promises';
import { connectChroma, startChromaServer } from '@grounded/retrieval';
import type { Logger } from '@grounded/shared';

export interface ChromaHandle {
  url: string;
  /** Whether this process started (and so must stop) the server. */
  owned: boolean;
  release(): Promise<void>;
}

interface LockFile {
  pid: number;
  url: string;
}

export interface ChromaRuntimeConfig {
  externalUrl: string | undefined;
  dataDir: string;
  /** Records our child's pid and url so other Grounded processes on this DATA_DIR reuse it. */
  lockFile: string;
  port: number;
  logger: Logger;
}

export async function acquireChroma(config: ChromaRuntimeConfig): Promise<ChromaHandle> {
  if (config.externalUrl) {
    await connectChroma(config.externalUrl);
    return { url: config.externalUrl, owned: false, release: async () => {} };
  }
  const lockPath = config.lockFile;
  const shared = await readLiveLock(lockPath);
  if (shared) {
    config.logger.debug({ url: shared.url, pid: shared.pid }, 'reusing the Chroma server of a running Grounded process');
    return { url: shared.url, owned: false, release: async () => {} };
  }
  await fs.mkdir(config.dataDir, { recursive: true });
  const server = await startChromaServer({ dataDir: config.dataDir, port: config.port, logger: config.logger });
  await fs.writeFile(lockPath, JSON.stringify({ pid: server.pid, url: server.url } satisfies LockFile));
  return {
    url: server.url,
    owned: true,
    release: async () => {
      await server.stop();
      await fs.rm(lockPath, { force: true });
    },
  };
}

/** The lock of a Chroma child that is still alive and answering, if any. */
async function readLiveLock(lockPath: string): Promise<LockFile | undefined> {
  let lock: LockFile;
  try {
    lock = JSON.parse(await fs.readFile(lockPath, 'utf8')) as LockFile;
  } catch {
    return undefined; // no lock, or a torn one from a crash: start our own
  }
  if (!isAlive(lock.pid)) return undefined;
  try {
    await connectChroma(lock.url);
    return lock;
  } catch {
    return undefined;
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}
