/**
 * Issue 11, for all 84 messages and not only the IE3F32 of `bundleSize.test.ts`: a browser bundle of one
 * message's validate + toXml + fromXml (through `ics2/lite`, esbuild, minified) holds that message's module and
 * no other, no registry of the 84, no zod and no fast-xml-parser, and stays within the one-message budget. One
 * esbuild run with 84 entry points (a few seconds); the largest bundles are printed for the report.
 */
import { build } from 'esbuild';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { messageTypes } from '../../src/generated/catalogue';
import { BROWSER_BUNDLE, usedInputs } from '../support/browserBundle';

const root = join(import.meta.dirname, '..', '..');
const BUDGET = 60 * 1024; // the issue's budget for one message, gzip, every runtime dependency included
const dir = mkdtempSync(join(tmpdir(), 'ics2-every-message-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('every message bundles on its own', () => {
  it('validate + toXml + fromXml of each of the 84 messages holds only that message, within 60 KB gzip', async () => {
    const src = (p: string): string => JSON.stringify(join(root, p));
    const entries = messageTypes.map((id) => {
      const file = join(dir, `${id}.ts`);
      writeFileSync(
        file,
        `import { ${id}Message as M } from ${src(`src/generated/messages/${id}`)};\n` +
          `import { validate, toXml, fromXml } from ${src('src/lite')};\n` +
          `console.log(validate(M, {}), toXml(M, {} as never), fromXml('<${id}/>', { messages: [M] }));\n`,
      );
      return file;
    });
    const r = await build({ ...BROWSER_BUNDLE, entryPoints: entries, outdir: join(dir, 'out') });
    const sizes: { id: string; gzip: number }[] = [];
    for (const [out, o] of Object.entries(r.metafile.outputs)) {
      if (!o.entryPoint) continue;
      const id = /(IE3\w\d\d)\.ts$/.exec(o.entryPoint)![1]!;
      const used = usedInputs(o.inputs);
      const messages = used.filter((i) => /generated\/messages\//.test(i)).map((i) => /(IE3\w\d\d)\.ts$/.exec(i)?.[1]);
      expect(messages, id).toEqual([id]);
      expect(used.filter((i) => /registry|node_modules\/zod|fast-xml-parser/.test(i)), id).toEqual([]);
      const file = r.outputFiles.find((f) => f.path.endsWith(out.replace(/^.*\//, '/')))!;
      sizes.push({ id, gzip: gzipSync(file.contents, { level: 9 }).length });
    }
    expect(sizes.map((s) => s.id).sort()).toEqual([...messageTypes].sort());
    sizes.sort((a, b) => b.gzip - a.gzip);
    const kb = (n: number): string => `${(n / 1024).toFixed(1)} KB`;
    console.log(
      `one message via ics2/lite, gzip: largest ${sizes
        .slice(0, 5)
        .map((s) => `${s.id} ${kb(s.gzip)}`)
        .join(', ')}; smallest ${sizes.at(-1)!.id} ${kb(sizes.at(-1)!.gzip)}`,
    );
    for (const s of sizes) expect(s.gzip, s.id).toBeLessThanOrEqual(BUDGET);
  }, 120_000);
});
