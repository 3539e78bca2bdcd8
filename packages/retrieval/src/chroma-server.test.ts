import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ServiceUnavailableError, isProcessAlive } from '@grounded/shared';
import { tempDir } from '../test/fixtures';
import { connectChroma, freePort, startChromaServer } from './chroma-server';
import { testChromaUrl } from './testing';

const tmp = tempDir('grounded-chroma-server-test-');
afterAll(() => tmp.cleanup());

describe('startChromaServer', () => {
  it('starts on a free port, answers its heartbeat, and stops its own process', async () => {
    const server = await startChromaServer({ dataDir: join(tmp.dir, 'a') });
    expect((await fetch(`${server.url}/api/v2/heartbeat`)).ok).toBe(true);
    await server.stop();
    expect(isProcessAlive(server.pid)).toBe(false);
    await expect(fetch(`${server.url}/api/v2/heartbeat`)).rejects.toThrow();
    await server.stop();
  });

  it('fails naming the port when it is taken, even though another server answers there (the CLI exits 0)', async () => {
    const taken = Number(new URL(testChromaUrl()).port);
    const error = await startChromaServer({ dataDir: join(tmp.dir, 'b'), port: taken }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ServiceUnavailableError);
    expect((error as Error).message).toContain(String(taken));
    expect((error as ServiceUnavailableError).hint).toMatch(/port/);
  });
});

describe('connectChroma', () => {
  it('accepts a live server and explains an unreachable one', async () => {
    await expect(connectChroma(testChromaUrl())).resolves.toBeDefined();
    const url = `http://127.0.0.1:${await freePort()}`;
    const error = await connectChroma(url).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ServiceUnavailableError);
    expect((error as ServiceUnavailableError).hint).toMatch(/CHROMA_URL/);
  });
});
