import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  EU_CUSTOMS_EXTRA_PREFIXES,
  ISO_3166_1_ALPHA2,
  countryName,
  isCustomsCountryPrefix,
  isIso3166Alpha2,
} from './countries';

const cl718 = JSON.parse(
  readFileSync(new URL('../../../spec/codelists/CL718.json', import.meta.url), 'utf8'),
) as {
  values: { code: string }[];
};
const NON_ISO_IN_CL718 = [
  'EU',
  'QP',
  'QQ',
  'QR',
  'QS',
  'QU',
  'QV',
  'QW',
  'QX',
  'QY',
  'QZ',
  'XC',
  'XI',
  'XK',
  'XL',
  'XS',
];

describe('ISO_3166_1_ALPHA2', () => {
  it('holds the 249 ISO codes', () => {
    expect(Object.keys(ISO_3166_1_ALPHA2)).toHaveLength(249);
  });

  it('equals the ISO part of CL718 (CS/RD2 CL008)', () => {
    const fromCl718 = cl718.values.map((v) => v.code).filter((c) => !NON_ISO_IN_CL718.includes(c));
    expect(Object.keys(ISO_3166_1_ALPHA2).sort()).toEqual(fromCl718.sort());
  });

  it('names countries', () => {
    expect(ISO_3166_1_ALPHA2.BE).toBe('Belgium');
    expect(ISO_3166_1_ALPHA2.GB).toBe('United Kingdom');
  });
});

describe('isIso3166Alpha2', () => {
  it('accepts ISO codes, uppercase only', () => {
    expect(isIso3166Alpha2('DE')).toBe(true);
    expect(isIso3166Alpha2('de')).toBe(false);
    expect(isIso3166Alpha2('XI')).toBe(false);
    expect(isIso3166Alpha2('EU')).toBe(false);
  });

  it('is not fooled by Object prototype names', () => {
    expect(isIso3166Alpha2('constructor')).toBe(false);
    expect(isIso3166Alpha2('__proto__')).toBe(false);
  });
});

describe('isCustomsCountryPrefix / countryName', () => {
  it('adds XI to the ISO codes', () => {
    expect(isCustomsCountryPrefix('XI')).toBe(true);
    expect(isCustomsCountryPrefix('FR')).toBe(true);
    expect(isCustomsCountryPrefix('EU')).toBe(false);
    expect(isCustomsCountryPrefix('toString')).toBe(false);
    expect(EU_CUSTOMS_EXTRA_PREFIXES.XI).toContain('Northern Ireland');
  });

  it('names ISO codes and XI, nothing else', () => {
    expect(countryName('XI')).toBe('United Kingdom (Northern Ireland)');
    expect(countryName('NL')).toBe('Netherlands');
    expect(countryName('ZZ')).toBeUndefined();
    expect(countryName('hasOwnProperty')).toBeUndefined();
  });
});
