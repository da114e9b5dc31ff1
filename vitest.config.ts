import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

// `ics2` and its subpaths resolve to the sources, as tsconfig.json's paths say (examples import the package name).
const src = (p: string): string => fileURLToPath(new URL(`./src/${p}`, import.meta.url));
const alias = [
  { find: /^ics2$/, replacement: src('index.ts') },
  { find: /^ics2\/(xml|rules|builders|calendar|lifecycle|testing)$/, replacement: src('$1/index.ts') },
  { find: /^ics2\/(fp-ts|io-ts)$/, replacement: src('adapters/$1.ts') },
  { find: /^ics2\/lite$/, replacement: src('lite.ts') },
  { find: /^ics2\/builders\/(sea|air|express|postal|road|rail)\/(f\d\d)$/, replacement: src('builders/$1/$2.ts') },
  { find: /^ics2\/types$/, replacement: src('generated/types.ts') },
  { find: /^ics2\/messages\/(IE3\w+)$/, replacement: src('generated/messages/$1.ts') },
];

export default defineConfig({
  resolve: { alias },
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts', 'scripts/**/*.test.ts'],
    typecheck: {
      include: ['src/**/*.test-d.ts', 'test/**/*.test-d.ts'],
      tsconfig: './tsconfig.json',
    },
    testTimeout: 120_000,
    hookTimeout: 120_000,
    pool: 'forks',
    coverage: {
      provider: 'v8',
      include: ['src/**/*.ts', 'scripts/**/*.ts'],
      exclude: ['src/generated/**', 'src/**/*.test.ts', 'src/**/*.test-d.ts', 'scripts/**/*.test.ts', 'scripts/run-examples.ts', 'scripts/docs/playground/main.ts'],
      reporter: ['text-summary', 'json-summary'],
      thresholds: { lines: 90 },
    },
  },
});
