import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { isTimeZone, parseTimeInput } from './parseTimeInput';
import type { LocalDateTime } from './parseTimeInput';
import { formatInZone } from './formatUtc';

function instant(value: unknown): string {
  const r = parseTimeInput(value, ['t']);
  if (!r.ok) throw new Error(JSON.stringify(r.issues));
  return r.value.instant.toISOString();
}

describe('parseTimeInput', () => {
  it('reads Dates, ISO strings with Z or offsets (with or without colon), and fractions', () => {
    expect(instant(new Date('2026-06-10T12:00:00Z'))).toBe('2026-06-10T12:00:00.000Z');
    expect(instant('2026-06-10T12:00Z')).toBe('2026-06-10T12:00:00.000Z');
    expect(instant('2026-06-10T14:00:00+02:00')).toBe('2026-06-10T12:00:00.000Z');
    expect(instant('2026-06-10T07:00:00-0500')).toBe('2026-06-10T12:00:00.000Z');
    expect(instant('2026-06-10T12:00:00.1234Z')).toBe('2026-06-10T12:00:00.123Z');
  });

  it('returns a copy of a Date, not the caller object', () => {
    const d = new Date('2026-06-10T12:00:00Z');
    const r = parseTimeInput(d);
    expect(r.ok && r.value.instant).not.toBe(d);
  });

  it('reads wall-clock times in a zone', () => {
    const r = parseTimeInput({ local: '2026-06-10T14:00', timeZone: 'Europe/Brussels' });
    expect(r.ok && r.value).toMatchObject({ timeZone: 'Europe/Brussels', resolution: 'exact' });
    expect(instant({ local: '2026-01-10T14:00:30', timeZone: 'Asia/Kolkata' })).toBe(
      '2026-01-10T08:30:30.000Z',
    );
    expect(instant({ local: '2026-01-10T14:00', timeZone: 'UTC' })).toBe('2026-01-10T14:00:00.000Z');
  });

  it('refuses strings that name no instant, impossible dates, bad offsets, bad types', () => {
    const cases: [unknown, string][] = [
      ['2026-06-10T12:00', 'missing_offset'],
      ['2026-06-31T12:00:00Z', 'invalid_date'],
      ['2026-13-01T12:00:00Z', 'invalid_date'],
      ['2026-06-10T24:00:00Z', 'invalid_date'],
      ['2026-06-10 12:00:00Z', 'invalid_date'],
      ['2026-06-10T12:00:00+19:00', 'invalid_date'],
      ['0099-06-10T12:00:00Z', 'invalid_date'],
      [new Date(Date.UTC(20000, 0, 1)), 'out_of_range'],
      ['9999-12-31T23:00:00Z', 'out_of_range'],
      [42, 'invalid_type'],
      [{ local: '2026-06-10T12:00' }, 'invalid_type'],
      [undefined, 'missing'],
      [null, 'missing'],
    ];
    for (const [value, code] of cases) {
      const r = parseTimeInput(value, ['arrival']);
      expect(r.ok, String(value)).toBe(false);
      expect(r.issues?.[0]?.code, String(value)).toBe(code);
      expect(r.issues?.[0]?.pointer).toBe('/arrival');
    }
  });

  it('refuses bad wall-clock input with the pointer on the field at fault', () => {
    const cases: [LocalDateTime, string, string][] = [
      [{ local: '2026-06-10T12:00', timeZone: 'Mars/Base' }, 'unknown_time_zone', '/t/timeZone'],
      [{ local: '2026-06-10T12:00', timeZone: '+02:00' }, 'unknown_time_zone', '/t/timeZone'],
      [{ local: '2026-06-10T12:00+02:00', timeZone: 'Europe/Paris' }, 'unexpected_offset', '/t/local'],
      [{ local: 'noon', timeZone: 'Europe/Paris' }, 'invalid_date', '/t/local'],
      [{ local: '0999-06-10T12:00', timeZone: 'Europe/Paris' }, 'invalid_date', '/t/local'],
      [{ local: '9999-12-31T12:00', timeZone: 'Europe/Paris' }, 'out_of_range', '/t/local'],
      [
        { local: '2026-06-10T12:00', timeZone: 'Europe/Paris', disambiguation: 'nearest' as 'later' },
        'invalid_value',
        '/t/disambiguation',
      ],
    ];
    for (const [value, code, pointer] of cases) {
      const r = parseTimeInput(value, ['t']);
      expect(r.issues?.[0]).toMatchObject({ code, pointer });
    }
  });

  it('a root path gives an empty pointer', () => {
    expect(parseTimeInput('x').issues?.[0]?.pointer).toBe('');
  });

  it('spring-forward gap: rejected by default, compatible/later shift forward, earlier goes back', () => {
    const local = '2026-03-29T02:30';
    const zone = 'Europe/Brussels';
    expect(parseTimeInput({ local, timeZone: zone }).issues?.[0]?.code).toBe('nonexistent_local_time');
    expect(parseTimeInput({ local, timeZone: zone, disambiguation: 'reject' }).issues?.[0]?.code).toBe(
      'nonexistent_local_time',
    );
    expect(instant({ local, timeZone: zone, disambiguation: 'compatible' })).toBe('2026-03-29T01:30:00.000Z');
    expect(instant({ local, timeZone: zone, disambiguation: 'later' })).toBe('2026-03-29T01:30:00.000Z');
    expect(instant({ local, timeZone: zone, disambiguation: 'earlier' })).toBe('2026-03-29T00:30:00.000Z');
    const r = parseTimeInput({ local, timeZone: zone, disambiguation: 'compatible' });
    expect(r.ok && r.value.resolution).toBe('gap-later');
  });

  it('autumn fold: earlier by default (with a warning), compatible/earlier silent, later, reject', () => {
    const local = '2026-10-25T02:30';
    const zone = 'Europe/Brussels';
    const d = parseTimeInput({ local, timeZone: zone });
    expect(d.ok && d.value.instant.toISOString()).toBe('2026-10-25T00:30:00.000Z');
    expect(d.issues?.[0]).toMatchObject({ code: 'ambiguous_local_time', severity: 'warning' });
    const c = parseTimeInput({ local, timeZone: zone, disambiguation: 'compatible' });
    expect(c.ok && c.value.resolution).toBe('fold-earlier');
    expect(c.issues).toBeUndefined();
    expect(instant({ local, timeZone: zone, disambiguation: 'earlier' })).toBe('2026-10-25T00:30:00.000Z');
    expect(instant({ local, timeZone: zone, disambiguation: 'later' })).toBe('2026-10-25T01:30:00.000Z');
    const rej = parseTimeInput({ local, timeZone: zone, disambiguation: 'reject' });
    expect(rej.issues?.[0]).toMatchObject({ code: 'ambiguous_local_time', severity: 'error' });
  });

  it('isTimeZone accepts IANA names only', () => {
    expect(isTimeZone('Europe/Brussels')).toBe(true);
    expect(isTimeZone('UTC')).toBe(true);
    expect(isTimeZone('Nowhere/Nope')).toBe(false);
    expect(isTimeZone('-05:00')).toBe(false);
    expect(isTimeZone('')).toBe(false);
    expect(isTimeZone(3)).toBe(false);
  });

  it('property: formatting an instant in a zone and reading it back brackets the instant', () => {
    const zones = [
      'Europe/Brussels',
      'America/New_York',
      'Australia/Lord_Howe',
      'Asia/Kathmandu',
      'Pacific/Apia',
      'UTC',
    ];
    fc.assert(
      fc.property(
        fc
          .integer({ min: Date.UTC(1990, 0, 1), max: Date.UTC(2060, 0, 1) })
          .map((t) => Math.floor(t / 1000) * 1000),
        fc.constantFrom(...zones),
        (t, zone) => {
          const local = formatInZone(new Date(t), zone).slice(0, 19);
          const e = parseTimeInput({ local, timeZone: zone, disambiguation: 'earlier' });
          const l = parseTimeInput({ local, timeZone: zone, disambiguation: 'later' });
          if (!e.ok || !l.ok) return false;
          const [a, b] = [e.value.instant.getTime(), l.value.instant.getTime()];
          return a <= t && t <= b && (a === t || b === t);
        },
      ),
    );
  });
});
