import { describe, expect, it } from 'vitest';
import { classifySeaVoyage } from './classifySeaVoyage';
import type { SeaVoyageFacts } from './classifySeaVoyage';
import { SHORT_SEA_COUNTRIES, SHORT_SEA_SEAS } from './data';

function value(facts: SeaVoyageFacts) {
  const r = classifySeaVoyage(facts);
  if (!r.ok) throw new Error(JSON.stringify(r.issues));
  return r;
}

describe('classifySeaVoyage', () => {
  it.each(SHORT_SEA_COUNTRIES.map((c) => c.code))('country %s settles short sea on its own', (country) => {
    const r = value({ portOfLoading: { country } });
    expect(r.value).toMatchObject({ row: 'sea-short-sea', determined: true });
    expect(r.issues).toBeUndefined();
  });

  it.each(SHORT_SEA_SEAS.map((s) => s.sea))('a port on the %s is short sea', (sea) => {
    expect(value({ portOfLoading: { sea } }).value.row).toBe('sea-short-sea');
  });

  it('the short-sea data holds the Art. 105(c) list, incl. the 2020/2191 point (vi)', () => {
    expect(SHORT_SEA_COUNTRIES.map((c) => c.code)).toEqual(['GL', 'FO', 'IS', 'MA', 'GB', 'GG', 'JE', 'IM']);
    expect(SHORT_SEA_COUNTRIES.filter((c) => c.point === '(vi)').map((c) => c.code)).toEqual([
      'GB',
      'GG',
      'JE',
      'IM',
    ]);
    expect(SHORT_SEA_SEAS.map((s) => s.sea)).toEqual(['baltic', 'north-sea', 'black-sea', 'mediterranean']);
  });

  it('Art. 105(d): under 24 h to an outermost region; 24 h or more is not', () => {
    expect(value({ firstUnionPortIn: 'french-overseas-departments', voyageHours: 23.9 }).value.row).toBe(
      'sea-outermost-regions',
    );
    const long = value({
      firstUnionPortIn: 'french-overseas-departments',
      voyageHours: 24,
      portOfLoading: { sea: 'other' },
    });
    expect(long.value).toMatchObject({ row: null, determined: true });
  });

  it('explicit flags', () => {
    expect(value({ shortSea: true }).value.row).toBe('sea-short-sea');
    expect(value({ shortSea: false }).value).toMatchObject({ row: null, determined: true });
  });

  it('conflicts are errors', () => {
    expect(classifySeaVoyage({ shortSea: false, portOfLoading: { sea: 'baltic' } }).issues?.[0]?.code).toBe(
      'conflict',
    );
    expect(
      classifySeaVoyage({ shortSea: false, firstUnionPortIn: 'madeira', voyageHours: 5 }).issues?.[0]?.code,
    ).toBe('conflict');
    expect(
      classifySeaVoyage({ shortSea: true, portOfLoading: { country: 'CN', sea: 'other' } }).issues?.[0]?.code,
    ).toBe('conflict');
  });

  it('nothing settles it: not short sea, undetermined, with a warning', () => {
    const r = value({});
    expect(r.value).toMatchObject({ row: null, determined: false });
    expect(r.issues?.[0]).toMatchObject({
      code: 'short_sea_undetermined',
      severity: 'warning',
      pointer: '/portOfLoading',
    });
  });

  it('bad values are reported with pointers', () => {
    const r = classifySeaVoyage(
      {
        portOfLoading: { country: 'Morocco', sea: 'red-sea' as 'other' },
        firstUnionPortIn: 'corsica' as 'azores',
        voyageHours: Number.NaN,
        shortSea: 'yes' as unknown as boolean,
      },
      ['active'],
    );
    expect(r.issues?.map((i) => i.pointer)).toEqual([
      '/active/portOfLoading/country',
      '/active/portOfLoading/sea',
      '/active/firstUnionPortIn',
      '/active/voyageHours',
      '/active/shortSea',
    ]);
    const p = classifySeaVoyage({ portOfLoading: 'MA' as unknown as { country: string } });
    expect(p.issues?.[0]).toMatchObject({ code: 'invalid_type', pointer: '/portOfLoading' });
  });
});
