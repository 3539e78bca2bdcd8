import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const compose = parse(fs.readFileSync(path.join(root, 'docker-compose.yml'), 'utf8')) as {
  services: Record<string, { image?: string; build?: { dockerfile: string }; volumes?: string[]; environment?: string[] }>;
  volumes: Record<string, unknown>;
};
const hasDockerCompose = spawnSync('docker-compose', ['version'], { stdio: 'ignore' }).status === 0;

describe('docker-compose.yml', () => {
  it('runs the official Chroma image with a persistent volume', () => {
    const chroma = compose.services['chroma'];
    expect(chroma?.image).toMatch(/^chromadb\/chroma(:|$)/);
    const volume = chroma?.volumes?.[0]?.split(':');
    expect(volume?.[1]).toBe('/data');
    expect(Object.keys(compose.volumes)).toContain(volume?.[0]);
  });

  it('builds the api from this repository and points it at the chroma service', () => {
    const api = compose.services['api'];
    expect(fs.existsSync(path.join(root, api?.build?.dockerfile ?? 'missing'))).toBe(true);
    expect(api?.environment).toContain('CHROMA_URL=http://chroma:8000');
  });

  it('has a Dockerfile that only copies files the repository has', () => {
    const dockerfile = fs.readFileSync(path.join(root, 'Dockerfile'), 'utf8');
    const sources = [...dockerfile.matchAll(/^COPY\s+(.+)\s+\S+$/gm)].flatMap((m) => m[1]!.split(/\s+/));
    expect(sources.length).toBeGreaterThan(3);
    for (const source of sources) expect(fs.existsSync(path.join(root, source)), source).toBe(true);
    expect(dockerfile).toMatch(/CMD \["node", "apps\/api\/bin\/grounded\.js", "start"\]/);
  });

  // CI installs Debian's docker-compose (.ci/run); a developer machine may not have it.
  it.runIf(hasDockerCompose)('passes `docker-compose config -q`', () => {
    expect(() => execFileSync('docker-compose', ['-f', path.join(root, 'docker-compose.yml'), 'config', '-q'], { stdio: 'pipe' })).not.toThrow();
  });
});
