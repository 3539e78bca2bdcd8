/**
 * The `grounded` program end to end, as a user runs it: `start` with its own Chroma child and
 * the sample knowledge base, other commands beside it reusing that server, bad input rejected
 * with one-line errors and non-zero exits, and a clean shutdown.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GROUNDED_BIN as bin, runCli } from './helpers/run-cli';
import { isProcessAlive } from '@grounded/shared';

let dataDir: string;
let server: ChildProcess | undefined;
let serverLog = '';

const run = (args: string[], extraEnv: Record<string, string> = {}) => runCli(args, { DATA_DIR: dataDir, ...extraEnv });

beforeAll(async () => {
  dataDir = await fs.mkdtemp(path.join(os.tmpdir(), 'grounded-cli-'));
  server = spawn(process.execPath, [bin, 'start'], {
    env: { ...process.env, DATA_DIR: dataDir, LOG_LEVEL: 'warn', PORT: '0', NO_COLOR: '1' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  server.stderr!.on('data', (d: Buffer) => (serverLog += d.toString()));
  server.stdout!.on('data', (d: Buffer) => (serverLog += d.toString()));
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`start did not report ready:\n${serverLog}`)), 120_000);
    const check = () => {
      if (serverLog.includes('Grounded is ready')) {
        clearTimeout(timer);
        resolve();
      }
    };
    server!.stderr!.on('data', check);
    server!.on('exit', (code) => reject(new Error(`start exited with ${code}:\n${serverLog}`)));
  });
}, 150_000);

afterAll(async () => {
  if (server && server.exitCode === null) server.kill('SIGKILL');
  await fs.rm(dataDir, { recursive: true, force: true });
});

describe('grounded CLI', () => {
  it('lists its commands in --help', async () => {
    const { code, stdout } = await run(['--help']);
    expect(code).toBe(0);
    for (const command of ['start', 'ingest', 'search', 'docs', 'eval']) expect(stdout).toContain(command);
  });

  it('reports the sample knowledge base and the missing chat model at start', () => {
    expect(serverLog).toMatch(/Knowledge\s+\d{2,} documents/);
    expect(serverLog).toMatch(/Chat model\s+none installed/);
  });

  it('serves the knowledge base over HTTP, with validation errors that name the field', async () => {
    const api = /API\s+(http:\/\/127\.0\.0\.1:\d+)/.exec(serverLog)?.[1];
    expect(api).toBeDefined();
    const health = (await (await fetch(`${api}/healthz`)).json()) as { status: string; documents: number };
    expect(health.status).toBe('ok');
    expect(health.documents).toBeGreaterThanOrEqual(12);
    const search = await fetch(`${api}/api/search?q=${encodeURIComponent('Rücksendung Frist')}&lang=de&k=3`);
    expect(search.status).toBe(200);
    const { hits } = (await search.json()) as { hits: { language: string }[] };
    expect(hits.length).toBeGreaterThan(0);
    expect(hits.every((h) => h.language === 'de')).toBe(true);
    const bad = await fetch(`${api}/api/search?q=&k=500`);
    expect(bad.status).toBe(400);
    const body = (await bad.json()) as { error: { code: string; message: string } };
    expect(body.error.code).toBe('validation_failed');
    expect(body.error.message).toMatch(/q: must not be empty/);
    expect(body.error.message).toMatch(/k:/);
    const missing = await fetch(`${api}/api/documents/nope`);
    expect(missing.status).toBe(404);
  });

  it('searches the running knowledge base, reusing the server that start launched', async () => {
    const lock = JSON.parse(await fs.readFile(path.join(dataDir, 'chroma.lock.json'), 'utf8')) as { pid: number; url: string };
    const { code, stdout, stderr } = await run(['search', 'how many days do I have to return an item', '--json', '--audience', 'public']);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const hits = JSON.parse(stdout) as { citation: { title: string }; audience: string }[];
    expect(hits.length).toBeGreaterThan(0);
    expect(hits.every((h) => h.audience === 'public')).toBe(true);
    expect(hits[0]!.citation.title).toMatch(/return/i);
    // The lock still names the same live child: no second server was started on this folder.
    const after = JSON.parse(await fs.readFile(path.join(dataDir, 'chroma.lock.json'), 'utf8')) as { pid: number };
    expect(after.pid).toBe(lock.pid);
  }, 60_000);

  it('ingests a folder, reports each file, and keeps going past a bad one', async () => {
    const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'grounded-ingest-'));
    await fs.writeFile(path.join(dir, 'holiday-hours.md'), '# Holiday hours\n\nOur support line is closed on 25 December and 1 January.\n');
    await fs.writeFile(path.join(dir, 'empty.txt'), '');
    const { code, stdout, stderr } = await run(['ingest', dir, '--tags', 'hours']);
    expect(code).toBe(1);
    expect(stdout).toMatch(/✓ .*holiday-hours\.md → holiday-hours-md v1/);
    expect(stdout).toMatch(/✗ .*empty\.txt: .*empty/i);
    expect(stderr).toContain('1 of 2 file(s) failed');
    const search = await run(['search', 'is support open on christmas day', '--tags', 'hours', '--json']);
    expect(JSON.parse(search.stdout)[0].citation.documentId).toBe("holiday-hours-md");
  }, 60_000);

  it('rejects bad flags and unknown documents with one-line errors', async () => {
    const badK = await run(['search', 'x', '--k', 'zero']);
    expect(badK.code).not.toBe(0);
    expect(badK.stderr).toMatch(/--k/);
    const badAudience = await run(['ingest', '.', '--audience', 'everyone']);
    expect(badAudience.code).not.toBe(0);
    expect(badAudience.stderr).toMatch(/public.*internal/);
    const missing = await run(['docs', 'rm', 'no-such-doc']);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(/error: .*no-such-doc/);
    expect(missing.stderr).toMatch(/hint: /);
  }, 60_000);

  it('stops cleanly on SIGTERM, taking its Chroma child with it', async () => {
    const lock = JSON.parse(await fs.readFile(path.join(dataDir, 'chroma.lock.json'), 'utf8')) as { pid: number };
    expect(isProcessAlive(lock.pid)).toBe(true);
    const exited = new Promise<number | null>((resolve) => server!.on('exit', resolve));
    server!.kill('SIGTERM');
    expect(await exited).toBe(0);
    expect(isProcessAlive(lock.pid)).toBe(false);
    await expect(fs.stat(path.join(dataDir, 'chroma.lock.json'))).rejects.toThrow();
  }, 30_000);
});
