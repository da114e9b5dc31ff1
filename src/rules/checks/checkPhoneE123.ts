import { fail, pass, preflight, show } from './result';
import type { CheckResult } from './result';

/**
 * The R3006 pattern for a telephone number in ITU-T E.123 international notation: `+`, then 7 to 15 digits,
 * single spaces allowed between digits.
 *
 * Source: HTI Rules & Conditions v2.01, R3006. In the source document the pattern is followed by a typographic
 * closing quote (`”`), a leftover of the quotation marks around it: a character after the `$` anchor could
 * never match anything, so it is not part of the pattern (`spec/hti-rules-conditions-2.01.json` already
 * omits it).
 *
 * @example
 * ```ts
 * E123_PATTERN.test('+32 2 299 11 11'); // true
 * ```
 */
export const E123_PATTERN = /^\+(?:[0-9] ?){6,14}[0-9]$/u;

/**
 * Check a telephone number (`communication/identifier` when the communication type is `TE`, R3006) against
 * {@link E123_PATTERN}: international form, `+` and the country code, 7 to 15 digits in all, digits grouped by
 * single spaces as E.123 writes them (`+32 2 299 11 11`). Hyphens, brackets, dots and slashes are not allowed
 * by the pattern; neither is the `00` international prefix.
 *
 * Reasons: `not_a_string`, `empty`, `whitespace` (leading or trailing spaces, tabs, line breaks),
 * `missing_plus`, `invalid_character`, `too_few_digits`, `too_many_digits`, `spacing` (a space after `+` or two
 * spaces in a row).
 *
 * @example
 * ```ts
 * checkPhoneE123('+49 40 1234567'); // { ok: true }
 * checkPhoneE123('0049 40 1234567'); // { ok: false, reason: 'missing_plus', message: '... +49 40 1234567 ...' }
 * checkPhoneE123('+49 (40) 123-4567'); // { ok: false, reason: 'invalid_character', ... }
 * ```
 */
export function checkPhoneE123(value: string): CheckResult {
  const what = 'Telephone number (E.123, R3006)';
  const pre = preflight(value, what, { whitespace: true });
  if (pre) return pre;
  if (E123_PATTERN.test(value)) return pass();
  if (value.trim() !== value || /[^\S ]/u.test(value)) {
    return fail(
      'whitespace',
      `${what}: no leading or trailing spaces, tabs or line breaks: ${show(value.trim())}`,
    );
  }
  const bad = Array.from(value).find((c) => !/[0-9+ ]/u.test(c));
  if (bad !== undefined) {
    return fail(
      'invalid_character',
      `${what}: only +, digits and single spaces are allowed, got ${show(bad)} in ${show(value)}`,
    );
  }
  if (!value.startsWith('+')) {
    const hint = value.startsWith('00') ? `: ${show(`+${value.slice(2)}`)}` : ' and the country code';
    return fail('missing_plus', `${what}: write the number in international form, starting with +${hint}`);
  }
  if (value.indexOf('+', 1) !== -1) {
    return fail('invalid_character', `${what}: + may appear only once, at the start, got ${show(value)}`);
  }
  const digits = value.replace(/[^0-9]/gu, '').length;
  if (digits < 7)
    return fail('too_few_digits', `${what}: expected 7 to 15 digits, got ${digits}: ${show(value)}`);
  if (digits > 15)
    return fail('too_many_digits', `${what}: expected 7 to 15 digits, got ${digits}: ${show(value)}`);
  // What is left: +, digits and spaces, 7-15 digits, no blank at either end. The pattern then fails only
  // on a space right after + or two spaces in a row.
  return fail(
    'spacing',
    `${what}: no space right after + and single spaces only: ${show(value.replace(/^\+ +/u, '+').replace(/ {2,}/gu, ' '))}`,
  );
}
