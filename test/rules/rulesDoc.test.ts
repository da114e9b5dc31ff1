import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultRules } from '../../src/rules/official/index';
import { formattedRulesDoc, renderRulesDoc } from '../../scripts/rules-doc';

describe('docs/rules.md', () => {
  const md = renderRulesDoc();
  it('is in sync with the rule files (run npx tsx scripts/rules-doc.ts)', async () => {
    expect(readFileSync(join(import.meta.dirname, '..', '..', 'docs', 'rules.md'), 'utf8')).toBe(
      await formattedRulesDoc(),
    );
  });
  it('has a section with an example for every rule', () => {
    for (const r of defaultRules) {
      expect(md).toContain(`## ${r.id}\n`);
      expect(md).toContain(`- Example error: ${r.example?.error ?? 'MISSING'}`);
    }
  });
});
