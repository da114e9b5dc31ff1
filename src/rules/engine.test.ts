import { describe, expect, it } from 'vitest';
import { IE3F11Meta } from '../generated/messages/IE3F11';
import { IE3F32Meta } from '../generated/messages/IE3F32';
import { validate } from '../validate';
import { maximalInstance } from '../../test/support/instances';
import { forEach, required, rule } from './combinators';
import { ruleSetFor, runRules } from './engine';
import { createRuleSet } from './ruleSet';

const data = maximalInstance(IE3F32Meta, 1);
const codes = (issues: { code: string }[]) => [...new Set(issues.map((i) => i.code))].sort();

describe('runRules', () => {
  it('runs the official rules by default', () => {
    expect(codes(runRules(IE3F32Meta, data))).toEqual(expect.arrayContaining(['R3005', 'R3033']));
  });
  it('disables, downgrades, adds and restricts', () => {
    const ucr = rule(
      'company-ucr',
      { summary: 'UCR' },
      forEach('consignmentMasterLevel.consignmentHouseLevel[*]', required('referenceNumberUCR')),
    );
    const noUcr = structuredClone(data) as {
      consignmentMasterLevel: { consignmentHouseLevel: Record<string, unknown>[] };
    };
    delete noUcr.consignmentMasterLevel.consignmentHouseLevel[0]!.referenceNumberUCR;
    const issues = runRules(IE3F32Meta, noUcr, { disable: ['R3033'], downgrade: ['R3005'], extra: [ucr] });
    expect(codes(issues)).not.toContain('R3033');
    expect(issues.filter((i) => i.code === 'R3005').every((i) => i.severity === 'warning')).toBe(true);
    expect(issues.some((i) => i.code === 'company-ucr')).toBe(true);
    expect(codes(runRules(IE3F32Meta, data, { only: ['R3033'] }))).toEqual(['R3033']);
    expect(runRules(IE3F32Meta, data, { base: [] })).toEqual([]);
    expect(runRules(IE3F32Meta, data, { base: createRuleSet([]) })).toEqual([]);
  });
  it('reports nothing for non-object data (the structure check does)', () => {
    expect(runRules(IE3F32Meta, null)).toEqual([]);
    expect(runRules(IE3F32Meta, [])).toEqual([]);
  });
  it('reuses the default set', () => {
    expect(ruleSetFor()).toBe(ruleSetFor({}));
  });
  it('builds a derived set once for the same options, and a new one for other options', () => {
    const mine = { id: 'MY1', kind: 'guidance' as const, summary: 'x', severity: 'error' as const, status: 'checked' as const, check: () => [] };
    const same = { id: 'MY1', kind: 'guidance' as const, summary: 'y', severity: 'warning' as const, status: 'checked' as const, check: () => [] };
    const a = ruleSetFor({ disable: ['R3021'], extra: [mine] });
    expect(ruleSetFor({ disable: ['R3021'], extra: [mine] })).toBe(a);
    expect(a.get('R3021')).toBeUndefined();
    expect(a.get('MY1')).toBe(mine);
    // Another rule object with the same id is another set.
    const b = ruleSetFor({ disable: ['R3021'], extra: [same] });
    expect(b).not.toBe(a);
    expect(b.get('MY1')).toBe(same);
    // Other ids, another order, or only/downgrade: other sets, each as asked.
    expect(ruleSetFor({ disable: ['R3022'], extra: [mine] }).get('R3021')).toBeDefined();
    expect(ruleSetFor({ only: ['R3005'] }).rules.map((r) => r.id)).toEqual(['R3005']);
    expect(ruleSetFor({ only: ['R3005'] })).toBe(ruleSetFor({ only: ['R3005'] }));
    expect([...ruleSetFor({ downgrade: ['C3034'] }).downgraded]).toEqual(['C3034']);
    // Ids that are not strings are not cached (and match no rule).
    const odd = { only: [1 as unknown as string] };
    expect(ruleSetFor(odd)).not.toBe(ruleSetFor(odd));
    expect(ruleSetFor(odd).rules).toEqual([]);
    // The cache is bounded: 200 different option sets, and the first is built anew.
    const first = ruleSetFor({ disable: ['X0'] });
    for (let i = 1; i < 200; i++) ruleSetFor({ disable: [`X${i}`] });
    expect(ruleSetFor({ disable: ['X0'] })).not.toBe(first);
  });
});

describe('validate with rules', () => {
  it('passes rule options through and can turn rules off', () => {
    const r = validate('IE3F32', data, { rules: { disable: ['R3005', 'R3033'] } });
    expect((r.ok ? (r.issues ?? []) : r.issues).some((i) => i.code === 'R3005')).toBe(false);
    const s = validate('IE3F32', data, { rules: false });
    expect((s.ok ? (s.issues ?? []) : s.issues).some((i) => /^[RC]3/.test(i.code))).toBe(false);
  });
  it('gives rule issues the IE3N99-style pointer', () => {
    const r = validate('IE3F32', data);
    const i = (r.ok ? (r.issues ?? []) : r.issues).find((x) => x.code === 'R3005');
    expect(i?.pointer).toMatch(/^\/IE3F32\//);
    expect(i?.ref).toBe('R3005');
  });
});

describe('large messages', () => {
  // Speed is measured in the benchmark (npm run bench), not here: this only checks that a large message is
  // handled completely and identically on a second run (the applicability cache).
  it('checks an IE3F11 with 1,000 houses x 10 items, the same way twice', () => {
    const base = maximalInstance(IE3F11Meta, 1) as {
      consignmentMasterLevel: { consignmentHouseLevel: unknown[] };
    };
    const house = base.consignmentMasterLevel.consignmentHouseLevel[0] as { goodsItem: unknown[] };
    house.goodsItem = Array.from({ length: 10 }, (_, i) => ({
      ...(house.goodsItem[0] as object),
      goodsItemNumber: String(i + 1),
    }));
    base.consignmentMasterLevel.consignmentHouseLevel = Array.from({ length: 1000 }, () => house);
    const first = runRules(IE3F11Meta, base);
    const second = runRules(IE3F11Meta, base);
    expect(first.length).toBeGreaterThan(1000);
    expect(second).toEqual(first);
    expect(first.some((i) => i.pointer.includes('consignmentHouseLevel[1000]'))).toBe(true);
  });
});
