import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { containerCheckDigit } from './containerCheckDigit';

describe('containerCheckDigit', () => {
  it('computes the published example CSQU305438 -> 3 (ISO 6346)', () => {
    expect(containerCheckDigit('CSQU305438')).toBe('3');
  });

  it('computes other values by the algorithm', () => {
    // Worked by hand: sum(value * 2^i) mod 11, 10 -> 0.
    expect(containerCheckDigit('MSCU123456')).toBe('6');
    expect(containerCheckDigit('ABCU123456')).toBe('0');
  });

  it('refuses anything that is not 4 uppercase letters + 6 digits', () => {
    expect(containerCheckDigit('CSQU30543')).toBeNull();
    expect(containerCheckDigit('csqu305438')).toBeNull();
    expect(containerCheckDigit('CSQU3054383')).toBeNull();
    expect(containerCheckDigit('CS1U305438')).toBeNull();
    expect(containerCheckDigit(undefined as unknown as string)).toBeNull();
  });

  it('always gives one digit for a well-formed payload', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[A-Z]{4}[0-9]{6}$/), (first10) => {
        expect(containerCheckDigit(first10)).toMatch(/^[0-9]$/);
      }),
    );
  });
});
