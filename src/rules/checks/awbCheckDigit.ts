/**
 * The check digit of an IATA air waybill serial number from its first 7 digits, as `'0'`-`'6'`; `null` when
 * `first7` is not 7 digits.
 *
 * Scheme: the check digit is the 7-digit serial number, read as a number, modulo 7 (unweighted); the 3-digit
 * IATA airline prefix is not part of the computation. Source: Australian Border Force, Integrated Cargo System
 * developer reference, "Air Waybill Number Validation" (example: serial 1234567 -> check digit 5).
 *
 * @example
 * ```ts
 * awbCheckDigit('1234567'); // '5' (AWB 020-12345675)
 * ```
 */
export function awbCheckDigit(first7: string): string | null {
  if (typeof first7 !== 'string' || !/^[0-9]{7}$/u.test(first7)) return null;
  return String(Number(first7) % 7);
}
