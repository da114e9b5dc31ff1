import { describe, expect, it } from 'vitest';
import { IE3F11Meta } from '../generated/messages/IE3F11';
import { IE3F32Meta } from '../generated/messages/IE3F32';
import { atSites, citedIds, runContext, sitesOf, targetsOf, type Site, type Target } from './applicability';
import { expand } from './paths';
import type { RuleContext } from './types';

/** The sites as the code before the run cache computed them: every parent expanded from the root. */
function reference(ctx: RuleContext, targets: readonly Target[]): Pick<Site, 'path' | 'value' | 'name'>[] {
  const out: Pick<Site, 'path' | 'value' | 'name'>[] = [];
  for (const t of targets)
    for (const parent of expand({ path: [], value: ctx.data }, t.parent)) {
      const v = parent.value;
      if (v === null || typeof v !== 'object' || Array.isArray(v)) continue;
      out.push({ path: [...parent.path, t.element.name], value: (v as Record<string, unknown>)[t.element.name], name: t.element.name });
    }
  return out;
}
const plain = (sites: readonly Site[]): Pick<Site, 'path' | 'value' | 'name'>[] =>
  sites.map((s) => ({ path: s.path, value: s.value, name: s.name }));

describe('targetsOf', () => {
  it('finds every element citing an id, with wildcards over arrays', () => {
    const t = targetsOf(IE3F11Meta, 'R3021').map((x) => x.xmlPath);
    expect(t).toContain(
      'consignmentMasterLevel/consignmentHouseLevel/transportEquipment/containerIdentificationNumber',
    );
    expect(t).toContain(
      'consignmentMasterLevel/consignmentHouseLevel/goodsItem/transportEquipment/containerIdentificationNumber',
    );
    const one = targetsOf(IE3F11Meta, 'R3021')[0]!;
    expect(one.parent.some((s) => s.index === '*')).toBe(true);
  });
  it('is cached per message metadata', () => {
    expect(targetsOf(IE3F32Meta, 'C3034')).toBe(targetsOf(IE3F32Meta, 'C3034'));
  });
  it('uses the fallback only when no row cites the id', () => {
    expect(targetsOf(IE3F32Meta, 'NOPE')).toEqual([]);
    const fb = targetsOf(IE3F32Meta, 'NOPE2', (x) => x.element.name === 'LRN');
    expect(fb.map((x) => x.xmlPath)).toEqual(['LRN']);
    expect(targetsOf(IE3F32Meta, 'C3034', () => true).every((x) => x.element.name === 'postCode')).toBe(true);
  });
  it('lists cited ids', () => {
    expect(citedIds(IE3F32Meta)).toEqual(expect.arrayContaining(['R3002', 'C3034', 'R3017']));
  });
});

describe('sitesOf / atSites', () => {
  const data = {
    consignmentMasterLevel: {
      consignmentHouseLevel: [{ goodsItem: [{ goodsItemNumber: '1' }, {}] }, { goodsItem: [] }],
    },
  };
  it('yields one site per existing parent, with the value (or undefined)', () => {
    const sites = sitesOf({ meta: IE3F32Meta, data }, targetsOf(IE3F32Meta, 'R3017'));
    expect(sites.map((s) => [s.path, s.value])).toEqual([
      [['consignmentMasterLevel', 'consignmentHouseLevel', 0, 'goodsItem', 0, 'goodsItemNumber'], '1'],
      [['consignmentMasterLevel', 'consignmentHouseLevel', 0, 'goodsItem', 1, 'goodsItemNumber'], undefined],
    ]);
  });
  it('runs a check at every site', () => {
    const c = atSites('R3017', (_ctx, s) =>
      s.value === undefined ? [{ path: s.path, message: 'missing' }] : [],
    );
    expect(c({ meta: IE3F32Meta, data }).length).toBe(1);
    expect(c({ meta: IE3F32Meta, data: 'nonsense' })).toEqual([]);
  });
});

describe('the sites of one run (runContext)', () => {
  const every = (id: string): readonly Target[] => targetsOf(IE3F11Meta, id, () => true);
  const shapes: unknown[] = [
    {},
    { consignmentMasterLevel: [{ consignmentHouseLevel: [{ goodsItem: [{ commodity: { descriptionOfGoods: 'x' } }] }] }] },
    { consignmentMasterLevel: { consignmentHouseLevel: { goodsItem: { commodity: [{ descriptionOfGoods: 'y' }] } } } },
    {
      consignmentMasterLevel: {
        consignmentHouseLevel: [
          null,
          { goodsItem: [{ commodity: 'z' }, { commodity: { descriptionOfGoods: 'a' } }], consignee: { name: 'N' } },
          [],
          { goodsItem: [, { commodity: {} }] }, // eslint-disable-line no-sparse-arrays
        ],
      },
    },
  ];
  it('match the expansion from the root on odd shapes, for every element, first run or cached', () => {
    const targets = [...every('ALL_ELEMENTS_OF_F11')];
    expect(targets.length).toBeGreaterThan(100);
    for (const data of shapes) {
      const ctx = runContext(IE3F11Meta, data, { remaining: Infinity });
      // Deepest first, then again: the prefixes are filled by the first pass and reused by the second.
      const deepFirst = [...targets].reverse();
      expect(plain(sitesOf(ctx, deepFirst))).toEqual(reference(ctx, deepFirst));
      expect(plain(sitesOf(ctx, targets))).toEqual(reference(ctx, targets));
      expect(plain(sitesOf({ meta: IE3F11Meta, data }, targets))).toEqual(reference(ctx, targets));
    }
  });
  it('a context copied with other data does not reuse the run cache', () => {
    const targets = targetsOf(IE3F32Meta, 'R3017');
    const a = { consignmentMasterLevel: { consignmentHouseLevel: [{ goodsItem: [{ goodsItemNumber: '1' }] }] } };
    const b = { consignmentMasterLevel: { consignmentHouseLevel: [{ goodsItem: [{ goodsItemNumber: '7' }, {}] }] } };
    const ctx = runContext(IE3F32Meta, a, { remaining: Infinity });
    expect(sitesOf(ctx, targets).map((s) => s.value)).toEqual(['1']);
    expect(sitesOf({ ...ctx, data: b }, targets).map((s) => s.value)).toEqual(['7', undefined]);
    expect(sitesOf(ctx, targets).map((s) => s.value)).toEqual(['1']);
  });
});
