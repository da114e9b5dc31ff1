import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkMrn } from './checkMrn';
import { mrnCheckCharacter } from './mrnCheckCharacter';

const ics2First17 = fc
  .tuple(
    fc.stringMatching(/^[0-9]{2}$/),
    fc.constantFrom('BE', 'DE', 'FR', 'IE', 'IT', 'NL', 'XI'),
    fc.stringMatching(/^[0-9A-Z]{11}$/),
    fc.stringMatching(/^[A-Z]{2}$/),
  )
  .map((parts) => parts.join(''));

describe('checkMrn (R3004)', () => {
  it('accepts an MRN in the ICS2 layout with the right check character', () => {
    expect(checkMrn('24GBQ4OPL9LU18CNZ7')).toEqual({ ok: true });
  });

  it('names the expected check character', () => {
    const r = checkMrn('24GBQ4OPL9LU18CNZ8');
    expect(r).toMatchObject({ ok: false, reason: 'check_digit' });
    expect(!r.ok && r.message).toContain('expected check character 7, got 8');
  });

  it('refuses MRNs of other layouts unless layout "any" is asked for', () => {
    // Valid NCTS MRNs: the 16th character is a digit, not a trader-interface letter.
    expect(checkMrn('51GBLFUWH7WOI085M4')).toMatchObject({ reason: 'trader_interface' });
    expect(checkMrn('51GBLFUWH7WOI085M4', { layout: 'any' })).toEqual({ ok: true });
    expect(checkMrn('10NL5663962BE1E825', { layout: 'any' })).toEqual({ ok: true });
    expect(checkMrn('24GBQ4OPL9LU18CN57')).toMatchObject({ reason: 'procedure' });
  });

  it('points at the faulty part', () => {
    expect(checkMrn('')).toMatchObject({ reason: 'empty' });
    expect(checkMrn('24gbq4opl9lu18cnz7')).toMatchObject({
      reason: 'lowercase',
      message: expect.stringContaining('24GBQ4OPL9LU18CNZ7'),
    });
    expect(checkMrn('24GBQ4OPL9LU18CNZ')).toMatchObject({
      reason: 'length',
      message: expect.stringContaining('got 17'),
    });
    expect(checkMrn('2AGBQ4OPL9LU18CNZ7')).toMatchObject({ reason: 'year' });
    expect(checkMrn('2412Q4OPL9LU18CNZ7')).toMatchObject({ reason: 'country' });
    expect(checkMrn('24ZZQ4OPL9LU18CNZ7')).toMatchObject({
      reason: 'country',
      message: expect.stringContaining('ZZ'),
    });
    expect(checkMrn('24GBQ4OPL9LU18CN-7')).toMatchObject({ reason: 'format' });
    expect(checkMrn('24GBQ4OPL9LU18CNZA')).toMatchObject({ reason: 'check_digit' });
    expect(checkMrn('24GBQ4OPL9LU18CNZ😀')).toMatchObject({ reason: 'format' });
  });

  it('accepts every ICS2-layout MRN whose check character was computed', () => {
    fc.assert(
      fc.property(ics2First17, (first17) => {
        expect(checkMrn(`${first17}${mrnCheckCharacter(first17)}`)).toEqual({ ok: true });
      }),
    );
  });

  it('catches a change of one year digit when the check character is not 0', () => {
    // As in ISO 6346, remainders 0 and 10 both give 0: a change between those two goes unseen.
    fc.assert(
      fc.property(
        ics2First17,
        fc.integer({ min: 0, max: 1 }),
        fc.integer({ min: 1, max: 9 }),
        (first17, i, delta) => {
          const check = mrnCheckCharacter(first17);
          fc.pre(check !== '0');
          const changed = (Number(first17.charAt(i)) + delta) % 10;
          const altered = `${first17.slice(0, i)}${changed}${first17.slice(i + 1)}${check}`;
          expect(checkMrn(altered)).toMatchObject({ ok: false, reason: 'check_digit' });
        },
      ),
    );
  });
});
