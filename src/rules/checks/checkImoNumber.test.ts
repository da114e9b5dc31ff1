import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkImoNumber } from './checkImoNumber';
import { imoCheckDigit } from './imoCheckDigit';

describe('checkImoNumber (R3009)', () => {
  it('accepts the IMO-prefixed form R3009 gives', () => {
    expect(checkImoNumber('IMO9074729')).toEqual({ ok: true });
  });

  it('requires the IMO prefix by default, with the prefixed form as a hint', () => {
    expect(checkImoNumber('9074729')).toEqual({
      ok: false,
      reason: 'prefix',
      message: expect.stringContaining('IMO9074729'),
    });
    expect(checkImoNumber('9074729', { prefix: 'optional' })).toEqual({ ok: true });
    expect(checkImoNumber('IMO9074729', { prefix: 'optional' })).toEqual({ ok: true });
    expect(checkImoNumber('9074729', { prefix: 'forbidden' })).toEqual({ ok: true });
    expect(checkImoNumber('IMO9074729', { prefix: 'forbidden' })).toMatchObject({ reason: 'prefix' });
  });

  it('names the expected check digit', () => {
    const r = checkImoNumber('IMO9074728');
    expect(r).toMatchObject({ ok: false, reason: 'check_digit' });
    expect(!r.ok && r.message).toContain('expected check digit 9, got 8');
    expect(!r.ok && r.message).toContain('IMO9074729');
    expect(checkImoNumber('9074728', { prefix: 'optional' })).toMatchObject({
      reason: 'check_digit',
      message: expect.stringContaining('(9074729 would be valid)'),
    });
  });

  it('refuses other shapes', () => {
    expect(checkImoNumber('')).toMatchObject({ reason: 'empty' });
    expect(checkImoNumber('imo9074729')).toMatchObject({
      reason: 'lowercase',
      message: expect.stringContaining('IMO9074729'),
    });
    expect(checkImoNumber('IMO 9074729')).toMatchObject({ reason: 'whitespace' });
    expect(checkImoNumber('IMO907472')).toMatchObject({ reason: 'format' });
    expect(checkImoNumber('IMO90747299')).toMatchObject({ reason: 'format' });
    expect(checkImoNumber('IMOX074729')).toMatchObject({ reason: 'format' });
  });

  const first6 = fc.stringMatching(/^[0-9]{6}$/);

  it('accepts every number whose check digit was computed', () => {
    fc.assert(
      fc.property(first6, (digits) => {
        expect(checkImoNumber(`IMO${digits}${imoCheckDigit(digits)}`)).toEqual({ ok: true });
      }),
    );
  });

  it('catches a one-digit change exactly when it moves the weighted sum mod 10', () => {
    // Weights 7..2: a change of 5 under an even weight (6, 4, 2) leaves the last digit of the sum alone,
    // a known gap of the IMO scheme. Every other change is caught.
    fc.assert(
      fc.property(
        first6,
        fc.integer({ min: 0, max: 5 }),
        fc.integer({ min: 1, max: 9 }),
        (digits, i, delta) => {
          const check = imoCheckDigit(digits);
          const old = Number(digits.charAt(i));
          const changed = (old + delta) % 10;
          const altered = `IMO${digits.slice(0, i)}${changed}${digits.slice(i + 1)}${check}`;
          const caught = ((changed - old) * (7 - i)) % 10 !== 0;
          expect(checkImoNumber(altered).ok).toBe(!caught);
        },
      ),
    );
  });
});
