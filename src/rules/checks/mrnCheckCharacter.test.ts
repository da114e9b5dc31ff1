import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { mrnCheckCharacter } from './mrnCheckCharacter';

describe('mrnCheckCharacter', () => {
  it('reproduces the check characters of MRNs published in HMRC tests and a Dutch checker page', () => {
    // hmrc/manage-transit-movements-arrival-frontend test/models/MovementReferenceNumberSpec.scala
    expect(mrnCheckCharacter('24GBQ4OPL9LU18CNZ')).toBe('7');
    expect(mrnCheckCharacter('51GBLFUWH7WOI085M')).toBe('4');
    // tribalgod.nl MRN check-character page example 10NL5663962BE1E825
    expect(mrnCheckCharacter('10NL5663962BE1E82')).toBe('5');
  });

  it('refuses anything that is not 17 characters 0-9/A-Z', () => {
    expect(mrnCheckCharacter('24GBQ4OPL9LU18CN')).toBeNull();
    expect(mrnCheckCharacter('24GBQ4OPL9LU18CNZ7')).toBeNull();
    expect(mrnCheckCharacter('24gbq4opl9lu18cnz')).toBeNull();
    expect(mrnCheckCharacter('24GB-4OPL9LU18CNZ')).toBeNull();
    expect(mrnCheckCharacter(42 as unknown as string)).toBeNull();
  });

  it('always gives one digit for 17 allowed characters', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[0-9A-Z]{17}$/), (first17) => {
        expect(mrnCheckCharacter(first17)).toMatch(/^[0-9]$/);
      }),
    );
  });
});
