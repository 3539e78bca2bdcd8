import { spawnSync } from 'node:child_process';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { startChromaServer } from '@grounded/retrieval';
import { ServiceUnavailableError, isProcessAlive, silentLogger } from '@grounded/shared';
import { acquireChroma } from './chroma-runtime';

const dirs: string[] = [];
afterAll(async () => {
  await Promise.all(dirs.map((dir) => fs.rm(dir, { recursive: true, force: true })));
});

async function dataFolder() {
  const data = await fs.mkdtemp(path.join(os.tmpdir(), 'grounded-chroma-runtime-'));
  dirs.push(data);
  return { dataDir: path.join(data, 'chroma'), lockFile: path.join(data, 'chroma.lock.json'), externalUrl: undefined, port: 0, logger: silentLogger };
}

const readLock = async (lockFile: string) => JSON.parse(await fs.readFile(lockFile, 'utf8')) as { pid: number; url: string };

describe('acquireChroma on a data folder', () => {
  it('starts one server when two callers start together; the other reuses it', async () => {
    const config = await dataFolder();
    const [a, b] = await Promise.all([acquireChroma(config), acquireChroma(config)]);
    try {
      expect([a.owned, b.owned].sort()).toEqual([false, true]);
      expect(a.url).toBe(b.url);
      expect((await readLock(config.lockFile)).url).toBe(a.url);
    } finally {
      await a.release();
      await b.release();
    }
    await expect(fs.stat(config.lockFile)).rejects.toThrow();
  }, 60_000);

  it('replaces a lock whose Chroma process is gone', async () => {
    const config = await dataFolder();
    const dead = spawnSync(process.execPath, ['-e', '']).pid!;
    await fs.writeFile(config.lockFile, JSON.stringify({ ownerPid: dead, pid: dead, url: 'http://127.0.0.1:9' }));
    const handle = await acquireChroma(config);
    try {
      expect(handle.owned).toBe(true);
      expect((await fetch(`${handle.url}/api/v2/heartbeat`)).ok).toBe(true);
      expect(await readLock(config.lockFile)).toMatchObject({ url: handle.url, ownerPid: process.pid });
    } finally {
      await handle.release();
    }
  }, 60_000);

  it('refuses to start a second server when the locked Chroma is alive but does not answer, and says what to do', async () => {
    const config = await dataFolder();
    const server = await startChromaServer({ dataDir: config.dataDir });
    await fs.writeFile(config.lockFile, JSON.stringify({ pid: server.pid, url: server.url }));
    process.kill(server.pid, 'SIGSTOP'); // alive, listening, never answering
    try {
      const error = await acquireChroma(config).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(ServiceUnavailableError);
      expect((error as Error).message).toContain(String(server.pid));
      expect((error as ServiceUnavailableError).hint).toContain(`stop process ${server.pid}`);
      expect((error as ServiceUnavailableError).hint).toContain(config.lockFile);
      // The lock still names the one server: nothing else was started on the folder.
      expect((await readLock(config.lockFile)).pid).toBe(server.pid);
    } finally {
      process.kill(server.pid, 'SIGCONT');
      await server.stop();
    }
    expect(isProcessAlive(server.pid)).toBe(false);
  }, 60_000);
});
