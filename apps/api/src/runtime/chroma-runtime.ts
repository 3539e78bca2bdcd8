/**
 * Which Chroma server this process talks to: an external one (CHROMA_URL), one that another
 * Grounded process already runs on the same data directory, or a new child process of ours.
 * Sharing matters because two Chroma servers on one persist directory would corrupt it, and
 * `grounded search` run beside `npm start` must reuse the running server.
 *
 * The lock file is created atomically (O_EXCL) before a child is started, so of two processes
 * starting together only one starts a server; the other waits for the lock to name it.
 * The process that started the server owns it and stops it when it exits (release): processes
 * that reused it then lose their Chroma and must be restarted (or use CHROMA_URL).
 */
import { readFileSync, unlinkSync } from 'node:fs';
import fs from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';
import { connectChroma, startChromaServer } from '@grounded/retrieval';
import { ConfigError, ServiceUnavailableError, isProcessAlive, type Logger } from '@grounded/shared';

export interface ChromaHandle {
  url: string;
  /**
   * Whether this process started (and so must stop) the server. An owner's release() stops the
   * server even while other processes still use it.
   */
  owned: boolean;
  release(): Promise<void>;
}

/** `ownerPid` alone while the owner starts Chroma; `pid` (the Chroma child) and `url` once it answers. */
const lockFileSchema = z.object({
  ownerPid: z.number().int().positive().optional(),
  pid: z.number().int().positive().optional(),
  url: z.string().min(1).optional(),
});
type LockFile = z.infer<typeof lockFileSchema>;

export interface ChromaRuntimeConfig {
  externalUrl: string | undefined;
  dataDir: string;
  /** Records our child's pid and url so other Grounded processes on this DATA_DIR reuse it. */
  lockFile: string;
  port: number;
  logger: Logger;
  /** How long to wait for another process that is starting Chroma. @default 30000 */
  lockWaitMs?: number;
}

/** A lock that cannot be parsed this soon after it was written may still be being written. */
const TORN_LOCK_GRACE_MS = 5_000;
const HEARTBEAT_TIMEOUT_MS = 2_000;

type LockState =
  | { kind: 'gone' }
  | { kind: 'stale'; raw: string }
  | { kind: 'starting'; ownerPid: number | undefined }
  | { kind: 'ready'; lock: LockFile & { pid: number; url: string } }
  | { kind: 'hung'; lock: LockFile & { pid: number; url: string } };

export async function acquireChroma(config: ChromaRuntimeConfig): Promise<ChromaHandle> {
  if (config.externalUrl) {
    await connectChroma(config.externalUrl);
    return { url: config.externalUrl, owned: false, release: async () => {} };
  }
  const lockPath = config.lockFile;
  await fs.mkdir(path.dirname(lockPath), { recursive: true });
  const deadline = Date.now() + (config.lockWaitMs ?? 30_000);
  for (;;) {
    if (await createLock(lockPath)) return startOwned(config, lockPath);
    const state = await inspectLock(lockPath);
    switch (state.kind) {
      case 'gone':
        continue;
      case 'stale':
        config.logger.info({ lockPath }, 'removing a stale Chroma lock (its process is gone)');
        removeIfUnchanged(lockPath, state.raw);
        continue;
      case 'ready':
        config.logger.debug({ url: state.lock.url, pid: state.lock.pid }, 'reusing the Chroma server of a running Grounded process');
        return { url: state.lock.url, owned: false, release: async () => {} };
      case 'hung': {
        const { pid, ownerPid, url } = state.lock;
        // Stopping the owner stops its Chroma too; stop Chroma itself when the owner is gone.
        const stopPid = ownerPid !== undefined && isProcessAlive(ownerPid) ? ownerPid : pid;
        throw new ServiceUnavailableError(
          `The Chroma server (pid ${pid}) that another Grounded process runs for this data folder does not answer at ${url}.`,
          {
            hint: `Wait a moment and retry, stop process ${stopPid}, or (if no Grounded process uses this folder) delete ${lockPath}. `
              + 'A second server is not started: two on one folder would corrupt it.',
            details: { lockPath, pid, ownerPid, url },
          },
        );
      }
      case 'starting':
        if (Date.now() > deadline) {
          throw new ServiceUnavailableError(
            `Another Grounded process${state.ownerPid ? ` (pid ${state.ownerPid})` : ''} has been starting Chroma for this data folder for too long.`,
            {
              hint: `Wait for it and retry${state.ownerPid ? `, or stop process ${state.ownerPid}` : ''}; if no Grounded process uses this folder, delete ${lockPath}.`,
              details: { lockPath, ownerPid: state.ownerPid },
            },
          );
        }
        await new Promise((resolve) => setTimeout(resolve, 200));
        continue;
    }
  }
}

/** Create the lock only if none exists (atomic), recording us as the owner that is starting Chroma. */
async function createLock(lockPath: string): Promise<boolean> {
  let handle: fs.FileHandle;
  try {
    handle = await fs.open(lockPath, 'wx');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw lockWriteError(lockPath, error);
  }
  try {
    await handle.writeFile(JSON.stringify({ ownerPid: process.pid } satisfies LockFile));
  } catch (error) {
    await handle.close();
    await fs.rm(lockPath, { force: true });
    throw lockWriteError(lockPath, error);
  }
  await handle.close();
  return true;
}

/** We hold the lock: start the child, then record it in the lock; never leave one without the other. */
async function startOwned(config: ChromaRuntimeConfig, lockPath: string): Promise<ChromaHandle> {
  let server: Awaited<ReturnType<typeof startChromaServer>>;
  try {
    await fs.mkdir(config.dataDir, { recursive: true });
    server = await startChromaServer({ dataDir: config.dataDir, port: config.port, logger: config.logger });
  } catch (error) {
    await fs.rm(lockPath, { force: true });
    throw error;
  }
  const content = JSON.stringify({ ownerPid: process.pid, pid: server.pid, url: server.url } satisfies LockFile);
  try {
    // Write-then-rename: a reader sees the old or the new lock, never a half-written one.
    const temp = `${lockPath}.${process.pid}.tmp`;
    await fs.writeFile(temp, content);
    await fs.rename(temp, lockPath);
  } catch (error) {
    // Without the lock naming it, another process could start a second server on this folder.
    await server.stop();
    await fs.rm(lockPath, { force: true });
    throw lockWriteError(lockPath, error);
  }
  return {
    url: server.url,
    owned: true,
    release: async () => {
      await server.stop();
      // Only our own lock: once the child is gone another process may have replaced it.
      removeIfUnchanged(lockPath, content);
    },
  };
}

async function inspectLock(lockPath: string): Promise<LockState> {
  let raw: string;
  let mtimeMs: number;
  try {
    raw = await fs.readFile(lockPath, 'utf8');
    mtimeMs = (await fs.stat(lockPath)).mtimeMs;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { kind: 'gone' };
    throw error;
  }
  let lock: LockFile;
  try {
    lock = lockFileSchema.parse(JSON.parse(raw));
  } catch {
    // Empty or torn: the owner may be between creating and writing it, or crashed there long ago.
    return Date.now() - mtimeMs < TORN_LOCK_GRACE_MS ? { kind: 'starting', ownerPid: undefined } : { kind: 'stale', raw };
  }
  if (lock.pid !== undefined && lock.url !== undefined) {
    const ready = { ...lock, pid: lock.pid, url: lock.url };
    if (!isChromaProcess(lock.pid)) return { kind: 'stale', raw };
    return (await answers(lock.url)) ? { kind: 'ready', lock: ready } : { kind: 'hung', lock: ready };
  }
  if (lock.ownerPid !== undefined && isProcessAlive(lock.ownerPid)) return { kind: 'starting', ownerPid: lock.ownerPid };
  return { kind: 'stale', raw };
}

/**
 * Delete the lock if it still holds `raw`. Read and unlink are synchronous, back to back, so the
 * window in which another process could replace the lock in between is as small as it gets.
 */
function removeIfUnchanged(lockPath: string, raw: string): void {
  try {
    if (readFileSync(lockPath, 'utf8') === raw) unlinkSync(lockPath);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
}

async function answers(url: string): Promise<boolean> {
  try {
    const response = await fetch(`${url}/api/v2/heartbeat`, { signal: AbortSignal.timeout(HEARTBEAT_TIMEOUT_MS) });
    return response.ok;
  } catch {
    return false;
  }
}

/**
 * Alive and, where /proc says so, a Chroma server: after a reboot or container restart the
 * lock's pid may belong to an unrelated process, and the lock is then stale.
 */
function isChromaProcess(pid: number): boolean {
  if (!isProcessAlive(pid)) return false;
  try {
    return readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes('chroma');
  } catch {
    return true; // no /proc (macOS, Windows) or not readable: trust the pid
  }
}

function lockWriteError(lockPath: string, cause: unknown): ConfigError {
  return new ConfigError(`Cannot write the Chroma lock file ${lockPath}.`, {
    hint: 'Check that DATA_DIR exists and is writable by this user.',
    cause,
  });
}
