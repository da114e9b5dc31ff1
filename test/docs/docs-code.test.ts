/**
 * The code of the README tour and of docs/custom-rules.md, as written (the ```ts blocks in order, imports
 * hoisted): it type-checks with `ics2` mapped to the sources (tsconfig `paths`), runs, and prints what the
 * text says.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..', '..');

function program(markdown: string): string {
  const blocks = [...markdown.matchAll(/```ts\n([\s\S]*?)```/g)].map((m) => m[1]!);
  const lines = blocks.join('\n').split('\n');
  const imports = lines.filter((l) => l.startsWith('import '));
  return [...imports, ...lines.filter((l) => !l.startsWith('import ')), 'export {};'].join('\n');
}

function typeErrors(roots: string[]): Record<string, string[]> {
  const config = ts.readConfigFile(join(root, 'tsconfig.json'), (f) => ts.sys.readFile(f));
  const parsed = ts.parseJsonConfigFileContent(config.config, ts.sys, root);
  const p = ts.createProgram(roots, { ...parsed.options, noEmit: true });
  const out: Record<string, string[]> = {};
  for (const f of roots)
    out[f] = ts
      .getPreEmitDiagnostics(p, p.getSourceFile(f))
      .map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n').split('\n')[0]!);
  return out;
}

const docs = {
  guide: readFileSync(join(root, 'docs', 'custom-rules.md'), 'utf8'),
  readme: readFileSync(join(root, 'README.md'), 'utf8'),
};
const tour = docs.readme.slice(
  docs.readme.indexOf('## A five-minute tour'),
  docs.readme.indexOf('## Contributing'),
);

// Both programs in a folder inside the repository (so tsx maps `ics2` to src), type-checked in one program.
const dir = mkdtempSync(join(root, 'examples', '.docs-'));
const files = { guide: join(dir, 'guide.ts'), tour: join(dir, 'tour.ts') };
let errors: Record<string, string[]> = {};
beforeAll(() => {
  writeFileSync(files.guide, program(docs.guide));
  writeFileSync(files.tour, program(tour));
  errors = typeErrors(Object.values(files));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const run = (file: string) =>
  spawnSync(process.execPath, ['--import', 'tsx', file], { cwd: root, encoding: 'utf8', timeout: 60_000 });

describe('code in the documentation', () => {
  it('docs/custom-rules.md: type-checks, runs and prints what the guide says', () => {
    expect(errors[files.guide]).toEqual([]);
    const r = run(files.guide);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    const out = r.stdout.split('\n');
    expect(out).toContain('ours: true');
    expect(out).toContain(
      'company-ucr /IE3F32/consignmentMasterLevel/consignmentHouseLevel[1]/referenceNumberUCR Give our UCR on every house consignment',
    );
    expect(out).toContain(
      'company-ucr /IE3F32/consignmentMasterLevel/consignmentHouseLevel[1]/referenceNumberUCR/referenceNumberUCR Our UCRs start with DE123456789012345-',
    );
    expect(r.stdout).toContain(
      'Rule company-typo: the path "consignmentMasterLevel.consignmentHouseLevl[*]" matches no element of IE3F32',
    );
    expect(out).toContain('with the typo: false');
  });

  it('README.md: the five-minute tour type-checks and runs', () => {
    const readme = docs.readme;
    expect(readme).toContain('npm install ics2');
    const commands = [...readme.slice(readme.indexOf('## Contributing')).matchAll(/^npm .*$/gm)].map(
      (m) => m[0],
    );
    expect(commands.map((c) => c.split('#')[0]!.trim())).toEqual([
      'npm ci && npm run example',
      'npm ci && npm test',
    ]);
    expect(tour).toMatch(/from 'ics2'/);
    expect(errors[files.tour]).toEqual([]);
    const r = run(files.tour);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    const out = r.stdout.split('\n');
    expect(out).toContain('valid: true');
    expect(r.stdout).toContain('<IE3F32 xmlns=');
    expect(out).toContain('registered: MRN 24DE123456789012J4');
    expect(r.stdout).toContain(
      'R3017 /IE3F32/consignmentMasterLevel/consignmentHouseLevel[1]/goodsItem[2]/goodsItemNumber',
    );
    expect(out).toContain('2026-06-01T09:00:00Z Art. 108');
  });
});
