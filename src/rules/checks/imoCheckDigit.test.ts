import { describe, expect, it } from 'vitest';
import { imoCheckDigit } from './imoCheckDigit';

describe('imoCheckDigit', () => {
  it('computes the published example IMO 9074729', () => {
    // 9*7 + 0*6 + 7*5 + 4*4 + 7*3 + 2*2 = 139 -> 9
    expect(imoCheckDigit('907472')).toBe('9');
  });

  it('computes a sum ending in 0', () => {
    // 1*7 + 0*6 + 0*5 + 0*4 + 0*3 + 0*2 = 7 -> 7; 1*7 + 0 + 0 + 0 + 1*3 = 10 -> 0
    expect(imoCheckDigit('100000')).toBe('7');
    expect(imoCheckDigit('100010')).toBe('0');
  });

  it('refuses anything that is not six digits', () => {
    expect(imoCheckDigit('90747')).toBeNull();
    expect(imoCheckDigit('9074729')).toBeNull();
    expect(imoCheckDigit('IMO907')).toBeNull();
    expect(imoCheckDigit(null as unknown as string)).toBeNull();
  });
});
