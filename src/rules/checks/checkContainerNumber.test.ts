import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkContainerNumber } from './checkContainerNumber';
import { containerCheckDigit } from './containerCheckDigit';

const payload = fc.tuple(
  fc.stringMatching(/^[A-Z]{3}$/),
  fc.constantFrom('U', 'J', 'Z'),
  fc.stringMatching(/^[0-9]{6}$/),
);

describe('checkContainerNumber (R3021)', () => {
  it('accepts valid numbers', () => {
    expect(checkContainerNumber('CSQU3054383')).toEqual({ ok: true }); // ISO 6346 published example
    expect(checkContainerNumber('MSCU1234566')).toEqual({ ok: true }); // check digit computed
    expect(checkContainerNumber('ABCU1234560')).toEqual({ ok: true }); // remainder 10 -> 0
  });

  it('names the expected check digit', () => {
    const r = checkContainerNumber('CSQU3054384');
    expect(r).toMatchObject({ ok: false, reason: 'check_digit' });
    expect(!r.ok && r.message).toContain('expected check digit 3, got 4');
    expect(!r.ok && r.message).toContain('CSQU3054383');
  });

  it('refuses lowercase with the uppercase form as a hint', () => {
    expect(checkContainerNumber('csqu3054383')).toMatchObject({
      ok: false,
      reason: 'lowercase',
      message: expect.stringContaining('CSQU3054383'),
    });
  });

  it('refuses spaces, wrong length and wrong layout', () => {
    expect(checkContainerNumber('CSQU 305438 3')).toMatchObject({ reason: 'whitespace' });
    expect(checkContainerNumber('CSQU305438')).toMatchObject({ reason: 'length' });
    expect(checkContainerNumber('CSQU30543833')).toMatchObject({ reason: 'length' });
    expect(checkContainerNumber('CSQ03054383')).toMatchObject({ reason: 'format' });
    expect(checkContainerNumber('CSQU30543A3')).toMatchObject({ reason: 'format' });
    expect(checkContainerNumber('CSQU-054383')).toMatchObject({ reason: 'format' });
    expect(checkContainerNumber('')).toMatchObject({ reason: 'empty' });
  });

  it('refuses a category letter other than U, J, Z unless allowed', () => {
    const digit = containerCheckDigit('CSQA305438');
    const value = `CSQA305438${digit}`;
    expect(checkContainerNumber(value)).toMatchObject({
      reason: 'category',
      message: expect.stringContaining('U, J, Z'),
    });
    expect(checkContainerNumber(value, { categories: ['U', 'A'] })).toEqual({ ok: true });
  });

  it('accepts every number whose check digit was computed', () => {
    fc.assert(
      fc.property(payload, ([owner, category, serial]) => {
        const first10 = `${owner}${category}${serial}`;
        expect(checkContainerNumber(`${first10}${containerCheckDigit(first10)}`)).toEqual({ ok: true });
      }),
    );
  });

  it('catches any change of one serial digit when the check digit is not 0', () => {
    // ISO 6346 maps remainders 0 and 10 both to 0, so a change between those two goes unseen: the known gap.
    fc.assert(
      fc.property(
        payload,
        fc.integer({ min: 0, max: 5 }),
        fc.integer({ min: 1, max: 9 }),
        (parts, pos, delta) => {
          const first10 = parts.join('');
          const check = containerCheckDigit(first10);
          fc.pre(check !== '0');
          const i = 4 + pos;
          const changed = (Number(first10.charAt(i)) + delta) % 10;
          const altered = `${first10.slice(0, i)}${changed}${first10.slice(i + 1)}${check}`;
          expect(checkContainerNumber(altered)).toMatchObject({ ok: false, reason: 'check_digit' });
        },
      ),
    );
  });

  it('catches any change of the check digit itself', () => {
    fc.assert(
      fc.property(payload, fc.integer({ min: 1, max: 9 }), (parts, delta) => {
        const first10 = parts.join('');
        const wrong = (Number(containerCheckDigit(first10)) + delta) % 10;
        expect(checkContainerNumber(`${first10}${wrong}`)).toMatchObject({
          ok: false,
          reason: 'check_digit',
        });
      }),
    );
  });
});
