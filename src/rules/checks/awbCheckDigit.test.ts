import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { awbCheckDigit } from './awbCheckDigit';

describe('awbCheckDigit', () => {
  it('computes the published example serial 1234567 -> 5 (AWB 020-12345675)', () => {
    expect(awbCheckDigit('1234567')).toBe('5');
  });

  it('computes 8114074 -> 3 (AWB 020-81140743)', () => {
    expect(awbCheckDigit('8114074')).toBe('3');
  });

  it('is always 0-6', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[0-9]{7}$/), (s) => {
        expect(awbCheckDigit(s)).toMatch(/^[0-6]$/);
      }),
    );
  });

  it('refuses anything that is not seven digits', () => {
    expect(awbCheckDigit('123456')).toBeNull();
    expect(awbCheckDigit('12345678')).toBeNull();
    expect(awbCheckDigit('123456a')).toBeNull();
    expect(awbCheckDigit({} as unknown as string)).toBeNull();
  });
});
