/** Importing one message's schema must not pull the other 83 (bundled with esbuild, as an app would). */
import { build } from 'esbuild';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..', '..');

async function bundle(code: string): Promise<string> {
  const r = await build({
    stdin: { contents: code, resolveDir: root, loader: 'ts' },
    bundle: true,
    write: false,
    format: 'esm',
    platform: 'browser',
    treeShaking: true,
    minify: false,
    external: ['zod'],
    logLevel: 'silent',
  });
  return r.outputFiles[0]!.text;
}

describe('tree shaking', () => {
  it('one message schema pulls no other message', async () => {
    const out = await bundle(
      `import { IE3F32Schema } from './src/generated/messages/IE3F32'; console.log(IE3F32Schema);`,
    );
    expect(out).toContain('IE3F32');
    const others = [...out.matchAll(/IE3[FAQRN]\d\d/g)].map((m) => m[0]).filter((id) => id !== 'IE3F32');
    expect(new Set(others)).toEqual(new Set());
  });
  it('the format helpers pull no message at all', async () => {
    const out = await bundle(
      `import { parseFormat } from './src/index'; console.log(parseFormat('an..35'));`,
    );
    expect(out).not.toMatch(/IE3F\d\dMeta/);
    expect(out.length).toBeLessThan(20_000);
  });
  it('the core runs in a browser bundle (no Node built-ins)', async () => {
    const out = await bundle(`import { validate } from './src/index'; console.log(validate('IE3F32', {}));`);
    expect(out).toContain('IE3F32Meta');
  });
});
