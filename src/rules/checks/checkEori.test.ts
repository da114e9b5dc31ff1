import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { EORI_NATIONAL_SHAPES, checkEori } from './checkEori';

describe('checkEori (R3005)', () => {
  it('accepts GB and XI numbers of 12 or 15 digits (HMRC shape)', () => {
    expect(checkEori('GB123456789000')).toEqual({ ok: true });
    expect(checkEori('GB123456789000123')).toEqual({ ok: true });
    expect(checkEori('XI123456789000')).toEqual({ ok: true });
  });

  it('refuses GB and XI numbers of another shape, naming the expected one', () => {
    expect(checkEori('GB12345678900')).toMatchObject({
      reason: 'national_format',
      message: expect.stringContaining('12 or 15 digits'),
    });
    expect(checkEori('XI12345678900A')).toMatchObject({ reason: 'national_format' });
    expect(checkEori('GB1234567890001')).toMatchObject({ reason: 'national_format' });
  });

  it('accepts German numbers of 7 or 15 digits and refuses other German shapes', () => {
    expect(checkEori('DE1234567')).toEqual({ ok: true });
    expect(checkEori('DE123456789012345')).toEqual({ ok: true });
    expect(checkEori('DE12345678')).toMatchObject({ reason: 'national_format' });
    expect(checkEori('DE12345AB')).toMatchObject({ reason: 'national_format' });
  });

  it('accepts the generic shape for other prefixes', () => {
    expect(checkEori('FR12345678901234')).toEqual({ ok: true });
    expect(checkEori('NL123456789')).toEqual({ ok: true });
    expect(checkEori('ATEOS1000012345')).toEqual({ ok: true });
    expect(checkEori('IE1234567X')).toEqual({ ok: true });
    expect(checkEori('CN1')).toEqual({ ok: true });
  });

  it('refuses lowercase with a hint, never fixing it silently', () => {
    expect(checkEori('gb123456789000')).toEqual({
      ok: false,
      reason: 'lowercase',
      message: expect.stringContaining('"GB123456789000"'),
    });
    expect(checkEori('NL123456789b01')).toMatchObject({ reason: 'lowercase' });
  });

  it('refuses the wrong length, prefix and characters', () => {
    expect(checkEori('')).toMatchObject({ reason: 'empty' });
    expect(checkEori('GB')).toMatchObject({ reason: 'length' });
    expect(checkEori('FR1234567890123456')).toMatchObject({
      reason: 'length',
      message: expect.stringContaining('17'),
    });
    expect(checkEori('12345678')).toMatchObject({ reason: 'country' });
    expect(checkEori('EU12345678')).toMatchObject({
      reason: 'country',
      message: expect.stringContaining('EU'),
    });
    expect(checkEori('ZZ12345678')).toMatchObject({ reason: 'country' });
    expect(checkEori('FR1234-5678')).toMatchObject({ reason: 'format' });
    expect(checkEori('FRÉ12345')).toMatchObject({ reason: 'format' });
    expect(checkEori('GB 123456789000')).toMatchObject({ reason: 'whitespace' });
  });

  it('exposes the national shapes it enforces', () => {
    expect(Object.keys(EORI_NATIONAL_SHAPES).sort()).toEqual(['DE', 'GB', 'XI']);
  });

  it('accepts every generic-shaped number of a prefix without a national shape', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('FR', 'NL', 'BE', 'IT', 'ES', 'PL', 'CH', 'US'),
        fc.stringMatching(/^[A-Z0-9]{1,15}$/),
        (cc, rest) => {
          expect(checkEori(`${cc}${rest}`)).toEqual({ ok: true });
        },
      ),
    );
  });
});
