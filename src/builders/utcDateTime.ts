import { preview } from '../core/format';
import { issue, type Result } from '../core/issue';

const ISO = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d+))?)?(Z|[+-]\d{2}(?::?\d{2})?)$/i;

const pad = (n: number, w = 2): string => String(n).padStart(w, '0');

const format = (ms: number): string => {
  const d = new Date(ms);
  return `${pad(d.getUTCFullYear(), 4)}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}T${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}Z`;
};

/**
 * A date-time given as a `Date` or an ISO 8601 string with an offset (`Z`, `+02:00`, `-0500`), as the
 * UTC `YYYY-MM-DDThh:mm:ssZ` the messages carry. Fractions of a second are dropped (truncated). A
 * string without an offset is refused: it does not say which instant it means.
 *
 * @example
 * ```ts
 * utcDateTime('2024-04-12T13:13:57.250+02:00'); // { ok: true, value: '2024-04-12T11:13:57Z' }
 * utcDateTime(new Date(Date.UTC(2024, 3, 12, 11, 13, 57))); // { ok: true, value: '2024-04-12T11:13:57Z' }
 * utcDateTime('2024-04-12T11:13:57').ok; // false (no offset)
 * ```
 */
export function utcDateTime(value: Date | string): Result<string> {
  const fail = (message: string): Result<string> => ({
    ok: false,
    issues: [issue('invalid_date', [], '/', message, { ref: 'an20 (YYYY-MM-DDThh:mm:ssZ)' })],
  });
  if (value instanceof Date) {
    const ms = value.getTime();
    if (Number.isNaN(ms)) return fail('Invalid Date');
    const year = value.getUTCFullYear();
    if (year < 1 || year > 9999) return fail(`Year ${year} is outside 0001-9999`);
    return { ok: true, value: format(ms - value.getUTCMilliseconds()) };
  }
  if (typeof value !== 'string')
    return fail('Expected a Date or an ISO 8601 date-time string with an offset');
  const m = ISO.exec(value.trim());
  if (!m) {
    return fail(
      `Expected an ISO 8601 date-time with an offset such as 2024-04-12T13:13:57+02:00 or ...Z, got ${preview(value)}`,
    );
  }
  const [y, mo, d, h, mi, s] = [m[1], m[2], m[3], m[4], m[5], m[6] ?? '0'].map(Number) as [
    number,
    number,
    number,
    number,
    number,
    number,
  ];
  const local = Date.UTC(y, mo - 1, d, h, mi, s);
  const check = new Date(local);
  if (
    check.getUTCFullYear() !== y ||
    check.getUTCMonth() !== mo - 1 ||
    check.getUTCDate() !== d ||
    check.getUTCHours() !== h ||
    check.getUTCMinutes() !== mi ||
    check.getUTCSeconds() !== s
  ) {
    return fail(`${preview(value)} is not a real calendar date and time`);
  }
  const zone = m[8]!.toUpperCase();
  let offsetMinutes = 0;
  if (zone !== 'Z') {
    const zm = /^([+-])(\d{2}):?(\d{2})?$/.exec(zone)!;
    const oh = Number(zm[2]);
    const om = Number(zm[3] ?? '0');
    if (oh > 23 || om > 59) return fail(`${preview(value)} has an invalid offset ${zone}`);
    offsetMinutes = (zm[1] === '-' ? -1 : 1) * (oh * 60 + om);
  }
  const utc = local - offsetMinutes * 60_000;
  const year = new Date(utc).getUTCFullYear();
  if (year < 1 || year > 9999) return fail(`${preview(value)} falls outside the years 0001-9999 in UTC`);
  return { ok: true, value: format(utc) };
}
