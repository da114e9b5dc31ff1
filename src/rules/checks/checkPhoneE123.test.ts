import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { E123_PATTERN, checkPhoneE123 } from './checkPhoneE123';

describe('E123_PATTERN', () => {
  it('is the R3006 pattern without the typographic quote', () => {
    expect(E123_PATTERN.source).toBe('^\\+(?:[0-9] ?){6,14}[0-9]$');
  });
});

describe('checkPhoneE123 (R3006)', () => {
  it('accepts international numbers, grouped by single spaces or not', () => {
    for (const v of ['+32 2 299 11 11', '+3222991111', '+49 40 1234567', '+1234567', '+123456789012345']) {
      expect(checkPhoneE123(v)).toEqual({ ok: true });
    }
  });

  it('asks for + and gives the converted form for a 00 prefix', () => {
    expect(checkPhoneE123('0049 40 1234567')).toMatchObject({
      reason: 'missing_plus',
      message: expect.stringContaining('+49 40 1234567'),
    });
    expect(checkPhoneE123('040 1234567')).toMatchObject({
      reason: 'missing_plus',
      message: expect.stringContaining('country code'),
    });
  });

  it('names the first character that is not allowed', () => {
    expect(checkPhoneE123('+49 (40) 1234567')).toMatchObject({
      reason: 'invalid_character',
      message: expect.stringContaining('"("'),
    });
    expect(checkPhoneE123('+49-40-1234567')).toMatchObject({ reason: 'invalid_character' });
    expect(checkPhoneE123('+49/40.1234567')).toMatchObject({ reason: 'invalid_character' });
    expect(checkPhoneE123('+49 40 123+4567')).toMatchObject({
      reason: 'invalid_character',
      message: expect.stringContaining('only once'),
    });
  });

  it('counts digits: 7 to 15', () => {
    expect(checkPhoneE123('+123456')).toMatchObject({
      reason: 'too_few_digits',
      message: expect.stringContaining('got 6'),
    });
    expect(checkPhoneE123('+1234567890123456')).toMatchObject({
      reason: 'too_many_digits',
      message: expect.stringContaining('got 16'),
    });
  });

  it('refuses a space after + and double spaces, giving the fixed form', () => {
    expect(checkPhoneE123('+ 49 40 1234567')).toMatchObject({
      reason: 'spacing',
      message: expect.stringContaining('"+49 40 1234567"'),
    });
    expect(checkPhoneE123('+49  40 1234567')).toMatchObject({
      reason: 'spacing',
      message: expect.stringContaining('"+49 40 1234567"'),
    });
  });

  it('refuses leading or trailing blanks, tabs and line breaks', () => {
    expect(checkPhoneE123(' +49 40 1234567')).toMatchObject({ reason: 'whitespace' });
    expect(checkPhoneE123('+49 40 1234567 ')).toMatchObject({ reason: 'whitespace' });
    expect(checkPhoneE123('+49\t40 1234567')).toMatchObject({ reason: 'whitespace' });
    expect(checkPhoneE123('')).toMatchObject({ reason: 'empty' });
  });

  it('keeps the message short for a huge input', () => {
    const r = checkPhoneE123(`00${'1'.repeat(100_000)}`);
    expect(r).toMatchObject({ reason: 'missing_plus' });
    expect(!r.ok && r.message.length).toBeLessThan(300);
  });

  it('agrees with the R3006 pattern on every input', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[+0-9 ()-]{0,20}$/), (v) => {
        expect(checkPhoneE123(v).ok).toBe(E123_PATTERN.test(v));
      }),
    );
  });
});
