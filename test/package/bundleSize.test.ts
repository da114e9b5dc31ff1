/**
 * Bundle budgets of one message (issue 11): validate + toXml + fromXml of IE3F32 through the per-message
 * entry point (`ics2/lite`), and a filing built with its per-message builder (`ics2/builders/express/f32`,
 * `sea/f10`, `air/f20`), bundled as a browser app would (esbuild, minified, gzip), including every runtime
 * dependency, must hold no other message (the builder: its filing and amendment), no registry, no zod, and
 * stay within the budget. The sizes are printed so the report can quote them.
 */
import { build, type Metafile } from 'esbuild';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { BROWSER_BUNDLE } from '../support/browserBundle';

const root = join(import.meta.dirname, '..', '..');
const kb = (n: number): string => `${(n / 1024).toFixed(1)} KB`;
// Issue 11: one message (validate + toXml + fromXml of IE3F32, esbuild, minified) within 60 KB gzip, every runtime
// dependency included. Measured 48.7 KB once the rules read their own small data (src/generated/ruleData.ts) instead
// of all code lists and rule texts.
const BUDGET = 60 * 1024;

async function bundle(code: string): Promise<{ raw: number; gzip: number; inputs: string[]; top: string }> {
  const r = await build({ ...BROWSER_BUNDLE, stdin: { contents: code, resolveDir: root, loader: 'ts' } });
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

  // Issue 11 (builders): a filing built with its per-message builder (every element set, build(), amendment(mrn).build())
  // then written and read back with ics2/lite holds its filing message and its amendment (the builder file
  // imports the amendment module statically: .amendment(mrn) fits the filing to its metadata), no other
  // message, no registry, no zod, no fast-xml-parser. Measured (esbuild, minified, gzip level 9): express F32
  // 55.7 KB, sea F10 59.1 KB, air F20 60.8 KB; the budgets leave about 4% for growth. Before the builders
  // took message modules, a like F32 bundle was 427.3 KB gzip (all 84 messages, registry and zod).
  const BUILDER_BUDGETS = [
    { mode: 'express', code: 'f32', filing: 'IE3F32', amendment: 'IE3A32', budget: 58 * 1024 },
    { mode: 'sea', code: 'f10', filing: 'IE3F10', amendment: 'IE3A10', budget: 61.5 * 1024 },
    { mode: 'air', code: 'f20', filing: 'IE3F20', amendment: 'IE3A20', budget: 63.5 * 1024 },
  ];
  it.each(BUILDER_BUDGETS)(
    'one filing builder ($mode $code: build, amendment, toXml and fromXml of ics2/lite) holds $filing and $amendment only, within the budget',
    async ({ mode, code, filing, amendment, budget }) => {
      const b = await bundle(`
        import { ${code} } from './src/builders/${mode}/${code}';
        import { ${filing}Message } from './src/generated/messages/${filing}';
        import { toXml, fromXml } from './src/lite';
        const b = ${code}()
          .set('LRN', 'LRN-0001')
          .set('documentIssueDate', new Date('2024-04-12T11:13:57Z'))
          .set('declarant', { name: 'Hanse Logistik GmbH', identificationNumber: 'DE123456789012345' });
        const r = b.build();
        const a = b.amendment('24DE12345678901TA0').build();
        const xml = r.ok ? toXml(${filing}Message, r.value) : undefined;
        console.log(r, a, xml, fromXml(xml && xml.ok ? xml.xml : '<${filing}/>', { messages: [${filing}Message] }));
      `);
      console.log(`${mode} ${code} builder + build + amendment + toXml + fromXml (ics2/lite): ${kb(b.raw)} minified, ${kb(b.gzip)} gzip; biggest inputs:\n${b.top}`);
      expect(b.inputs.filter((i) => /generated\/messages\//.test(i)).sort()).toEqual(
        [`src/generated/messages/${amendment}.ts`, `src/generated/messages/${filing}.ts`].sort(),
      );
      expect(b.inputs).toEqual(expect.arrayContaining(['src/builders/builderCore.ts', 'src/validateMessage.ts', 'src/xml/fromXmlOf.ts']));
      expect(b.inputs.filter((i) => /registry|node_modules\/zod|fast-xml-parser|generated\/codelists/.test(i))).toEqual([]);
      // No builder namespace and no other filing builder.
      expect(b.inputs.filter((i) => /src\/builders\/(sea|air|postal|road|rail|express)(\.ts|\/)/.test(i))).toEqual([`src/builders/${mode}/${code}.ts`]);
      expect(b.gzip).toBeLessThanOrEqual(budget);
    },
  );

  it('createBuilder of ics2/lite holds the modules it is given only', async () => {
    const b = await bundle(`
      import { createBuilder } from './src/lite';
      import { IE3F32Message } from './src/generated/messages/IE3F32';
      import { IE3A32Message } from './src/generated/messages/IE3A32';
      console.log(createBuilder(IE3F32Message, IE3A32Message, { SpecificCircumstanceIndicator: 'F32' }).set('LRN', 'X').build());
    `);
    expect(b.inputs.filter((i) => /generated\/messages\//.test(i)).sort()).toEqual(['src/generated/messages/IE3A32.ts', 'src/generated/messages/IE3F32.ts']);
    expect(b.inputs.filter((i) => /registry|node_modules\/zod/.test(i))).toEqual([]);
  });

  it('reports the whole root API', async () => {
    const b = await bundle(`import * as ics2 from './src/index'; console.log(ics2);`);
    console.log(`whole root API (ics2): ${kb(b.raw)} minified, ${kb(b.gzip)} gzip`);
    expect(b.inputs.filter((i) => /generated\/messages\//.test(i)).length).toBe(84);
  });
});
