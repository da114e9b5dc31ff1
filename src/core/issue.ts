/**
 * The one issue shape used everywhere in `ics2`: structural validation, rules and conditions,
 * XML parsing, calendar inputs.
 */

/** How bad an issue is: an `error` makes customs reject the message; a `warning` may not. */
export type Severity = 'error' | 'warning';

/** A path into the model: property names and 0-based array indexes. */
export type ModelPath = (string | number)[];

/**
 * One problem found in a message or input.
 *
 * @example
 * ```ts
 * const issue: Issue = {
 *   code: 'too_long',
 *   severity: 'error',
 *   path: ['consignmentMasterLevel', 'consignmentHouseLevel', 0, 'goodsItem', 1, 'commodity', 'descriptionOfGoods'],
 *   pointer: '/IE3F32/consignmentMasterLevel/consignmentHouseLevel[1]/goodsItem[2]/commodity/descriptionOfGoods',
 *   message: 'At most 512 characters (an..512), got 600',
 *   ref: 'an..512',
 * };
 * ```
 */
export interface Issue {
  /** Machine-readable code: a structural code (`missing`, `too_long`, ...) or a rule/condition id (`R3021`). */
  code: string;
  severity: Severity;
  /** Model path: property names and 0-based indexes. */
  path: ModelPath;
  /** XML pointer as customs give it in an IE3N99 `messageElementPath` (1-based indexes on repeated elements). */
  pointer: string;
  /** Human-readable explanation. */
  message: string;
  /** What the issue is about: a format (`an..35`), a code list (`CL742`), a rule or condition id. */
  ref?: string;
}

/**
 * Result of a validation that never throws.
 *
 * @example
 * ```ts
 * function show(r: Result<string>): void {
 *   if (r.ok) console.log(r.value);
 *   else console.log(r.issues);
 * }
 * ```
 */
export type Result<T> = { ok: true; value: T; issues?: Issue[] } | { ok: false; issues: Issue[] };

/**
 * Build an {@link Issue}.
 *
 * @example
 * ```ts
 * issue('missing', ['LRN'], '/IE3F32/LRN', 'LRN is required');
 * ```
 */
export function issue(
  code: string,
  path: ModelPath,
  pointer: string,
  message: string,
  extra: { severity?: Severity; ref?: string } = {},
): Issue {
  const out: Issue = { code, severity: extra.severity ?? 'error', path, pointer, message };
  if (extra.ref !== undefined) out.ref = extra.ref;
  return out;
}
