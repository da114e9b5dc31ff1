/**
 * The verdict of a reference check: `{ ok: true }` or a failure with a short machine `reason` and a human
 * `message` that names the expected value (for example `expected check digit 3`).
 *
 * Reason codes shared by several checks:
 * - `not_a_string`: the input is not a string (JavaScript callers);
 * - `empty`: the empty string;
 * - `whitespace`: a space, tab or line break where none is allowed;
 * - `lowercase`: lowercase letters where the format is uppercase only (the message gives the uppercase form);
 * - `length`: too short or too long;
 * - `format`: the characters do not fit the layout;
 * - `country`: not a known country code;
 * - `check_digit`: the check digit or character does not match the computed one.
 *
 * Checks add their own codes (`category`, `prefix`, `chapter`, ...), listed in their JSDoc.
 *
 * @example
 * ```ts
 * const r: CheckResult = checkContainerNumber('CSQU3054384');
 * if (!r.ok) console.log(r.reason, r.message); // check_digit, ... expected check digit 3 ...
 * ```
 */
export type CheckResult = { ok: true } | { ok: false; reason: string; message: string };

/** The failing branch of {@link CheckResult}. */
export type CheckFailure = Extract<CheckResult, { ok: false }>;

/**
 * A passing verdict.
 *
 * @example
 * ```ts
 * const verdict = pass(); // { ok: true }
 * ```
 */
export function pass(): CheckResult {
  return { ok: true };
}

/**
 * A failing verdict.
 *
 * @example
 * ```ts
 * const verdict = fail('check_digit', 'expected check digit 3, got 4');
 * ```
 */
export function fail(reason: string, message: string): CheckFailure {
  return { ok: false, reason, message };
}

const SHOW_MAX = 40;

/**
 * Quote a user value for a message, cut to 40 characters so that a huge input never makes a huge message.
 *
 * @example
 * ```ts
 * show('GB123'); // '"GB123"'
 * show('x'.repeat(100)); // '"xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx…" (100 characters)'
 * ```
 */
export function show(value: string): string {
  const chars = Array.from(value);
  if (chars.length <= SHOW_MAX) return JSON.stringify(value);
  return `${JSON.stringify(chars.slice(0, SHOW_MAX).join('') + '…')} (${chars.length} characters)`;
}

/**
 * The checks every string check starts with: a string, not empty, no whitespace, and (when `uppercase`)
 * no lowercase letters. Returns the failure, or `undefined` when the value may go on to the real check.
 *
 * @example
 * ```ts
 * preflight('gb123', 'EORI number', { uppercase: true })?.reason; // 'lowercase'
 * preflight('GB123', 'EORI number', { uppercase: true }); // undefined
 * ```
 */
export function preflight(
  value: unknown,
  what: string,
  options: { uppercase?: boolean; whitespace?: boolean } = {},
): CheckFailure | undefined {
  if (typeof value !== 'string')
    return fail('not_a_string', `${what}: expected a string, got ${typeOf(value)}`);
  if (value.length === 0) return fail('empty', `${what}: the value is empty`);
  if (options.whitespace !== true && /\s/u.test(value)) {
    return fail('whitespace', `${what}: remove spaces and line breaks: ${show(value.replace(/\s+/gu, ''))}`);
  }
  if (options.uppercase === true && /[a-z]/u.test(value)) {
    return fail('lowercase', `${what}: use uppercase letters only: ${show(value.toUpperCase())}`);
  }
  return undefined;
}

function typeOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  return typeof value;
}
