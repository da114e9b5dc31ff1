import { countryName } from './countries';
import { fail, pass, preflight, show } from './result';
import type { CheckResult } from './result';

/**
 * National EORI shapes we can source. Anything else gets only the generic shape.
 *
 * - GB and XI: 12 or 15 digits after the prefix. Source: HMRC, `hmrc/ukim-auth-checker-api` README ("Each
 *   EORI must match `^(GB|XI)[0-9]{12}|(GB|XI)[0-9]{15}$`"); the same pattern is in other HMRC services.
 * - DE: 7 digits (an old German customs number, "Zollnummer", with DE in front) or 15 digits (issued since
 *   ATLAS release 8.4, 2012). Sources: German Wikipedia article "EORI-Kennnummer" (copy at de-academic.com),
 *   DHL Germany customs glossary ("Neu erteilte EORI-Nummern sind 15-stellig").
 *
 * No other national shape was found in a source we trust (third-party "EORI format" tables disagree with each
 * other, for example on Germany), so other prefixes are checked against the generic an..17 shape only.
 *
 * @example
 * ```ts
 * EORI_NATIONAL_SHAPES.GB?.pattern.test('123456789000'); // true
 * ```
 */
export const EORI_NATIONAL_SHAPES: Readonly<Record<string, { pattern: RegExp; description: string }>> = {
  GB: { pattern: /^(?:[0-9]{12}|[0-9]{15})$/u, description: 'GB followed by 12 or 15 digits (HMRC)' },
  XI: { pattern: /^(?:[0-9]{12}|[0-9]{15})$/u, description: 'XI followed by 12 or 15 digits (HMRC)' },
  DE: { pattern: /^(?:[0-9]{7}|[0-9]{15})$/u, description: 'DE followed by 7 or 15 digits (German customs)' },
};

/**
 * Check an EORI number (`identificationNumber` of a party, R3005).
 *
 * Generic shape: a 2-letter country prefix that is an ISO 3166-1 alpha-2 code or `XI` (Northern Ireland),
 * followed by 1 to 15 characters `A`-`Z`/`0`-`9`; 17 characters at most (an..17). There is no EU-wide check
 * digit. Where a national shape is known ({@link EORI_NATIONAL_SHAPES}: GB, XI, DE) the rest must fit it.
 * Uppercase only: a lowercase value fails with a hint giving the uppercase form (no silent fixing).
 *
 * A right shape does not mean the number is registered: only the EU EOS service (or HMRC for GB) can say that.
 *
 * Reasons: `not_a_string`, `empty`, `whitespace`, `lowercase`, `length`, `country`, `format`, `national_format`.
 *
 * @example
 * ```ts
 * checkEori('DE123456789012345'); // { ok: true }
 * checkEori('gb123456789000'); // { ok: false, reason: 'lowercase', message: '... GB123456789000 ...' }
 * checkEori('GB12345'); // { ok: false, reason: 'national_format', ... }
 * ```
 */
export function checkEori(value: string): CheckResult {
  const what = 'EORI number (an..17)';
  const pre = preflight(value, what, { uppercase: true });
  if (pre) return pre;
  const length = Array.from(value).length;
  if (length > 17) return fail('length', `${what}: at most 17 characters, got ${length}: ${show(value)}`);
  if (length < 3) {
    return fail(
      'length',
      `${what}: expected a 2-letter country code and up to 15 characters, got ${show(value)}`,
    );
  }
  const prefix = value.slice(0, 2);
  if (!/^[A-Z]{2}$/u.test(prefix)) {
    return fail('country', `${what}: must start with a 2-letter country code, got ${show(prefix)}`);
  }
  if (countryName(prefix) === undefined) {
    return fail('country', `${what}: ${prefix} is not an ISO 3166-1 alpha-2 country code nor XI`);
  }
  const rest = value.slice(2);
  if (!/^[A-Z0-9]{1,15}$/u.test(rest)) {
    return fail(
      'format',
      `${what}: after ${prefix} only letters A-Z and digits 0-9 are allowed, got ${show(rest)}`,
    );
  }
  const shape = EORI_NATIONAL_SHAPES[prefix];
  if (shape !== undefined && !shape.pattern.test(rest)) {
    return fail('national_format', `${what}: expected ${shape.description}, got ${show(value)}`);
  }
  return pass();
}
