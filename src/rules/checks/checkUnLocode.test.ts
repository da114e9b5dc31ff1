import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ISO_3166_1_ALPHA2 } from './countries';
import { checkUnLocode } from './checkUnLocode';

describe('checkUnLocode', () => {
  it('accepts real UN/LOCODEs', () => {
    for (const v of ['BEANR', 'NLRTM', 'DEHAM', 'CNSHA', 'USNYC', 'FRCDG', 'GBLHR'])
      expect(checkUnLocode(v)).toEqual({ ok: true });
  });

  it('accepts every ISO country with any A-Z/2-9 location', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...Object.keys(ISO_3166_1_ALPHA2)),
        fc.stringMatching(/^[A-Z2-9]{3}$/),
        (cc, loc) => {
          expect(checkUnLocode(`${cc}${loc}`)).toEqual({ ok: true });
        },
      ),
    );
  });

  it('refuses 0 and 1 in the location part', () => {
    expect(checkUnLocode('DEHA1')).toMatchObject({
      reason: 'format',
      message: expect.stringContaining('2-9'),
    });
    expect(checkUnLocode('DEH0M')).toMatchObject({ reason: 'format' });
  });

  it('refuses unknown or non-ISO countries', () => {
    expect(checkUnLocode('ZZANR')).toMatchObject({
      reason: 'country',
      message: expect.stringContaining('ZZ'),
    });
    expect(checkUnLocode('XIBEL')).toMatchObject({ reason: 'country' });
    expect(checkUnLocode('1EANR')).toMatchObject({ reason: 'country' });
  });

  it('refuses other shapes', () => {
    expect(checkUnLocode('')).toMatchObject({ reason: 'empty' });
    expect(checkUnLocode('beanr')).toMatchObject({
      reason: 'lowercase',
      message: expect.stringContaining('BEANR'),
    });
    expect(checkUnLocode('BE ANR')).toMatchObject({ reason: 'whitespace' });
    expect(checkUnLocode('BEAN')).toMatchObject({ reason: 'length' });
    expect(checkUnLocode('BEANRX')).toMatchObject({ reason: 'length' });
    expect(checkUnLocode('BE-AN')).toMatchObject({ reason: 'format' });
  });
});
