import { imoCheckDigit } from './imoCheckDigit';
import { fail, pass, preflight, show } from './result';
import type { CheckResult } from './result';

/**
 * Check an IMO ship identification number (active border transport means identification when its type of
 * identification is `10`, R3009).
 *
 * R3009 (HTI Rules & Conditions v2.01) gives the value as `IMO` followed by six digits and one check digit
 * ({@link imoCheckDigit}), for example `IMO9074729`. The `IMO` prefix is therefore part of the ICS2 value and
 * is required by default. `options.prefix: 'optional'` also accepts the bare 7 digits (for data you will
 * prefix yourself before filing); `'forbidden'` accepts only the bare 7 digits.
 *
 * Reasons: `not_a_string`, `empty`, `whitespace` (also `IMO 9074729`), `lowercase`, `prefix` (missing or
 * unwanted `IMO`), `format` (not 7 digits after the prefix), `check_digit`.
 *
 * @example
 * ```ts
 * checkImoNumber('IMO9074729'); // { ok: true }
 * checkImoNumber('9074729'); // { ok: false, reason: 'prefix', message: '... IMO9074729 ...' }
 * checkImoNumber('9074729', { prefix: 'optional' }); // { ok: true }
 * checkImoNumber('IMO9074728'); // { ok: false, reason: 'check_digit', message: '... expected check digit 9 ...' }
 * ```
 */
export function checkImoNumber(
  value: string,
  options: { prefix?: 'required' | 'optional' | 'forbidden' } = {},
): CheckResult {
  const what = 'IMO number (R3009)';
  const pre = preflight(value, what, { uppercase: true });
  if (pre) return pre;
  const prefixMode = options.prefix ?? 'required';
  const hasPrefix = value.startsWith('IMO');
  const digits = hasPrefix ? value.slice(3) : value;
  if (!/^[0-9]{7}$/u.test(digits)) {
    return fail('format', `${what}: expected IMO followed by 7 digits (IMO9074729), got ${show(value)}`);
  }
  if (!hasPrefix && prefixMode === 'required') {
    return fail('prefix', `${what}: R3009 writes the number with the IMO prefix: IMO${digits}`);
  }
  if (hasPrefix && prefixMode === 'forbidden') {
    return fail('prefix', `${what}: expected the 7 digits without the IMO prefix: ${digits}`);
  }
  const expected = imoCheckDigit(digits.slice(0, 6));
  const got = digits.charAt(6);
  if (expected !== got) {
    return fail(
      'check_digit',
      `${what}: expected check digit ${expected}, got ${got} (${hasPrefix ? 'IMO' : ''}${digits.slice(0, 6)}${expected} would be valid)`,
    );
  }
  return pass();
}
