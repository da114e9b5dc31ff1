import { iso6346CheckDigit } from './iso6346';

/**
 * The check character (18th character) of an EU customs MRN from its first 17 characters, as `'0'`-`'9'`;
 * `null` when `first17` is not 17 characters `0`-`9` / `A`-`Z`.
 *
 * Algorithm (DG XXI, *Check character algorithm for the MRN and GRN*, DGXXI/0879/99 Rev.1, 1 June 1999,
 * "based on the ISO 6346 algorithm"): each character gets its ISO 6346 value (digits 0-9; A=10, B=12 ... Z=38,
 * multiples of 11 skipped), is multiplied by 2^position (positions 0..16), the products are summed, and the
 * sum modulo 11 is the check character, a remainder of 10 giving 0. HMRC implements the same steps in
 * `hmrc/manage-transit-movements-arrival-frontend`, `app/models/MovementReferenceNumber.scala`; its tests
 * hold the valid MRNs `24GBQ4OPL9LU18CNZ7` and `51GBLFUWH7WOI085M4`.
 *
 * @example
 * ```ts
 * mrnCheckCharacter('24GBQ4OPL9LU18CNZ'); // '7'
 * mrnCheckCharacter('24gbq4opl9lu18cnz'); // null
 * ```
 */
export function mrnCheckCharacter(first17: string): string | null {
  if (typeof first17 !== 'string' || !/^[0-9A-Z]{17}$/u.test(first17)) return null;
  const digit = iso6346CheckDigit(first17);
  return digit === undefined ? null : String(digit);
}
