/**
 * The check digit of an IMO ship identification number from its first six digits, as `'0'`-`'9'`; `null`
 * when `first6` is not six digits.
 *
 * Algorithm (R3009, HTI Rules & Conditions v2.01; the IMO scheme): multiply the six digits by 7, 6, 5, 4, 3, 2
 * from left to right and sum; the check digit is the last digit of the sum.
 *
 * @example
 * ```ts
 * imoCheckDigit('907472'); // '9' (IMO 9074729)
 * ```
 */
export function imoCheckDigit(first6: string): string | null {
  if (typeof first6 !== 'string' || !/^[0-9]{6}$/u.test(first6)) return null;
  let sum = 0;
  for (let i = 0; i < 6; i++) sum += Number(first6.charAt(i)) * (7 - i);
  return String(sum % 10);
}
