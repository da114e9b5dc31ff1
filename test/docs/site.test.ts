/**
 * The documentation site (`npm run docs`, built here into a temporary folder by the same function): a page
 * for every public export of every entry point of package.json `exports`, the concept pages of docs/*.md,
 * and the playground. The exports are listed by the TypeScript compiler, independently of typedoc.
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import ts from 'typescript';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSite, entryPoints, ROOT, type EntryPoint } from '../../scripts/docs/build';

let out: string;
let entries: EntryPoint[];

/** Every entry point file, the glob of `messages/*` expanded: [import specifier, file]. */
function entryFiles(): [string, string][] {
  return entries.flatMap((e): [string, string][] => {
    if (!e.source.includes('*')) return [[e.specifier, join(ROOT, e.source)]];
    const [pre, post] = e.source.split('*') as [string, string];
    const folder = join(ROOT, pre.slice(0, pre.lastIndexOf('/')));
    return readdirSync(folder)
      .filter((f) => f.endsWith(post) && !f.endsWith('.test.ts'))
      .map((f): [string, string] => [e.specifier.replace('*', basename(f, post)), join(folder, f)]);
  });
}

/** The names each entry point exports (values and types), by the TypeScript checker. */
function exportedNames(files: [string, string][]): Map<string, string[]> {
  const program = ts.createProgram(
    files.map(([, f]) => f),
    {
      module: ts.ModuleKind.ESNext,
      moduleResolution: ts.ModuleResolutionKind.Bundler,
      target: ts.ScriptTarget.ES2022,
      skipLibCheck: true,
      noEmit: true,
    },
  );
  const checker = program.getTypeChecker();
  const out = new Map<string, string[]>();
  for (const [spec, file] of files) {
    const sf = program.getSourceFile(file);
    const sym = sf && checker.getSymbolAtLocation(sf);
    if (!sym) throw new Error(`no module symbol for ${file}`);
    out.set(
      spec,
      checker.getExportsOfModule(sym).map((s) => s.getName()),
    );
  }
  return out;
}

beforeAll(async () => {
  out = mkdtempSync(join(tmpdir(), 'ics2-site-'));
  entries = await entryPoints();
  await buildSite(out, { logLevel: 'Error' });
}, 300_000); // typedoc over every entry point: about 15 s here (it was 5 minutes before RulePath kept its name, see rulesFor.ts)

afterAll(() => {
  if (out) rmSync(out, { recursive: true, force: true });
});

describe('documentation site', () => {
  it('documents the entry points of package.json exports, the messages one module each', () => {
    const specs = entries.map((e) => e.specifier);
    expect(specs).toEqual(
      expect.arrayContaining([
        'ics2',
        'ics2/xml',
        'ics2/rules',
        'ics2/builders',
        'ics2/calendar',
        'ics2/messages/*',
      ]),
    );
    const files = entryFiles();
    expect(files.filter(([s]) => s.startsWith('ics2/messages/')).length).toBe(84);
    for (const [spec] of files)
      expect(existsSync(join(out, 'modules', `${spec.replaceAll('/', '_')}.html`)), spec).toBe(true);
  });

  it('has a page for every public export, linked from its module page', () => {
    const names = exportedNames(entryFiles());
    const missing: string[] = [];
    let count = 0;
    for (const [spec, list] of names) {
      const modulePage = readFileSync(join(out, 'modules', `${spec.replaceAll('/', '_')}.html`), 'utf8');
      const hrefs = [...modulePage.matchAll(/href="\.\.\/([^"#]+\.html)"/g)].map((m) => m[1]!);
      for (const name of list) {
        count++;
        const page = hrefs.find((h) => h.endsWith(`.${name}.html`) && existsSync(join(out, h)));
        if (!page) missing.push(`${spec}: ${name}`);
      }
    }
    expect(missing).toEqual([]);
    // The public surface is large: the root alone exports some hundred names; every message several types.
    expect(names.get('ics2')!.length).toBeGreaterThan(80);
    expect(count).toBeGreaterThan(1000);
  });

  it('includes the concept pages of docs/*.md and links them', () => {
    const docs = readdirSync(join(ROOT, 'docs')).filter((f) => f.endsWith('.md'));
    expect(docs.length).toBeGreaterThan(3);
    for (const d of docs) {
      const page = join(out, 'documents', d.replace(/\.md$/, '.html'));
      expect(existsSync(page), d).toBe(true);
      const first = readFileSync(join(ROOT, 'docs', d), 'utf8').match(/^#\s+(.+)$/m)?.[1];
      if (first)
        expect(readFileSync(page, 'utf8')).toContain(
          first.replace(/[`*]/g, '').slice(0, 20).replaceAll('&', '&amp;').split('<')[0],
        );
    }
  });

  it('has the playground, linked from every kind of page with the right relative path', () => {
    expect(existsSync(join(out, 'playground/index.html'))).toBe(true);
    expect(readFileSync(join(out, 'playground/playground.js')).length).toBeGreaterThan(100_000);
    expect(readFileSync(join(out, 'index.html'), 'utf8')).toContain('href="playground/index.html"');
    expect(readFileSync(join(out, 'functions/ics2.validate.html'), 'utf8')).toContain(
      'href="../playground/index.html"',
    );
    expect(readFileSync(join(out, 'documents/concepts.html'), 'utf8')).toContain(
      'href="../playground/index.html"',
    );
  });
});
