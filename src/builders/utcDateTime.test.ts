import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isUtcDateTime } from '../core/format';
import { utcDateTime } from './utcDateTime';

describe('utcDateTime', () => {
  it('converts any offset to UTC and drops fractions', () => {
    expect(utcDateTime('2024-04-12T13:13:57.250+02:00')).toEqual({ ok: true, value: '2024-04-12T11:13:57Z' });
    expect(utcDateTime('2024-04-12T06:13:57-0500')).toEqual({ ok: true, value: '2024-04-12T11:13:57Z' });
    expect(utcDateTime('2024-04-12T11:13:57Z')).toEqual({ ok: true, value: '2024-04-12T11:13:57Z' });
    expect(utcDateTime('2024-01-01T00:30+01:00')).toEqual({ ok: true, value: '2023-12-31T23:30:00Z' });
    expect(utcDateTime(new Date(Date.UTC(2024, 3, 12, 11, 13, 57, 999)))).toEqual({
      ok: true,
      value: '2024-04-12T11:13:57Z',
    });
  });

  it('refuses strings without an offset, impossible dates and invalid Dates', () => {
    expect(utcDateTime('2024-04-12T11:13:57').ok).toBe(false);
    expect(utcDateTime('2024-02-30T11:13:57Z').ok).toBe(false);
    expect(utcDateTime('2024-04-12T11:13:57+25:00').ok).toBe(false);
    expect(utcDateTime('yesterday').ok).toBe(false);
    expect(utcDateTime(new Date('nope')).ok).toBe(false);
    expect(utcDateTime(42 as unknown as string).ok).toBe(false);
  });

  it('gives the same instant, in the message format, for any Date (property)', () => {
    fc.assert(
      fc.property(
        fc.date({
          min: new Date('1970-01-01T00:00:00Z'),
          max: new Date('2099-12-31T23:59:59Z'),
          noInvalidDate: true,
        }),
        (d) => {
          const r = utcDateTime(d);
          expect(r.ok).toBe(true);
          if (!r.ok) return;
          expect(isUtcDateTime(r.value)).toBe(true);
          expect(Date.parse(r.value)).toBe(d.getTime() - d.getUTCMilliseconds());
        },
      ),
    );
  });

  it('reads an ISO string with any offset as the same instant (property)', () => {
    fc.assert(
      fc.property(
        fc.date({
          min: new Date('1971-01-01T00:00:00Z'),
          max: new Date('2098-12-31T23:59:59Z'),
          noInvalidDate: true,
        }),
        fc.integer({ min: -12 * 60, max: 14 * 60 }),
        (d, offset) => {
          const local = new Date(d.getTime() + offset * 60_000).toISOString().slice(0, 19);
          const sign = offset < 0 ? '-' : '+';
          const abs = Math.abs(offset);
          const text = `${local}${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
          const r = utcDateTime(text);
          expect(r.ok && Date.parse(r.value)).toBe(Math.floor(d.getTime() / 1000) * 1000);
        },
      ),
    );
  });
});
