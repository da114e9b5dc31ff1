import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { exactDecimal } from './exactDecimal';

describe('exactDecimal', () => {
  it('writes numbers in their shortest exact form', () => {
    expect(exactDecimal(12.5)).toEqual({ ok: true, value: '12.5' });
    expect(exactDecimal(1250)).toEqual({ ok: true, value: '1250' });
    expect(exactDecimal(0.000001)).toEqual({ ok: true, value: '0.000001' });
  });

  it('keeps strings exactly as given', () => {
    expect(exactDecimal('1250.000')).toEqual({ ok: true, value: '1250.000' });
  });

  it('refuses floating-point noise with a clear message', () => {
    const r = exactDecimal(0.1 + 0.2);
    expect(r.ok).toBe(false);
    expect(!r.ok && r.issues[0]!.code).toBe('inexact_number');
    expect(!r.ok && r.issues[0]!.message).toMatch(/0\.30000000000000004.*floating-point noise/);
  });

  it('refuses too many decimals, exponents, negatives and non-finite numbers', () => {
    expect(exactDecimal(1.1234567).ok).toBe(false);
    expect(exactDecimal(1e21).ok).toBe(false);
    expect(exactDecimal(1e-7).ok).toBe(false);
    expect(exactDecimal(-1).ok).toBe(false);
    expect(exactDecimal(-0).ok).toBe(false);
    expect(exactDecimal(Number.NaN).ok).toBe(false);
    expect(exactDecimal(Number.POSITIVE_INFINITY).ok).toBe(false);
    expect(exactDecimal(2 ** 54).ok).toBe(false); // 18014398509481984: 17 digits
    expect(exactDecimal(1.5, 'n..8').ok).toBe(false);
  });

  it('never changes the value of a number it accepts (property)', () => {
    fc.assert(
      fc.property(fc.double({ min: 0, max: 1e9, noNaN: true }), (n) => {
        const r = exactDecimal(n);
        if (r.ok) {
          expect(Number(r.value)).toBe(n);
          expect(r.value).toMatch(/^\d{1,16}(\.\d{1,6})?$/);
        } else expect(r.issues[0]!.message).toContain(String(n));
      }),
    );
  });

  it('accepts every decimal with at most 6 places written as a number (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 999_999_999 }),
        fc.integer({ min: 0, max: 6 }),
        (units, places) => {
          const n = units / 10 ** places;
          const r = exactDecimal(Number(n.toFixed(places)));
          expect(r.ok).toBe(true);
        },
      ),
    );
  });

  it('refuses numbers a double cannot hold exactly, and says so', () => {
    // Number('...') as a user's parsed input would be: the literal itself would lose precision.
    for (const n of [Number('9999999999.999999'), Number('9007199254740993'), 2 ** 53 + 2, Number('123456789.1234567')]) {
      const r = exactDecimal(n, 'n..30,6');
      expect(r.ok, String(n)).toBe(false);
      expect(!r.ok && r.issues[0]).toMatchObject({ code: 'inexact_number' });
    }
    expect(exactDecimal(9007199254740991, 'n..16')).toEqual({ ok: true, value: '9007199254740991' });
    expect(exactDecimal(123456789.123456, 'n..16,6')).toEqual({ ok: true, value: '123456789.123456' });
    expect(exactDecimal('9999999999.999999')).toEqual({ ok: true, value: '9999999999.999999' });
  });
});
