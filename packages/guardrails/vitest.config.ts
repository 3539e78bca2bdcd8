import { defineProject } from 'vitest/config';

export default defineProject({
  test: {
    name: '@grounded/guardrails',
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
  },
});
