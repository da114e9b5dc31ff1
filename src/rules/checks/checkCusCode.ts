import { fail, pass, preflight, show } from './result';
import type { CheckResult } from './result';

/**
 * Check a CUS code (`commodity/cusCode`, an9, code list CL719, R3020): the Customs Union and Statistics number
 * of the European Customs Inventory of Chemical Substances (ECICS), written `9999999-9` (seven digits, a hyphen,
 * one digit).
 *
 * Shape only. The last digit is described as a check digit, but we found no public statement of its algorithm
 * (searched: EU, ECICS and code sources), so it is not verified here: a well-shaped but unknown CUS number
 * passes. Only the CL719 list (CS/RD2, about 61,000 codes, not copied into this package) can confirm one.
 *
 * Reasons: `not_a_string`, `empty`, `whitespace`, `format` (with a hint when the 8 digits came without the
 * hyphen or with another separator).
 *
 * @example
 * ```ts
 * checkCusCode('0012345-6'); // { ok: true }
 * checkCusCode('00123456'); // { ok: false, reason: 'format', message: '... 0012345-6 ...' }
 * ```
 */
export function checkCusCode(value: string): CheckResult {
  const what = 'CUS code (9999999-9, R3020)';
  const pre = preflight(value, what);
  if (pre) return pre;
  if (/^[0-9]{7}-[0-9]$/u.test(value)) return pass();
  const digits = value.replace(/[^0-9]/gu, '');
  const hint =
    digits.length === 8 && /^[0-9]{7}[^0-9]?[0-9]$/u.test(value)
      ? ` (perhaps ${digits.slice(0, 7)}-${digits.slice(7)})`
      : '';
  return fail('format', `${what}: expected seven digits, a hyphen and one digit, got ${show(value)}${hint}`);
}
