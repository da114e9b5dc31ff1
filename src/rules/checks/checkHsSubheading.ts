import { checkCommodityDigits } from './checkCommodityDigits';
import type { CheckResult } from './result';

/**
 * Check a Harmonized System subheading code (`commodityCode/harmonizedSystemSubHeadingCode`, an6, code list
 * CL706): exactly 6 digits.
 *
 * The first two digits are the HS chapter. The HS nomenclature has chapters 01 to 97, chapter 77 being
 * reserved for future use; chapters 98 and 99 are left to the contracting parties for special national uses
 * and are not HS subheadings. So chapters 00, 77, 98 and 99 fail with reason `chapter`. Whether the subheading
 * exists is a code-list question (CL706, about 5,700 six-digit codes) that this check does not answer.
 *
 * Reasons: `not_a_string`, `empty`, `whitespace`, `format` (not digits only), `length`, `chapter`.
 *
 * @example
 * ```ts
 * checkHsSubheading('610910'); // { ok: true }
 * checkHsSubheading('6109.10'); // { ok: false, reason: 'format', message: '... 610910 ...' }
 * checkHsSubheading('990000'); // { ok: false, reason: 'chapter', ... }
 * ```
 */
export function checkHsSubheading(value: string): CheckResult {
  return checkCommodityDigits(value, 6, 'HS subheading (6 digits)');
}
