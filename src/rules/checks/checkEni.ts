import { fail, pass, preflight, show } from './result';
import type { CheckResult } from './result';

/**
 * Check a European Vessel Identification Number (ENI; active border transport means identification when its
 * type of identification is `80`, R3010).
 *
 * R3010 (HTI Rules & Conditions v2.01) asks for an 8-digit ENI. The ENI has no check digit, so this is a shape
 * check only: exactly 8 digits `0`-`9`, no prefix, no spaces.
 *
 * Reasons: `not_a_string`, `empty`, `whitespace`, `format`, `length`.
 *
 * @example
 * ```ts
 * checkEni('02326536'); // { ok: true }
 * checkEni('2326536'); // { ok: false, reason: 'length', ... }
 * ```
 */
export function checkEni(value: string): CheckResult {
  const what = 'ENI (8 digits, R3010)';
  const pre = preflight(value, what);
  if (pre) return pre;
  if (!/^[0-9]+$/u.test(value)) {
    return fail('format', `${what}: expected 8 digits 0-9 and nothing else, got ${show(value)}`);
  }
  if (value.length !== 8)
    return fail('length', `${what}: expected 8 digits, got ${value.length}: ${show(value)}`);
  return pass();
}
