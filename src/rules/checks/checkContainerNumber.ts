import { containerCheckDigit } from './containerCheckDigit';
import { fail, pass, preflight, show } from './result';
import type { CheckResult } from './result';

/**
 * ISO 6346 equipment category identifiers: U freight container, J detachable freight-container-related
 * equipment, Z trailer or chassis.
 *
 * @example
 * ```ts
 * ISO6346_CATEGORIES.includes('U'); // true
 * ```
 */
export const ISO6346_CATEGORIES = ['U', 'J', 'Z'] as const;

/**
 * Check a container identification number (`containerIdentificationNumber`, R3021).
 *
 * R3021 (HTI Rules & Conditions v2.01) asks for the ISO 6346 layout, four letters and seven digits
 * (`ZZZZ9999999`); the element itself is an..17. ISO 6346 reads the four letters as a 3-letter owner code plus
 * an equipment category letter (U, J or Z) and the seven digits as a 6-digit serial number plus a check digit
 * computed by {@link containerCheckDigit}.
 *
 * Reasons: `not_a_string`, `empty`, `whitespace`, `lowercase`, `length` (not 11 characters), `format` (not 4
 * letters + 7 digits), `category` (4th letter not in `options.categories`), `check_digit`.
 *
 * `options.categories` defaults to U, J, Z. Units coded under EN 13044 (European intermodal loading units,
 * swap bodies) use other 4th letters; pass them there if your filings carry such codes.
 *
 * @example
 * ```ts
 * checkContainerNumber('CSQU3054383'); // { ok: true }
 * checkContainerNumber('CSQU3054384'); // { ok: false, reason: 'check_digit', message: '... expected check digit 3 ...' }
 * ```
 */
export function checkContainerNumber(
  value: string,
  options: { categories?: readonly string[] } = {},
): CheckResult {
  const what = 'Container number (ISO 6346, R3021)';
  const pre = preflight(value, what, { uppercase: true });
  if (pre) return pre;
  const length = Array.from(value).length;
  if (length !== 11) {
    return fail(
      'length',
      `${what}: expected 11 characters (4 letters + 7 digits), got ${length}: ${show(value)}`,
    );
  }
  if (!/^[A-Z]{4}[0-9]{7}$/u.test(value)) {
    return fail('format', `${what}: expected 4 letters A-Z then 7 digits (ZZZZ9999999), got ${show(value)}`);
  }
  const categories = options.categories ?? ISO6346_CATEGORIES;
  const category = value.charAt(3);
  if (!categories.includes(category)) {
    return fail(
      'category',
      `${what}: the 4th letter is the equipment category, expected one of ${categories.join(', ')}, got ${category}`,
    );
  }
  const expected = containerCheckDigit(value.slice(0, 10));
  const got = value.charAt(10);
  if (expected !== got) {
    return fail(
      'check_digit',
      `${what}: expected check digit ${expected}, got ${got} (${value.slice(0, 10)}${expected} would be valid)`,
    );
  }
  return pass();
}
