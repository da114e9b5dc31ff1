/** Every public export carries JSDoc with an example (checked through the TypeScript compiler API). */
import ts from 'typescript';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..', '..');
const entries = [
  'src/index.ts',
  'src/xml/index.ts',
  'src/rules/index.ts',
  'src/builders/index.ts',
  'src/calendar/index.ts',
  'src/testing/index.ts',
  'src/adapters/fp-ts.ts',
  'src/adapters/io-ts.ts',
  'src/generated/messages/IE3F32.ts',
  'src/generated/types.ts',
  'src/lite.ts',
  // The per-message builders (`ics2/builders/sea/f10` ...).
  ...['sea', 'air', 'express', 'postal', 'road', 'rail'].flatMap((mode) =>
    readdirSync(join(root, 'src', 'builders', mode))
      .filter((f) => /^f\d\d\.ts$/.test(f))
      .map((f) => `src/builders/${mode}/${f}`),
  ),
];

describe('public API documentation', () => {
  const program = ts.createProgram(
    entries.map((e) => join(root, e)),
    {
      target: ts.ScriptTarget.ES2022,
      module: ts.ModuleKind.ESNext,
      moduleResolution: ts.ModuleResolutionKind.Bundler,
      strict: true,
      skipLibCheck: true,
      noEmit: true,
    },
  );
  const checker = program.getTypeChecker();
  it.each(entries.map((e) => [e]))(
    '%s: every export has JSDoc with @example (or is a documented type)',
    (entry) => {
      const sf = program.getSourceFile(join(root, entry))!;
      const mod = checker.getSymbolAtLocation(sf)!;
      const missing: string[] = [];
      for (const exp of checker.getExportsOfModule(mod)) {
        const sym = exp.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(exp) : exp;
        const docs = ts.displayPartsToString(sym.getDocumentationComment(checker));
        const tags = sym.getJsDocTags(checker).map((t) => t.name);
        const isValue = !!(
          sym.flags &
          (ts.SymbolFlags.Function | ts.SymbolFlags.Variable | ts.SymbolFlags.Class)
        );
        if (!docs.trim()) missing.push(`${exp.name} (no JSDoc)`);
        else if (isValue && !tags.includes('example')) missing.push(`${exp.name} (no @example)`);
      }
      expect(missing).toEqual([]);
    },
  );
});
