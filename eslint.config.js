import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/**', 'coverage/**', 'site/**', 'node_modules/**', 'src/generated/**', 'spec/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-explicit-any': 'off',
    },
  },
  {
    files: ['src/**/*.ts'],
    // The command line (src/cli) is Node only.
    ignores: ['src/**/*.test.ts', 'src/**/*.test-d.ts', 'src/cli/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: ['node:*', 'fs', 'path', 'zlib', 'crypto'], message: 'The core runs in browsers: no Node built-ins.' }] },
      ],
    },
  },
);
