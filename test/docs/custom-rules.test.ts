/** Runs the code of docs/custom-rules.md as written (its ```ts blocks in order) and checks what it prints. */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..', '..');

/** The guide's ```ts blocks, imports hoisted (later blocks import more), as one module. */
function guideProgram(markdown: string): string {
  const blocks = [...markdown.matchAll(/```ts\n([\s\S]*?)```/g)].map((m) => m[1]!);
  const lines = blocks.join('\n').split('\n');
  const imports = lines.filter((l) => l.startsWith('import '));
  return [...imports, ...lines.filter((l) => !l.startsWith('import '))].join('\n');
}

describe('docs/custom-rules.md', () => {
  it('its code runs and prints what the guide says', () => {
    const program = guideProgram(readFileSync(join(root, 'docs', 'custom-rules.md'), 'utf8'));
    expect(program).toContain("rulesFor('IE3F32')");
    // Inside the repository, so that tsx maps `ics2` to src through tsconfig paths.
    const dir = mkdtempSync(join(root, 'examples', '.guide-'));
    try {
      const file = join(dir, 'guide.ts');
      writeFileSync(file, program);
      const r = spawnSync(process.execPath, ['--import', 'tsx', file], {
        cwd: root,
        encoding: 'utf8',
        timeout: 60_000,
      });
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
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
