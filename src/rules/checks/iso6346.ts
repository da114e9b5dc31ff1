/**
 * The ISO 6346 check-digit arithmetic, shared by container numbers (ISO 6346 itself) and EU customs MRNs
 * (whose check character is "based on the ISO 6346 algorithm": DG XXI, *Check character algorithm for the MRN
 * and GRN*, DGXXI/0879/99 Rev.1, 1 June 1999).
 *
 * - Digits keep their value (0-9). Letters count from A = 10 upwards, skipping 11, 22 and 33 (multiples of 11):
 *   A=10, B=12 ... K=21, L=23 ... U=32, V=34 ... Z=38.
 * - The character at 0-based position i is multiplied by 2^i; the products are summed.
 * - The sum modulo 11 is the check digit, a remainder of 10 giving 0.
 *
 * Public implementations that agree: HMRC `hmrc/manage-transit-movements-arrival-frontend`
 * `app/models/MovementReferenceNumber.scala` (MRN), `olivernz/ShippingContainerCheck` (container, example
 * CSQU305438 -> 3).
 */

const VALUES: ReadonlyMap<string, number> = (() => {
  const map = new Map<string, number>();
  for (let d = 0; d <= 9; d++) map.set(String(d), d);
  let v = 10;
  for (const letter of 'ABCDEFGHIJKLMNOPQRSTUVWXYZ') {
    if (v % 11 === 0) v++;
    map.set(letter, v);
    v++;
  }
  return map;
})();

/**
 * The ISO 6346 value of one character (`0`-`9`, `A`-`Z`), or `undefined` for any other character.
 *
 * @example
 * ```ts
 * iso6346Value('A'); // 10
 * iso6346Value('B'); // 12 (11 is skipped)
 * iso6346Value('a'); // undefined
 * ```
 */
export function iso6346Value(char: string): number | undefined {
  return VALUES.get(char);
}

/**
 * The ISO 6346 check digit (0-9) of `payload`, or `undefined` when `payload` is empty or holds a character
 * other than `0`-`9` and `A`-`Z`.
 *
 * @example
 * ```ts
 * iso6346CheckDigit('CSQU305438'); // 3
 * ```
 */
export function iso6346CheckDigit(payload: string): number | undefined {
  if (payload.length === 0) return undefined;
  let sum = 0;
  let weight = 1;
  for (const char of payload) {
    const value = VALUES.get(char);
    if (value === undefined) return undefined;
    // Keep the running sum small: (a * b) mod 11 only needs the weight mod 11.
    sum = (sum + value * weight) % 11;
    weight = (weight * 2) % 11;
  }
  return sum % 10;
}
