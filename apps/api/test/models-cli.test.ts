/**
 * Model commands end to end: a clear message when no model is installed, a fixture model
 * written and chatted with, the catalog listed, and a corrupt file refused without a crash.
 */
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from './helpers/run-cli';

let dir: string;
let env: Record<string, string>;

beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'grounded-models-cli-'));
  env = { DATA_DIR: dir, MODEL_THREADS: '1' };
});

afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

describe('grounded chat and models', () => {
  it('says plainly that no chat model is installed and how to get one', async () => {
    const { code, stderr } = await runCli(['chat', 'hello'], env);
    expect(code).toBe(1);
    expect(stderr).toMatch(/error: No chat model is installed/);
    expect(stderr).toMatch(/hint: .*models pull/);
  }, 30_000);

  it('writes a fixture model and streams a reply from it with stats on stderr', async () => {
    const model = path.join(dir, 'fixture-llama3.gguf');
    const written = await runCli(['models', 'fixture', '--family', 'llama3', '--out', model], env);
    expect(written.code).toBe(0);
    const header = Buffer.alloc(4);
    const handle = await fs.open(model);
    await handle.read(header, 0, 4, 0);
    await handle.close();
    expect(header.toString('latin1')).toBe('GGUF');

    const chat = await runCli(['chat', '--model', model, '--max-tokens', '8', '--temperature', '0', 'Where is my order?'], env);
    expect(chat.code).toBe(0);
    expect(chat.stdout.length).toBeGreaterThan(0);
    expect(chat.stderr).toMatch(/tokens/);
    expect(chat.stderr).toMatch(/first token/);
  }, 60_000);

  it('lists the catalog with the required model families', async () => {
    const { code, stdout } = await runCli(['models', 'list', '--json'], env);
    expect(code).toBe(0);
    const ids = JSON.stringify(JSON.parse(stdout));
    for (const id of ['mistral-7b-instruct-v0.3', 'llama-3.1-8b-instruct', 'llama-3.2-1b-instruct', 'nomic-embed-text-v1.5']) {
      expect(ids).toContain(id);
    }
  }, 30_000);

  it('refuses a corrupt model file with a clear error and never crashes the process', async () => {
    const corrupt = path.join(dir, 'corrupt.gguf');
    await fs.writeFile(corrupt, Buffer.concat([Buffer.from('GGUF'), Buffer.alloc(64, 0xff)]));
    const { code, signal, stderr } = await runCli(['chat', '--model', corrupt, 'hi'], env);
    expect(signal).toBeNull();
    expect(code).toBe(1);
    expect(stderr).toMatch(/error: .*corrupt\.gguf/);
  }, 30_000);

  it('reports a missing model to remove', async () => {
    const { code, stderr } = await runCli(['models', 'rm', 'no-such-model'], env);
    expect(code).toBe(1);
    expect(stderr).toMatch(/no-such-model/);
  }, 30_000);
});
