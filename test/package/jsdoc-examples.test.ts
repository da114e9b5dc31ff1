/**
 * Every ```ts block in the JSDoc `@example` of a public export type-checks, as a user would write it: `ics2` and
 * its subpaths resolve to the sources (as tsconfig `paths` map them); names of the entry point a snippet uses
 * without importing are imported from its public path; a few free names (`data`, `xml` ...) that stand for
 * the user's values are declared by a small prelude.
 */
import ts from 'typescript';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..', '..');
const entries: Record<string, string> = {
  'src/index.ts': 'ics2',
  'src/xml/index.ts': 'ics2/xml',
  'src/rules/index.ts': 'ics2/rules',
  'src/builders/index.ts': 'ics2/builders',
  'src/calendar/index.ts': 'ics2/calendar',
  'src/adapters/fp-ts.ts': 'ics2/fp-ts',
  'src/adapters/io-ts.ts': 'ics2/io-ts',
  'src/generated/messages/IE3F32.ts': 'ics2/messages/IE3F32',
  'src/lite.ts': 'ics2/lite',
  'src/lifecycle/index.ts': 'ics2/lifecycle',
  'src/testing/index.ts': 'ics2/testing',
};
const MODES = ['sea', 'air', 'express', 'postal', 'road', 'rail'];
// The per-message builders (`ics2/builders/sea/f10` ...): their examples are checked, but a name a snippet
// elsewhere uses is never taken from them (`f11` there is the user's IE3F11, not the builder).
const builderEntries: Record<string, string> = {};
for (const mode of MODES)
  for (const f of readdirSync(join(root, 'src', 'builders', mode)).filter((x) => /^f\d\d\.ts$/.test(x)))
    builderEntries[`src/builders/${mode}/${f}`] = `ics2/builders/${mode}/${f.slice(0, -3)}`;

/** Free names in the examples that stand for the user's own values. */
const PRELUDE: Record<string, string> = {
  data: 'declare const data: any;',
  r01: "declare const r01: import('ics2').Message<'IE3R01'>;",
  xml: 'declare const xml: string;',
  received: 'declare const received: string;',
  header: 'declare const header: any;',
  master: 'declare const master: any;',
  houses: 'declare const houses: any;',
  sentF32: 'declare const sentF32: any;',
  ie3n99Xml: 'declare const ie3n99Xml: string;',
  xmlString: 'declare const xmlString: string;',
  bytes: 'declare const bytes: Uint8Array;',
  f11: "declare const f11: import('ics2').Message<'IE3F11'>;",
  stream: 'declare const stream: { write(chunk: string): void };',
  a: 'declare const a: unknown;',
  b: 'declare const b: unknown;',
  ctx: "declare const ctx: import('ics2/rules').RuleContext;",
  term: "declare const term: import('ics2/rules').StopwordTerm;",
  ucrRule: "declare const ucrRule: import('ics2').Rule;",
  noPrivateNames: "declare const noPrivateNames: import('ics2').Rule;",
  R3021: "declare const R3021: import('ics2').Rule;",
  IE3F32Meta: "import { IE3F32Meta } from 'ics2/messages/IE3F32';",
  IE3R01Meta: "import { IE3R01Meta } from 'ics2/messages/IE3R01';",
  IE3R01Message: "import { IE3R01Message } from 'ics2/messages/IE3R01';",
  IE3N99Message: "import { IE3N99Message } from 'ics2/messages/IE3N99';",
  state: "declare const state: import('ics2/lifecycle').FilingState;",
  lodgedState: "declare const lodgedState: import('ics2/lifecycle').FilingState;",
  registeredState: "declare const registeredState: import('ics2/lifecycle').FilingState;",
  f32: "declare const f32: import('ics2').Message<'IE3F32'>;",
  f12: "declare const f12: import('ics2').Message<'IE3F12'>;",
  shipment: "declare const shipment: import('ics2/lifecycle').DossierShipment;",
  dossier: "declare const dossier: import('ics2/lifecycle').Dossier;",
  d: "declare const d: import('ics2/lifecycle').Dossier;",
  text: 'declare const text: string;',
  myDraft: 'declare const myDraft: unknown;',
  fc: "import fc from 'fast-check';",
};

const compilerOptions: ts.CompilerOptions = {
  target: ts.ScriptTarget.ES2022,
  module: ts.ModuleKind.ESNext,
  moduleResolution: ts.ModuleResolutionKind.Bundler,
  lib: ['lib.es2022.d.ts', 'lib.dom.d.ts'],
  types: ['node'],
  strict: true,
  skipLibCheck: true,
  noEmit: true,
  baseUrl: root,
  paths: {
    ics2: ['src/index.ts'],
    'ics2/xml': ['src/xml/index.ts'],
    'ics2/rules': ['src/rules/index.ts'],
    'ics2/builders': ['src/builders/index.ts'],
    'ics2/calendar': ['src/calendar/index.ts'],
    'ics2/lifecycle': ['src/lifecycle/index.ts'],
    'ics2/testing': ['src/testing/index.ts'],
    'ics2/lite': ['src/lite.ts'],
    'ics2/fp-ts': ['src/adapters/fp-ts.ts'],
    'ics2/io-ts': ['src/adapters/io-ts.ts'],
    'ics2/messages/*': ['src/generated/messages/*.ts'],
    ...Object.fromEntries(MODES.map((m) => [`ics2/builders/${m}/*`, [`src/builders/${m}/*.ts`]])),
  },
};

interface Snippet {
  name: string;
  code: string;
}

function collect(): Snippet[] {
  const program = ts.createProgram(
    [...Object.keys(entries), ...Object.keys(builderEntries)].map((e) => join(root, e)),
    compilerOptions,
  );
  const checker = program.getTypeChecker();
  const out: Snippet[] = [];
  const seen = new Set<string>();
  const exportsOf = (entry: string) =>
    checker
      .getExportsOfModule(checker.getSymbolAtLocation(program.getSourceFile(join(root, entry))!)!)
      .map((e) => e.name);
  // A name the snippet's own entry point lacks is taken from the root, then from the other subpaths.
  const fallbacks = Object.entries(entries).map(([entry, path]) => [path, exportsOf(entry)] as const);
  for (const [entry, publicPath] of Object.entries({ ...entries, ...builderEntries })) {
    const sf = program.getSourceFile(join(root, entry))!;
    const exports = checker.getExportsOfModule(checker.getSymbolAtLocation(sf)!);
    const names = exports.map((e) => e.name);
    for (const exp of exports) {
      const sym = exp.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(exp) : exp;
      for (const tag of sym.getJsDocTags(checker)) {
        if (tag.name !== 'example') continue;
        const text = ts.displayPartsToString(tag.text);
        for (const [i, m] of [...text.matchAll(/```ts\n([\s\S]*?)```/g)].entries()) {
          const code = m[1]!;
          const key = `${sym.name}\n${code}`;
          if (seen.has(key)) continue;
          seen.add(key);
          const imported = new Set(
            [...code.matchAll(/import\s+(?:type\s+)?\{([^}]*)\}/g)].flatMap((x) =>
              x[1]!.split(',').map((n) =>
                n
                  .trim()
                  .replace(/^type\s+/, '')
                  .split(/\s+as\s+/)
                  .pop()!,
              ),
            ),
          );
          const declared = (n: string) =>
            imported.has(n) ||
            new RegExp(`import\\s+(?:\\*\\s+as\\s+)?${n}\\b`).test(code) ||
            new RegExp(`\\b(const|let|var|function|type|interface|class)\\s+${n}\\b`).test(code);
          const used = (n: string) => new RegExp(`(?<![\\w$'"])(?<![^.]\\.)${n}\\b`).test(code);
          const auto = names.filter((n) => !declared(n) && used(n));
          const extra = new Map<string, string[]>();
          for (const [path, list] of fallbacks) {
            if (path === publicPath) continue;
            for (const n of list)
              if (!names.includes(n) && !declared(n) && used(n) && ![...extra.values()].flat().includes(n))
                extra.set(path, [...(extra.get(path) ?? []), n]);
          }
          const taken = new Set([...auto, ...[...extra.values()].flat()]);
          const prelude = Object.entries(PRELUDE)
            .filter(([n]) => !declared(n) && !taken.has(n) && used(n))
            .map(([, d]) => d);
          const head = [
            ...(auto.length ? [`import { ${auto.join(', ')} } from '${publicPath}';`] : []),
            ...[...extra].map(([path, list]) => `import { ${list.join(', ')} } from '${path}';`),
          ];
          out.push({
            name: `${publicPath} ${sym.name}${i ? ` #${i + 1}` : ''}`,
            code: [...head, ...prelude, code, 'export {};'].join('\n'),
          });
        }
      }
    }
  }
  return out;
}

describe('JSDoc examples', () => {
  const snippets = collect();
  // One program for all snippets (each its own module) keeps this to one type-check.
  const files = new Map(snippets.map((s, i) => [join(root, `__jsdoc_example_${i}.ts`), s]));
  const host = ts.createCompilerHost(compilerOptions);
  const read = host.readFile.bind(host);
  const exists = host.fileExists.bind(host);
  const getSourceFile = host.getSourceFile.bind(host);
  host.readFile = (f) => files.get(f)?.code ?? read(f);
  host.fileExists = (f) => files.has(f) || exists(f);
  host.getSourceFile = (f, v, onError, create) => {
    const s = files.get(f);
    return s ? ts.createSourceFile(f, s.code, v, true) : getSourceFile(f, v, onError, create);
  };
  const program = ts.createProgram([...files.keys()], compilerOptions, host);
  const errors = new Map<string, string[]>();
  for (const [file, s] of files) {
    const sf = program.getSourceFile(file)!;
    const diags = [...program.getSyntacticDiagnostics(sf), ...program.getSemanticDiagnostics(sf)];
    if (diags.length)
      errors.set(
        s.name,
        diags.map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n').split('\n')[0]!),
      );
  }

  it('finds the examples of the public exports', () => {
    expect(snippets.length).toBeGreaterThan(100);
  });

  it('every example type-checks', () => {
    expect(Object.fromEntries(errors)).toEqual({});
  });

  it('no example imports from a private path', () => {
    const bad = snippets.filter((s) => /from\s+'\.{1,2}\//.test(s.code)).map((s) => s.name);
    expect(bad).toEqual([]);
  });
});
