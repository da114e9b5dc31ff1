import { iso6346CheckDigit } from './iso6346';

/**
 * The ISO 6346 check digit of a container number's first 10 characters (owner code, category letter, 6-digit
 * serial number), as a string `'0'`-`'9'`; `null` when `first10` is not 4 uppercase letters and 6 digits.
 *
 * Algorithm: see {@link iso6346CheckDigit} (letters A=10, B=12 ... skipping multiples of 11; weights 2^0..2^9;
 * sum mod 11; 10 -> 0).
 *
 * @example
 * ```ts
 * containerCheckDigit('CSQU305438'); // '3'
 * containerCheckDigit('CSQU30543'); // null
 * ```
 */
export function containerCheckDigit(first10: string): string | null {
  if (typeof first10 !== 'string' || !/^[A-Z]{4}[0-9]{6}$/u.test(first10)) return null;
  const digit = iso6346CheckDigit(first10);
  return digit === undefined ? null : String(digit);
}
