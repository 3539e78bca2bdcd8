import { defineConfig } from 'vitest/config';

// One run, every workspace: each package's own vitest.config.ts is a project here.
export default defineConfig({
  test: {
    projects: ['packages/*', 'apps/*'],
    globalSetup: ['./test/models-global-setup.ts', './test/chroma-global-setup.ts'],
  },
});
