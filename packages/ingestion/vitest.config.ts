import { defineProject } from 'vitest/config';

export default defineProject({
  test: {
    name: '@grounded/ingestion',
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
  },
});
