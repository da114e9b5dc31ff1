import { checkCommodityDigits } from './checkCommodityDigits';
import type { CheckResult } from './result';

/**
 * Check an 8-digit Combined Nomenclature code: the 6-digit HS subheading followed by the 2-digit CN extension.
 *
 * In an ICS2 message the two parts travel separately (`harmonizedSystemSubHeadingCode` an6 and
 * `combinedNomenclatureCode` an2); use this where you hold the joined 8 digits, for example before splitting
 * them. HTI Rules & Conditions v2.01 R3019 ("when present, the value must have 6 to 8 digits") does not name
 * the element it applies to in the tables we hold.
 *
 * Reasons: as `checkHsSubheading` (`format`, `length`, `chapter`, ...).
 *
 * @example
 * ```ts
 * checkCnCode('61091000'); // { ok: true }
 * checkCnCode('610910'); // { ok: false, reason: 'length', ... }
 * ```
 */
export function checkCnCode(value: string): CheckResult {
  return checkCommodityDigits(value, 8, 'CN code (8 digits)');
}
