import { describe, expect, it } from 'vitest';
import { ruleCatalogue } from '../../generated/rules';
import { registry } from '../../generated/registry';
import { targetsOf } from '../applicability';
import { runRule } from '../runRule';
import { defaultRules, guidanceRules, lrnUniqueness, officialRules } from './index';
import { R3024 } from './R3024';

describe('officialRules', () => {
  it('has all 37 rules and 32 conditions of the catalogue, once each', () => {
    const ids = officialRules.map((r) => r.id);
    expect(new Set(ids).size).toBe(69);
    expect([...ids].sort()).toEqual(Object.keys(ruleCatalogue).sort());
    expect(officialRules.filter((r) => r.kind === 'rule').length).toBe(37);
    expect(officialRules.filter((r) => r.kind === 'condition').length).toBe(32);
    expect(defaultRules.length).toBe(69 + guidanceRules.length);
  });
  it('takes each summary from the catalogue and documents an example', () => {
    for (const r of officialRules) {
      expect(r.summary).toBe(ruleCatalogue[r.id]!.summary);
      expect(r.example?.error, r.id).toBeTruthy();
      expect(r.example?.fix, r.id).toBeTruthy();
      if (r.status !== 'checked') expect(r.note, r.id).toBeTruthy();
    }
  });
  it('finds a place for every cited id in the metadata of some message', () => {
    const cited = new Set<string>();
    for (const { meta } of Object.values(registry))
      for (const r of officialRules) if (targetsOf(meta, r.id).length) cited.add(r.id);
    expect(cited.has('R3021')).toBe(true);
    expect(cited.has('C3034')).toBe(true);
  });
  it('R3024 says it needs the previous filing and reports nothing', () => {
    expect(R3024.status).toBe('not-checkable');
    expect(R3024.note).toMatch(/previous filing/);
    expect(runRule(R3024, { meta: registry.IE3A11.meta, data: {} })).toEqual([]);
  });
  it("lrnUniqueness asks the caller's store", () => {
    const used = lrnUniqueness((d, v) => d === 'DE123456789012345' && v === 'LRN1');
    const meta = registry.IE3F34.meta;
    expect(
      runRule(used, {
        meta,
        data: { LRN: 'LRN1', declarant: { identificationNumber: 'DE123456789012345' } },
      }),
    ).toMatchObject([{ code: 'R3003', path: ['LRN'] }]);
    expect(
      runRule(used, {
        meta,
        data: { LRN: 'LRN2', declarant: { identificationNumber: 'DE123456789012345' } },
      }),
    ).toEqual([]);
  });
});
