import { countryName } from './countries';
import { mrnCheckCharacter } from './mrnCheckCharacter';
import { fail, pass, preflight, show } from './result';
import type { CheckResult } from './result';

/**
 * Check a Master Reference Number (MRN, an18, R3004).
 *
 * R3004 (HTI Rules & Conditions v2.01) lays an ICS2 MRN out as: year (2 digits), country (2 letters), an
 * identifier unique per year and country (11 characters), the trader-interface identifier (1 letter), the
 * procedure identifier (1 letter) and a check character, computed by {@link mrnCheckCharacter} (a digit).
 *
 * `options.layout`:
 * - `'ics2'` (default): the R3004 layout above;
 * - `'any'`: any EU customs MRN (2 digits, 2 letters, 13 characters `0`-`9`/`A`-`Z`, check digit), for MRNs of
 *   other systems (NCTS, AES) that a filing may quote.
 *
 * The country must be an ISO 3166-1 alpha-2 code or `XI`.
 *
 * Reasons: `not_a_string`, `empty`, `whitespace`, `lowercase`, `length`, `year`, `country`, `format` (a
 * character other than `0`-`9`/`A`-`Z` in positions 5-18), `trader_interface` (16th character not a letter),
 * `procedure` (17th character not a letter), `check_digit` (18th character not a digit, or not the computed one).
 *
 * @example
 * ```ts
 * checkMrn('24GBQ4OPL9LU18CNZ7'); // { ok: true }
 * checkMrn('24GBQ4OPL9LU18CNZ8'); // { ok: false, reason: 'check_digit', message: '... expected check character 7 ...' }
 * ```
 */
export function checkMrn(value: string, options: { layout?: 'ics2' | 'any' } = {}): CheckResult {
  const what = 'MRN (an18, R3004)';
  const pre = preflight(value, what, { uppercase: true });
  if (pre) return pre;
  const length = Array.from(value).length;
  if (length !== 18) {
    return fail('length', `${what}: expected 18 characters, got ${length}: ${show(value)}`);
  }
  if (!/^[0-9]{2}/u.test(value)) {
    return fail('year', `${what}: characters 1-2 are the year (2 digits), got ${show(value.slice(0, 2))}`);
  }
  const country = value.slice(2, 4);
  if (!/^[A-Z]{2}$/u.test(country)) {
    return fail('country', `${what}: characters 3-4 are a country code (2 letters), got ${show(country)}`);
  }
  if (countryName(country) === undefined) {
    return fail('country', `${what}: characters 3-4, ${country}, are not an ISO 3166-1 alpha-2 code nor XI`);
  }
  if (!/^[0-9A-Z]{14}$/u.test(value.slice(4))) {
    return fail(
      'format',
      `${what}: characters 5-18 must be digits or letters A-Z, got ${show(value.slice(4))}`,
    );
  }
  if (options.layout !== 'any') {
    if (!/^[A-Z]$/u.test(value.charAt(15))) {
      return fail(
        'trader_interface',
        `${what}: character 16 is the trader-interface identifier (a letter), got ${value.charAt(15)}`,
      );
    }
    if (!/^[A-Z]$/u.test(value.charAt(16))) {
      return fail(
        'procedure',
        `${what}: character 17 is the procedure identifier (a letter), got ${value.charAt(16)}`,
      );
    }
  }
  const expected = mrnCheckCharacter(value.slice(0, 17));
  const got = value.charAt(17);
  if (expected !== got) {
    return fail(
      'check_digit',
      `${what}: expected check character ${expected}, got ${got} (${value.slice(0, 17)}${expected} would be valid)`,
    );
  }
  return pass();
}
