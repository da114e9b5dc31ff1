import { fail, pass, preflight, show } from './result';
import type { CheckResult } from './result';

/**
 * Shared by `checkHsSubheading` and `checkCnCode`: `length` digits, an HS chapter in 01-97 other than 77.
 *
 * @example
 * ```ts
 * checkCommodityDigits('61091000', 8, 'CN code').ok; // true
 * ```
 */
export function checkCommodityDigits(value: string, length: number, what: string): CheckResult {
  const pre = preflight(value, what);
  if (pre) return pre;
  if (!/^[0-9]+$/u.test(value)) {
    const digitsOnly = value.replace(/[^0-9]/gu, '');
    const hint = digitsOnly.length === length ? ` (without separators: ${digitsOnly})` : '';
    return fail('format', `${what}: digits 0-9 only, got ${show(value)}${hint}`);
  }
  if (value.length !== length) {
    return fail('length', `${what}: expected ${length} digits, got ${value.length}: ${show(value)}`);
  }
  const chapter = Number(value.slice(0, 2));
  if (chapter < 1 || chapter > 97 || chapter === 77) {
    return fail(
      'chapter',
      `${what}: ${value.slice(0, 2)} is not an HS chapter (chapters run 01-97, 77 is reserved, 98-99 are national)`,
    );
  }
  return pass();
}
