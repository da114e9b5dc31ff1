import { describe, expect, it } from 'vitest';
import { IE3F11Meta } from '../generated/messages/IE3F11';
import { IE3F32Meta } from '../generated/messages/IE3F32';
import { atSites, citedIds, sitesOf, targetsOf } from './applicability';

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
