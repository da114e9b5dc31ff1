import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { formatInZone, formatUtc } from './formatUtc';

describe('formatUtc', () => {
  it('writes YYYY-MM-DDThh:mm:ssZ and drops fractions downwards', () => {
    expect(formatUtc(new Date('2026-05-04T09:00:00.999Z'))).toBe('2026-05-04T09:00:00Z');
    expect(formatUtc(new Date('2026-12-31T23:59:59Z'))).toBe('2026-12-31T23:59:59Z');
  });

  it('an invalid Date gives "Invalid Date" instead of throwing', () => {
    expect(formatUtc(new Date(Number.NaN))).toBe('Invalid Date');
  });

  it('property: never later than the instant, less than a second earlier, always the format', () => {
    fc.assert(
      fc.property(fc.integer({ min: Date.UTC(1000, 0, 1), max: Date.UTC(9999, 0, 1) }), (t) => {
        const s = formatUtc(new Date(t));
        const back = Date.parse(s);
        return /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/.test(s) && back <= t && t - back < 1000;
      }),
    );
  });
});

describe('formatInZone', () => {
  it('shows wall-clock time with the offset in force', () => {
    expect(formatInZone(new Date('2026-10-25T00:30:00Z'), 'Europe/Brussels')).toBe(
      '2026-10-25T02:30:00+02:00',
    );
    expect(formatInZone(new Date('2026-10-25T01:30:00Z'), 'Europe/Brussels')).toBe(
      '2026-10-25T02:30:00+01:00',
    );
    expect(formatInZone(new Date('2026-01-10T08:30:00Z'), 'Asia/Kolkata')).toBe('2026-01-10T14:00:00+05:30');
  });

  it('an unknown zone or invalid Date gives "Invalid Date"', () => {
    expect(formatInZone(new Date(), 'Nope/Zone')).toBe('Invalid Date');
    expect(formatInZone(new Date(Number.NaN), 'UTC')).toBe('Invalid Date');
  });
});
