import { describe, expect, it } from 'vitest';
import { issue } from '../core/issue';
import { sampleMessage } from '../testing/generate';
import { validate } from '../validate';
import { fixFor, formatIssues } from './formatIssues';

const broken = (): unknown => {
  const { value } = sampleMessage('IE3F32');
  const v = structuredClone(value) as Record<string, unknown> & { declarant: Record<string, unknown> };
  v.LRN = 'X'.repeat(30);
  v.declarant.identificationNumber = '12';
  v.declarant.name = 'Y'.repeat(80);
  return v;
};

describe('formatIssues', () => {
  it('groups the issues of an element under its pointer, with a fix each (text)', () => {
    const r = validate('IE3F32', broken());
    expect(r.ok).toBe(false);
    const text = formatIssues(r.issues!, { title: 'f32.json' });
    const lines = text.split('\n');
    expect(lines[0]).toBe('f32.json');
    expect(lines[1]).toMatch(/^\d+ errors?, \d+ warnings? in \d+ elements?\.$/);
    const lrn = lines.indexOf('/IE3F32/LRN');
    expect(lrn).toBeGreaterThan(0);
    expect(lines[lrn + 1]).toMatch(/^ {2}error too_long \(an\.\.\d+\): /);
    expect(lines[lrn + 2]).toMatch(/^ {4}fix: Shorten LRN/);
    const decl = lines.indexOf('/IE3F32/declarant/identificationNumber');
    expect(decl).toBeGreaterThan(0);
    expect(lines.slice(decl + 1, decl + 3).join('\n')).toContain('R3005');
    // One heading per element, even with several issues on it.
    expect(lines.filter((l) => l === '/IE3F32/LRN')).toHaveLength(1);
  });

  it('writes Markdown: a heading per element and a list of issues with fixes', () => {
    const md = formatIssues(validate('IE3F32', broken()).issues!, { format: 'markdown', title: 'IE3F32' });
    expect(md.startsWith('## IE3F32\n')).toBe(true);
    expect(md).toContain('### `/IE3F32/LRN`');
    expect(md).toMatch(/- \*\*error\*\* `too_long` \(an\.\.\d+\): .+\n {2}- fix: Shorten LRN/);
  });

  it('puts errors before warnings and says when there is nothing', () => {
    const w = issue('unknown_code', ['a'], '/IE3F32/a', 'odd code', { severity: 'warning', ref: 'CL718' });
    const e = issue('missing', ['b'], '/IE3F32/b', 'b is required', { ref: '1..1' });
    const text = formatIssues([w, e]);
    expect(text.indexOf('/IE3F32/b')).toBeLessThan(text.indexOf('/IE3F32/a'));
    expect(text).toContain('1 error, 1 warning in 2 elements.');
    expect(formatIssues([])).toBe('No issues.\n');
  });

  it('fixFor: documented rule fixes, and fixes from structural codes', () => {
    expect(fixFor(issue('R3021', ['x'], '/IE3F32/x', 'bad'))).toContain('CSQU3054383');
    expect(fixFor(issue('missing', ['consignor'], '/IE3F32/consignor', 'm', { ref: '1..1' }))).toBe(
      'Add consignor (cardinality 1..1)',
    );
    expect(
      fixFor(issue('invalid_format', ['d'], '/IE3F32/d', 'm', { ref: 'an20 (YYYY-MM-DDThh:mm:ssZ)' })),
    ).toContain('YYYY-MM-DDThh:mm:ssZ');
    expect(fixFor(issue('number_not_allowed', ['m'], '/IE3F32/m', 'm'))).toContain('decimal string');
    expect(fixFor(issue('something_else', [], '/', 'as it is'))).toBe('as it is');
  });
});
