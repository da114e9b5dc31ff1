import { TZDate } from '@date-fns/tz';
import { format } from 'date-fns';

/**
 * Format an instant as ICS2 wants it: UTC, `YYYY-MM-DDThh:mm:ssZ`, no fractions. Fractions of a second are
 * dropped (rounded down), so a deadline never moves later. An invalid `Date` gives `'Invalid Date'` (no throw).
 *
 * @example
 * ```ts
 * formatUtc(new Date('2026-05-04T09:00:00.750Z')); // '2026-05-04T09:00:00Z'
 * ```
 */
export function formatUtc(instant: Date): string {
  if (Number.isNaN(instant.getTime())) return 'Invalid Date';
  const whole = Math.floor(instant.getTime() / 1000) * 1000;
  return new Date(whole).toISOString().slice(0, 19) + 'Z';
}

/**
 * Format an instant as wall-clock time with its UTC offset in an IANA time zone, e.g. to show a deadline
 * in the zone the arrival was given in. Fractions of a second are dropped. An invalid `Date` or unknown zone
 * gives `'Invalid Date'` (no throw).
 *
 * @example
 * ```ts
 * formatInZone(new Date('2026-10-25T00:30:00Z'), 'Europe/Brussels'); // '2026-10-25T02:30:00+02:00'
 * ```
 */
export function formatInZone(instant: Date, timeZone: string): string {
  const whole = Math.floor(instant.getTime() / 1000) * 1000;
  const zoned = new TZDate(whole, timeZone);
  if (Number.isNaN(zoned.getTime())) return 'Invalid Date';
  return format(zoned, "yyyy-MM-dd'T'HH:mm:ssXXX");
}
