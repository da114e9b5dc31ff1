import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { iso6346CheckDigit, iso6346Value } from './iso6346';

describe('iso6346Value', () => {
  it('gives digits their value and letters A=10, B=12 ... skipping multiples of 11', () => {
    expect(iso6346Value('0')).toBe(0);
    expect(iso6346Value('9')).toBe(9);
    expect(iso6346Value('A')).toBe(10);
    expect(iso6346Value('B')).toBe(12);
    expect(iso6346Value('K')).toBe(21);
    expect(iso6346Value('L')).toBe(23);
    expect(iso6346Value('U')).toBe(32);
    expect(iso6346Value('V')).toBe(34);
    expect(iso6346Value('Z')).toBe(38);
  });

  it('never gives a multiple of 11 to a letter', () => {
    for (const letter of 'ABCDEFGHIJKLMNOPQRSTUVWXYZ') expect((iso6346Value(letter) ?? 0) % 11).not.toBe(0);
  });

  it('knows no other character', () => {
    expect(iso6346Value('a')).toBeUndefined();
    expect(iso6346Value('-')).toBeUndefined();
    expect(iso6346Value('')).toBeUndefined();
  });
});

describe('iso6346CheckDigit', () => {
  it('computes the published example CSQU305438 -> 3', () => {
    expect(iso6346CheckDigit('CSQU305438')).toBe(3);
  });

  it('matches a direct (big-number) computation of sum(value * 2^i) mod 11 mod 10', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[0-9A-Z]{1,40}$/), (payload) => {
        let sum = 0n;
        Array.from(payload).forEach((c, i) => {
          sum += BigInt(iso6346Value(c) ?? 0) * 2n ** BigInt(i);
        });
        expect(iso6346CheckDigit(payload)).toBe(Number((sum % 11n) % 10n));
      }),
    );
  });

  it('gives undefined for empty or foreign input', () => {
    expect(iso6346CheckDigit('')).toBeUndefined();
    expect(iso6346CheckDigit('csqu305438')).toBeUndefined();
    expect(iso6346CheckDigit('CSQU-305438')).toBeUndefined();
  });
});
