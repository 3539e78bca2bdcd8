// Flat config: typescript-eslint's recommended rules over every workspace's sources.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['**/node_modules/**', '**/dist/**', 'data/**', '**/.turbo/**', '**/*.d.ts'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-console': ['error', { allow: ['error', 'warn'] }],
    },
  },
  {
    // CLI entry points and scripts print to the terminal by design.
    files: ['apps/*/src/cli/**', '**/bench/**', '**/scripts/**'],
    rules: { 'no-console': 'off' },
  },
);
