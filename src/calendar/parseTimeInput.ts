import { TZDate, tzOffset } from '@date-fns/tz';
import { isValid } from 'date-fns';
import { issue } from '../core/issue';
import type { Issue, ModelPath, Result } from '../core/issue';
import { formatInZone, formatUtc } from './formatUtc';

/**
 * How to read a wall-clock time that does not exist (spring-forward gap) or exists twice (autumn fold):
 * - `compatible` (as Temporal): gap: shift forward by the gap's length; fold: the earlier instant;
 * - `earlier`: the earlier of the two candidate instants (gap: the time read with the offset in force after the
 *   jump, e.g. 02:30 on a spring-forward night in Brussels becomes 01:30+01:00);
 * - `later`: the later of the two candidate instants (gap: same as `compatible`, 02:30 becomes 03:30+02:00);
 * - `reject`: an error issue in both cases.
 *
 * When omitted: a time in a gap is REJECTED (it never occurs on a clock, so it is most likely a mistake), and
 * a time in a fold takes the EARLIER instant (the first occurrence, which gives the earlier, safer deadline)
 * with a warning issue saying so.
 *
 * @example
 * ```ts
 * const d: Disambiguation = 'compatible';
 * ```
 */
export type Disambiguation = 'compatible' | 'earlier' | 'later' | 'reject';

/**
 * A wall-clock time (`YYYY-MM-DDThh:mm[:ss[.fff]]`, no offset) in an IANA time zone.
 *
 * @example
 * ```ts
 * const t: LocalDateTime = { local: '2026-03-29T02:30', timeZone: 'Europe/Brussels', disambiguation: 'compatible' };
 * ```
 */
export interface LocalDateTime {
  local: string;
  timeZone: string;
  disambiguation?: Disambiguation;
}

/**
 * A point in time as the calendar functions accept it: a `Date`, an ISO 8601 string WITH `Z` or an offset
 * (`2026-05-04T10:00:00+02:00`), or a wall-clock time with an IANA zone ({@link LocalDateTime}).
 * A string without offset is refused: it names no instant.
 *
 * @example
 * ```ts
 * const a: TimeInput = '2026-05-04T08:00:00Z';
 * const b: TimeInput = { local: '2026-05-04T10:00', timeZone: 'Europe/Brussels' };
 * ```
 */
export type TimeInput = Date | string | LocalDateTime;

/**
 * How a wall-clock time was resolved to an instant.
 *
 * @example
 * ```ts
 * const r: TimeResolution = 'fold-earlier';
 * ```
 */
export type TimeResolution = 'exact' | 'gap-later' | 'gap-earlier' | 'fold-earlier' | 'fold-later';

/**
 * A parsed {@link TimeInput}.
 *
 * @example
 * ```ts
 * const p: ParsedTime = { instant: new Date('2026-05-04T08:00:00Z'), resolution: 'exact' };
 * ```
 */
export interface ParsedTime {
  instant: Date;
  /** The IANA zone, when the input was a wall-clock time. */
  timeZone?: string;
  resolution: TimeResolution;
}

const ISO_RE = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?(Z|[+-]\d{2}:?\d{2})?$/;
const DISAMBIGUATIONS: readonly Disambiguation[] = ['compatible', 'earlier', 'later', 'reject'];
const DAY_MS = 86_400_000;
/** Instants accepted: years 1000 to 9999 (ICS2 writes four-digit years; the margin keeps arithmetic in range). */
const MIN_INSTANT = Date.UTC(1000, 0, 2);
const MAX_INSTANT = Date.UTC(9999, 11, 30);

function outOfRange(ms: number): boolean {
  return ms < MIN_INSTANT || ms > MAX_INSTANT;
}

interface Fields {
  y: number;
  mo: number;
  d: number;
  h: number;
  mi: number;
  s: number;
  ms: number;
  offset: string | undefined;
}

function pointerOf(path: ModelPath): string {
  return path.length === 0 ? '' : '/' + path.join('/');
}

function splitIso(text: string): Fields | undefined {
  const m = ISO_RE.exec(text);
  if (!m) return undefined;
  const [, y, mo, d, h, mi, s, frac, offset] = m;
  const f: Fields = {
    y: Number(y),
    mo: Number(mo),
    d: Number(d),
    h: Number(h),
    mi: Number(mi),
    s: s === undefined ? 0 : Number(s),
    ms: frac === undefined ? 0 : Number(frac.padEnd(3, '0').slice(0, 3)),
    offset,
  };
  if (f.y < 1000 || f.mo < 1 || f.mo > 12 || f.d < 1 || f.h > 23 || f.mi > 59 || f.s > 59) return undefined;
  const probe = new Date(Date.UTC(f.y, f.mo - 1, f.d));
  if (probe.getUTCMonth() !== f.mo - 1 || probe.getUTCDate() !== f.d) return undefined;
  return f;
}

function offsetMinutes(offset: string): number | undefined {
  if (offset === 'Z') return 0;
  const sign = offset.startsWith('-') ? -1 : 1;
  const digits = offset.slice(1).replace(':', '');
  const h = Number(digits.slice(0, 2));
  const m = Number(digits.slice(2, 4));
  if (h > 18 || m > 59 || h * 60 + m > 18 * 60) return undefined;
  return sign * (h * 60 + m);
}

/**
 * Whether a string names a time zone this runtime knows, as an IANA name (`Europe/Brussels`, `UTC`).
 * Raw offsets (`+01:00`) are refused: give an ISO string with the offset instead.
 *
 * @example
 * ```ts
 * isTimeZone('Europe/Brussels'); // true
 * isTimeZone('Mars/Olympus_Mons'); // false
 * ```
 */
export function isTimeZone(zone: unknown): zone is string {
  if (typeof zone !== 'string' || zone.length === 0 || /^[+-]/.test(zone)) return false;
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: zone });
    return Number.isFinite(tzOffset(zone, new Date(0)));
  } catch {
    return false;
  }
}

function offsetText(minutes: number): string {
  const sign = minutes < 0 ? '-' : '+';
  const abs = Math.abs(minutes);
  return `${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
}

function wallClockMatches(instant: number, zone: string, f: Fields): boolean {
  const t = new TZDate(instant, zone);
  return (
    t.getFullYear() === f.y &&
    t.getMonth() === f.mo - 1 &&
    t.getDate() === f.d &&
    t.getHours() === f.h &&
    t.getMinutes() === f.mi &&
    t.getSeconds() === f.s
  );
}

function parseLocal(value: LocalDateTime, path: ModelPath): Result<ParsedTime> {
  const zone = value.timeZone;
  if (!isTimeZone(zone)) {
    return {
      ok: false,
      issues: [
        issue(
          'unknown_time_zone',
          [...path, 'timeZone'],
          pointerOf([...path, 'timeZone']),
          `Unknown time zone ${JSON.stringify(zone)}: give an IANA name such as 'Europe/Brussels'`,
        ),
      ],
    };
  }
  const mode = value.disambiguation;
  if (mode !== undefined && !DISAMBIGUATIONS.includes(mode)) {
    return {
      ok: false,
      issues: [
        issue(
          'invalid_value',
          [...path, 'disambiguation'],
          pointerOf([...path, 'disambiguation']),
          `disambiguation must be one of ${DISAMBIGUATIONS.join(', ')}`,
        ),
      ],
    };
  }
  const localPath = [...path, 'local'];
  const f = typeof value.local === 'string' ? splitIso(value.local) : undefined;
  if (f === undefined) {
    return {
      ok: false,
      issues: [
        issue(
          'invalid_date',
          localPath,
          pointerOf(localPath),
          `Not a valid wall-clock time ${JSON.stringify(value.local)}: expected YYYY-MM-DDThh:mm[:ss]`,
        ),
      ],
    };
  }
  if (f.offset !== undefined) {
    return {
      ok: false,
      issues: [
        issue(
          'unexpected_offset',
          localPath,
          pointerOf(localPath),
          `${value.local} carries an offset: give either an ISO string with an offset, or a wall-clock time with timeZone, not both`,
        ),
      ],
    };
  }
  const wall = Date.UTC(f.y, f.mo - 1, f.d, f.h, f.mi, f.s, f.ms);
  if (outOfRange(wall)) {
    return {
      ok: false,
      issues: [
        issue('out_of_range', localPath, pointerOf(localPath), 'Only years 1000 to 9999 are supported'),
      ],
    };
  }
  const before = tzOffset(zone, new Date(wall - DAY_MS));
  const after = tzOffset(zone, new Date(wall + DAY_MS));
  const offsets = before === after ? [before] : [before, after];
  const valid = offsets
    .map((o) => wall - o * 60_000)
    .filter((c) => wallClockMatches(c, zone, f))
    .sort((a, b) => a - b);
  const ok = (instant: number, resolution: TimeResolution, issues?: Issue[]): Result<ParsedTime> => {
    const value: ParsedTime = { instant: new Date(instant), timeZone: zone, resolution };
    return issues ? { ok: true, value, issues } : { ok: true, value };
  };
  if (valid.length === 1) return ok(valid[0] as number, 'exact');
  if (valid.length >= 2) {
    const earlier = valid[0] as number;
    const later = valid[valid.length - 1] as number;
    if (mode === 'reject') {
      return {
        ok: false,
        issues: [
          issue(
            'ambiguous_local_time',
            localPath,
            pointerOf(localPath),
            `${value.local} occurs twice in ${zone} (clocks go back from ${offsetText(before)} to ${offsetText(after)}): ${formatInZone(new Date(earlier), zone)} or ${formatInZone(new Date(later), zone)}`,
          ),
        ],
      };
    }
    if (mode === 'later') return ok(later, 'fold-later');
    if (mode === undefined) {
      return ok(earlier, 'fold-earlier', [
        issue(
          'ambiguous_local_time',
          localPath,
          pointerOf(localPath),
          `${value.local} occurs twice in ${zone}; the earlier instant ${formatInZone(new Date(earlier), zone)} (${formatUtc(new Date(earlier))}) was taken. Set disambiguation 'later' for ${formatInZone(new Date(later), zone)}`,
          { severity: 'warning' },
        ),
      ]);
    }
    return ok(earlier, 'fold-earlier');
  }
  // A gap: the wall-clock time never shows on a clock in this zone.
  const shifted = wall - before * 60_000; // read with the offset in force before the jump: later instant
  const early = wall - after * 60_000; // read with the offset in force after the jump: earlier instant
  if (mode === 'compatible' || mode === 'later') return ok(shifted, 'gap-later');
  if (mode === 'earlier') return ok(early, 'gap-earlier');
  return {
    ok: false,
    issues: [
      issue(
        'nonexistent_local_time',
        localPath,
        pointerOf(localPath),
        `${value.local} does not exist in ${zone}: the clocks jump from ${offsetText(before)} to ${offsetText(after)} that night. Set disambiguation 'compatible' (or 'later') to read it as ${formatInZone(new Date(shifted), zone)} (${formatUtc(new Date(shifted))}), or 'earlier' for ${formatInZone(new Date(early), zone)} (${formatUtc(new Date(early))})`,
      ),
    ],
  };
}

/**
 * Parse a {@link TimeInput} into an instant, never throwing: a `Date`, an ISO string with `Z` or offset,
 * or a wall-clock time with an IANA zone. DST gaps and folds follow {@link Disambiguation}. Problems come
 * back as issues whose pointer is built from `path` (e.g. `/arrival`).
 *
 * @example
 * ```ts
 * parseTimeInput({ local: '2026-10-25T02:30', timeZone: 'Europe/Brussels' }, ['arrival']);
 * // ok, instant 2026-10-25T00:30:00Z (first occurrence), with a warning issue 'ambiguous_local_time'
 * parseTimeInput('2026-05-04T10:00', ['arrival']); // { ok: false, issues: [{ code: 'missing_offset', pointer: '/arrival', ... }] }
 * ```
 */
export function parseTimeInput(value: unknown, path: ModelPath = []): Result<ParsedTime> {
  const pointer = pointerOf(path);
  if (value === undefined || value === null) {
    return { ok: false, issues: [issue('missing', path, pointer, 'A time is required here')] };
  }
  if (value instanceof Date) {
    if (!isValid(value)) return { ok: false, issues: [issue('invalid_date', path, pointer, 'Invalid Date')] };
    if (outOfRange(value.getTime())) {
      return {
        ok: false,
        issues: [issue('out_of_range', path, pointer, 'Only years 1000 to 9999 are supported')],
      };
    }
    return { ok: true, value: { instant: new Date(value.getTime()), resolution: 'exact' } };
  }
  if (typeof value === 'string') {
    const f = splitIso(value);
    if (f === undefined) {
      return {
        ok: false,
        issues: [
          issue(
            'invalid_date',
            path,
            pointer,
            `Not a valid ISO 8601 date-time ${JSON.stringify(value)}: expected YYYY-MM-DDThh:mm[:ss[.fff]] with Z or an offset`,
          ),
        ],
      };
    }
    if (f.offset === undefined) {
      return {
        ok: false,
        issues: [
          issue(
            'missing_offset',
            path,
            pointer,
            `${value} has no offset, so it names no instant: add Z or an offset (+02:00), or pass { local, timeZone }`,
          ),
        ],
      };
    }
    const minutes = offsetMinutes(f.offset);
    if (minutes === undefined) {
      return { ok: false, issues: [issue('invalid_date', path, pointer, `Offset ${f.offset} out of range`)] };
    }
    const instant = Date.UTC(f.y, f.mo - 1, f.d, f.h, f.mi, f.s, f.ms) - minutes * 60_000;
    if (outOfRange(instant)) {
      return {
        ok: false,
        issues: [issue('out_of_range', path, pointer, 'Only years 1000 to 9999 are supported')],
      };
    }
    return { ok: true, value: { instant: new Date(instant), resolution: 'exact' } };
  }
  if (typeof value === 'object' && 'local' in value && 'timeZone' in value) {
    return parseLocal(value as LocalDateTime, path);
  }
  return {
    ok: false,
    issues: [
      issue(
        'invalid_type',
        path,
        pointer,
        'Expected a Date, an ISO string with offset, or { local, timeZone }',
      ),
    ],
  };
}
