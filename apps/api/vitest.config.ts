import { defineProject } from 'vitest/config';

export default defineProject({
  test: {
    name: '@grounded/api',
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
  },
});
