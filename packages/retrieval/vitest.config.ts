import { defineProject } from 'vitest/config';

export default defineProject({
  test: {
    name: '@grounded/retrieval',
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
  },
});
