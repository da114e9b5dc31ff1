import { checkFormat, parseFormat } from '../core/format';
import { issue, type Result } from '../core/issue';

/**
 * A mass, count or amount given as a number or a decimal string, as the exact decimal string the
 * message carries. A number is written with `String(number)` (its shortest round-trip form) and must fit
 * the format: floating-point noise (`0.1 + 0.2` is `0.30000000000000004`), exponents, negative or
 * non-finite numbers, too many digits and numbers a double cannot hold exactly (more than 15 significant
 * digits, or an integer beyond 2^53) are refused with a clear message, never rounded. A string is
 * kept exactly as given (the format is checked by `validate`).
 *
 * @example
 * ```ts
 * exactDecimal(12.5); // { ok: true, value: '12.5' }
 * exactDecimal('1250.000'); // { ok: true, value: '1250.000' }
 * exactDecimal(0.1 + 0.2).ok; // false: 0.30000000000000004 has 17 decimals, n..16,6 allows 6
 * exactDecimal(9007199254740993).ok; // false: arrives as 9007199254740992
 * exactDecimal('9999999999.999999'); // { ok: true, value: '9999999999.999999' }
 * ```
 */
export function exactDecimal(value: number | string, format = 'n..16,6'): Result<string> {
  if (typeof value === 'string') return { ok: true, value };
  const fail = (code: string, message: string): Result<string> => ({
    ok: false,
    issues: [issue(code, [], '/', message, { ref: format })],
  });
  if (typeof value !== 'number')
    return fail('invalid_type', `Expected a number or a decimal string (${format})`);
  if (!Number.isFinite(value))
    return fail('invalid_number', `${String(value)} is not a finite number (${format})`);
  if (value < 0 || Object.is(value, -0))
    return fail('invalid_number', `${String(value)} is negative; ${format} takes no sign`);
  const text = String(value);
  if (/e/i.test(text)) {
    return fail('inexact_number', `${text} has an exponent; pass the value as a decimal string (${format})`);
  }
  const f = parseFormat(format);
  const problems = checkFormat(text, f);
  // A double holds every decimal of at most 15 significant digits exactly (and every integer up to 2^53);
  // beyond that, the number may not be what was written (9007199254740993 arrives as 9007199254740992).
  const significant = text.replace('.', '').replace(/^0+/, '').length;
  if (problems.length === 0 && (Number.isInteger(value) ? !Number.isSafeInteger(value) : significant > 15)) {
    return fail(
      'inexact_number',
      `${text} has ${significant} significant digits: beyond 15 (integers: beyond 2^53) a number cannot be known to be the value you wrote; pass it as a decimal string (${format})`,
    );
  }
  if (problems.length === 0) return { ok: true, value: text };
  const digits = text.replace('.', '').replace(/^0+/, '').length;
  const noise =
    digits >= 15
      ? ` ${text} looks like floating-point noise (e.g. 0.1 + 0.2); compute in integers or pass the exact decimal string.`
      : ' Pass the exact decimal string you mean.';
  return fail(
    'inexact_number',
    `The number ${text} does not fit ${format}: ${problems.map((p) => p.message).join('; ')}.${noise}`,
  );
}
