import { existsSync, readdirSync } from 'node:fs';
import { defineConfig } from 'tsup';

// Public entry points: the root, the heavy parts on subpaths, and one entry per message so that importing one
// message's schema does not pull the other 83.
const subpaths = ['xml', 'rules', 'builders', 'calendar', 'lifecycle', 'testing', 'adapters/fp-ts', 'adapters/io-ts', 'lite']
  .map((p) => (existsSync(`src/${p}/index.ts`) ? `src/${p}/index.ts` : existsSync(`src/${p}.ts`) ? `src/${p}.ts` : undefined))
  .filter((p): p is string => !!p);
const messages = readdirSync('src/generated/messages')
  .filter((f) => f.endsWith('.ts'))
  .map((f) => `src/generated/messages/${f}`);

// One entry per express builder (`ics2/builders/express/f32`).
const expressBuilders = readdirSync('src/builders/express')
  .filter((f) => f.endsWith('.ts') && !f.includes('.test'))
  .map((f) => `src/builders/express/${f}`);

export default defineConfig({
  // The command line (Node only) shares the chunks of the library; node: built-ins stay imports.
  entry: ['src/index.ts', ...subpaths, ...messages, ...expressBuilders, 'src/cli/index.ts', 'src/rules/registryLookup.ts', 'src/generated/types.ts'],
  format: ['esm', 'cjs'],
  dts: true,
  sourcemap: false,
  clean: true,
  treeshake: true,
  splitting: true,
  target: 'es2022',
  platform: 'neutral',
  external: ['fp-ts', 'io-ts', 'fast-check', 'zod', 'date-fns', '@date-fns/tz', 'fast-xml-parser', /^node:/],
});
