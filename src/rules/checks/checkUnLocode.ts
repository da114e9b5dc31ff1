import { isIso3166Alpha2 } from './countries';
import { fail, pass, preflight, show } from './result';
import type { CheckResult } from './result';

/**
 * Check a UN/LOCODE (`UNLOCODE` of places of loading, unloading, acceptance, delivery; code list CL244):
 * a 2-letter ISO 3166-1 alpha-2 country code followed by a 3-character location code of letters `A`-`Z` and
 * digits `2`-`9` (UN/LOCODE leaves out 0 and 1, which read like O and I). Written without a space: `BEANR`.
 *
 * The element is an..17 in the XSD, but a UN/LOCODE has exactly 5 characters. Whether the location exists is
 * a code-list question (CL244, about 99,500 entries) that this check does not answer.
 *
 * Reasons: `not_a_string`, `empty`, `whitespace` (also `BE ANR`), `lowercase`, `length`, `country`, `format`.
 *
 * @example
 * ```ts
 * checkUnLocode('BEANR'); // { ok: true }
 * checkUnLocode('DEHA1'); // { ok: false, reason: 'format', ... }
 * checkUnLocode('ZZANR'); // { ok: false, reason: 'country', ... }
 * ```
 */
export function checkUnLocode(value: string): CheckResult {
  const what = 'UN/LOCODE';
  const pre = preflight(value, what, { uppercase: true });
  if (pre) return pre;
  const length = Array.from(value).length;
  if (length !== 5) {
    return fail(
      'length',
      `${what}: expected 5 characters (2-letter country + 3-character location), got ${length}: ${show(value)}`,
    );
  }
  const country = value.slice(0, 2);
  if (!/^[A-Z]{2}$/u.test(country)) {
    return fail('country', `${what}: characters 1-2 are a country code (2 letters), got ${show(country)}`);
  }
  if (!isIso3166Alpha2(country)) {
    return fail('country', `${what}: ${country} is not an ISO 3166-1 alpha-2 country code`);
  }
  const location = value.slice(2);
  if (!/^[A-Z2-9]{3}$/u.test(location)) {
    return fail(
      'format',
      `${what}: characters 3-5 are the location, letters A-Z and digits 2-9 (never 0 or 1), got ${show(location)}`,
    );
  }
  return pass();
}
