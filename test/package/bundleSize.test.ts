/**
 * Bundle budget of one message (issue 11): validate + toXml + fromXml of IE3F32 through the per-message
 * entry point (`ics2/lite`), bundled as a browser app would (esbuild, minified, gzip),
 * including every runtime dependency, must hold no other message, no registry, no zod, and stay within
 * 60 KB gzip. The sizes are printed so the report can quote them.
 */
import { build, type Metafile } from 'esbuild';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..', '..');
const kb = (n: number): string => `${(n / 1024).toFixed(1)} KB`;
// Issue 11: one message (validate + toXml + fromXml of IE3F32, esbuild, minified) within 60 KB gzip, every runtime
// dependency included. Measured 48.7 KB once the rules read their own small data (src/generated/ruleData.ts) instead
// of all code lists and rule texts.
const BUDGET = 60 * 1024;

async function bundle(code: string): Promise<{ raw: number; gzip: number; inputs: string[]; top: string }> {
  const r = await build({
    stdin: { contents: code, resolveDir: root, loader: 'ts' },
    bundle: true,
    write: false,
    format: 'esm',
    platform: 'browser',
    treeShaking: true,
    minify: true,
    metafile: true,
    logLevel: 'silent',
  });
  const out = r.outputFiles[0]!.contents;
  const meta: Metafile = r.metafile;
  const used = Object.entries(Object.values(meta.outputs)[0]!.inputs).filter(([, v]) => v.bytesInOutput > 0);
  const inputs = used.map(([k]) => k);
  // The biggest inputs (minified bytes in the output), for the report.
  const top = used
    .sort((a, b) => b[1].bytesInOutput - a[1].bytesInOutput)
    .slice(0, 8)
    .map(([k, v]) => `  ${kb(v.bytesInOutput).padStart(9)}  ${k}`)
    .join('\n');
  return { raw: out.length, gzip: gzipSync(out, { level: 9 }).length, inputs, top };
}

describe('bundle size', () => {
  it('one message (validate + toXml + fromXml of IE3F32) holds only that message, within the budget', async () => {
    const b = await bundle(`
      import { IE3F32Message } from './src/generated/messages/IE3F32';
      import { validate, toXml, fromXml } from './src/lite';
      console.log(validate(IE3F32Message, {}), toXml(IE3F32Message, {}), fromXml('<IE3F32/>', { messages: [IE3F32Message] }));
    `);
    console.log(`one message (IE3F32 via ics2/lite: validate + toXml + fromXml): ${kb(b.raw)} minified, ${kb(b.gzip)} gzip; biggest inputs:\n${b.top}`);
    // fromXml is in: the reader and its model builder.
    expect(b.inputs).toEqual(expect.arrayContaining(['src/xml/reader/scan.ts', 'src/xml/reader/model.ts', 'src/xml/fromXmlOf.ts']));
    const messages = b.inputs.filter((i) => /generated\/messages\//.test(i));
    expect(messages).toEqual(['src/generated/messages/IE3F32.ts']);
    expect(b.inputs.filter((i) => /registry|node_modules\/zod|fast-xml-parser/.test(i))).toEqual([]);
    expect(b.gzip).toBeLessThanOrEqual(BUDGET);
  });

  it('the per-message builder file pulls no other builder namespace (its size is reported)', async () => {
    const b = await bundle(`import { f32 } from './src/builders/express/f32'; console.log(f32().set('LRN', 'X'));`);
    // createBuilder resolves messages by id through the registry (branch dx owns it): the builder still holds
    // the 84 metadata until createBuilder takes a message module. What it must not hold is the other builders.
    console.log(`express f32 builder: ${kb(b.raw)} minified, ${kb(b.gzip)} gzip`);
    expect(b.inputs.filter((i) => /src\/builders\/(sea|air|postal|road|rail|express)\.ts$/.test(i))).toEqual([]);
  });

  it('reports the whole root API', async () => {
    const b = await bundle(`import * as ics2 from './src/index'; console.log(ics2);`);
    console.log(`whole root API (ics2): ${kb(b.raw)} minified, ${kb(b.gzip)} gzip`);
    expect(b.inputs.filter((i) => /generated\/messages\//.test(i)).length).toBe(84);
  });
});
