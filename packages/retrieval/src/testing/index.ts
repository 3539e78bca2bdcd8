import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startChromaServer } from '../chroma-server';

/** Environment variable through which the global setup hands the server URL to test workers. */
export const TEST_CHROMA_URL_ENV = 'GROUNDED_TEST_CHROMA_URL';

/**
 * Vitest global setup: ONE Chroma server per test run, in a temp dir on a free port. Workers
 * inherit its URL through the environment. Returns the teardown (stop server, delete the dir).
 * Tests use a unique collection name per file so they never collide.
 */
export async function chromaGlobalSetup(): Promise<() => Promise<void>> {
  const dataDir = mkdtempSync(join(tmpdir(), 'grounded-test-chroma-'));
  const server = await startChromaServer({ dataDir, port: 0 });
  process.env[TEST_CHROMA_URL_ENV] = server.url;
  return async () => {
    await server.stop();
    delete process.env[TEST_CHROMA_URL_ENV];
    rmSync(dataDir, { recursive: true, force: true });
  };
}

/** URL of the shared test Chroma server; throws when the global setup did not run. */
export function testChromaUrl(): string {
  const url = process.env[TEST_CHROMA_URL_ENV];
  if (!url) {
    throw new Error(
      `${TEST_CHROMA_URL_ENV} is not set: the Chroma global setup did not run. Run tests from the repo root ` +
        '(npx vitest run --project <pkg>), whose vitest.config.ts lists test/chroma-global-setup.ts in globalSetup.',
    );
  }
  return url;
}

/** A collection name unique to this call, valid for Chroma (use one per test file or test). */
export function uniqueCollectionName(prefix: string): string {
  const safe = prefix.replace(/[^a-zA-Z0-9._-]/g, '-').slice(0, 40) || 'test';
  return `${safe}-${process.pid}-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`;
}
