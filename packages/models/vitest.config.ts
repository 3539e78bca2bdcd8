import { defineProject } from 'vitest/config';

export default defineProject({
  test: {
    name: '@grounded/models',
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
  },
});
