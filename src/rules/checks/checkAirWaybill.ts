import { awbCheckDigit } from './awbCheckDigit';
import { fail, pass, preflight, show } from './result';
import type { CheckResult } from './result';

/** Which written forms of an air waybill number {@link checkAirWaybill} accepts. */
export type AirWaybillForm = 'any' | 'compact' | 'hyphenated';

/**
 * Check an IATA air waybill number: 3-digit airline prefix and 8-digit serial number whose last digit is the
 * first seven digits modulo 7 ({@link awbCheckDigit}).
 *
 * Written forms: hyphenated `020-12345675` and compact `02012345675`. Which form ICS2 wants is not fixed by
 * the sources we hold: no rule of HTI Rules & Conditions v2.01 covers the air waybill number, and the HTI IE
 * v2.02 tables give `transportDocumentMasterLevel/documentNumber` and `transportDocumentHouseLevel/documentNumber`
 * only the format an..70 (no pattern). So `options.form` defaults to `'any'`; set `'compact'` or `'hyphenated'`
 * to enforce your own house style. Applies to master and house air waybills (CL754 N740, N741, N703) alike;
 * house air waybills issued by forwarders often follow no IATA scheme, so call this for IATA numbers only.
 *
 * Reasons: `not_a_string`, `empty`, `whitespace`, `format`, `form` (a valid number in the form not allowed by
 * `options.form`), `check_digit`.
 *
 * @example
 * ```ts
 * checkAirWaybill('020-12345675'); // { ok: true }
 * checkAirWaybill('02012345675'); // { ok: true }
 * checkAirWaybill('020-12345676'); // { ok: false, reason: 'check_digit', message: '... expected check digit 5 ...' }
 * ```
 */
export function checkAirWaybill(value: string, options: { form?: AirWaybillForm } = {}): CheckResult {
  const what = 'Air waybill number (IATA)';
  const pre = preflight(value, what);
  if (pre) return pre;
  const match = /^([0-9]{3})(-?)([0-9]{8})$/u.exec(value);
  if (match === null) {
    return fail(
      'format',
      `${what}: expected a 3-digit airline prefix and an 8-digit serial number, as 020-12345675 or 02012345675, got ${show(value)}`,
    );
  }
  const prefix = match[1] ?? '';
  const hyphen = match[2] ?? '';
  const serial = match[3] ?? '';
  const form = options.form ?? 'any';
  if (form === 'compact' && hyphen !== '') {
    return fail('form', `${what}: write it without the hyphen: ${prefix}${serial}`);
  }
  if (form === 'hyphenated' && hyphen === '') {
    return fail('form', `${what}: write it with a hyphen after the airline prefix: ${prefix}-${serial}`);
  }
  const expected = awbCheckDigit(serial.slice(0, 7));
  const got = serial.charAt(7);
  if (expected !== got) {
    return fail(
      'check_digit',
      `${what}: expected check digit ${expected} (${serial.slice(0, 7)} mod 7), got ${got} (${prefix}${hyphen}${serial.slice(0, 7)}${expected} would be valid)`,
    );
  }
  return pass();
}
