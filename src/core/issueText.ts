/**
 * The texts of structural issues, shared by the compiled validator (`compiled.ts`) and the zod mapping
 * (`validateStructure.ts`) so that both say exactly the same thing.
 */
import { parseFormat } from './format';
import { issue, type Issue, type ModelPath } from './issue';
import type { ElementMeta, MessageMeta } from './meta';
import { pointerFor } from './pointer';

const card = (m: ElementMeta): string => `${m.min}..${m.max}`;

/**
 * A value as a short phrase with its article: `null`, `an array`, `the number 12`, `an object`, `a string`.
 *
 * @example
 * ```ts
 * describeValue({}); // 'an object'
 * ```
 */
export function describeValue(v: unknown): string {
  if (v === null) return 'null';
  if (v === undefined) return 'undefined';
  if (Array.isArray(v)) return 'an array';
  if (typeof v === 'number') return `the number ${String(v)}`;
  const t = typeof v;
  return `${t === 'object' ? 'an' : 'a'} ${t}`;
}

const labelOf = (el: ElementMeta | undefined, path: ModelPath): string => el?.label ?? String(path.at(-1));

/** The format a wrong-typed value is measured against (for the `number_not_allowed` advice and the ref). */
function formatOf(el: ElementMeta | undefined): string | undefined {
  if (el?.format && el.encoding !== 'group') return el.format;
  return el?.encoding === 'amount' ? el.amount?.value : undefined;
}

/** A required element is absent. */
export function missingIssue(meta: MessageMeta, el: ElementMeta | undefined, path: ModelPath): Issue {
  if (path.length === 0) return issue('missing', path, `/${meta.id}`, `${meta.id}: no message given (got undefined)`);
  return issue('missing', path, pointerFor(meta, path), `${labelOf(el, path)} (${String(path.at(-1))}) is required`, {
    ref: el ? card(el) : undefined,
  });
}

/** A value of the wrong type (`expected`: `array`, `object`, `string`). */
export function typeIssue(
  meta: MessageMeta,
  el: ElementMeta | undefined,
  path: ModelPath,
  v: unknown,
  expected: string,
): Issue {
  const fmt = formatOf(el);
  if (typeof v === 'number' && fmt && parseFormat(fmt).type === 'n') {
    return issue(
      'number_not_allowed',
      path,
      pointerFor(meta, path),
      `${labelOf(el, path)}: numbers are held as decimal strings so that no binary float touches them; got ${describeValue(v)}, pass a string such as '${Number.isFinite(v) ? String(v) : '0'}' after checking it is the exact value`,
      { ref: fmt },
    );
  }
  const what =
    expected === 'array'
      ? 'a list'
      : expected === 'object'
        ? 'an element group (object)'
        : expected === 'string'
          ? 'a string'
          : expected;
  return issue('invalid_type', path, pointerFor(meta, path), `${labelOf(el, path)}: expected ${what}, got ${describeValue(v)}`, {
    ref: fmt,
  });
}

/** An own property that is no element of the group at `parentPath`. */
export function unexpectedIssue(meta: MessageMeta, parentPath: ModelPath, key: string): Issue {
  const kp = [...parentPath, key];
  let parentName = meta.id;
  for (let i = parentPath.length - 1; i >= 0; i--) {
    const seg = parentPath[i];
    if (typeof seg === 'string') {
      parentName = seg;
      break;
    }
  }
  return issue(
    'unexpected',
    kp,
    pointerFor(meta, kp),
    `${key} is not an element of ${parentName} (${pointerFor(meta, parentPath)}) in ${meta.id}`,
  );
}

/** Too few or too many repetitions of a repeated element. */
export function countIssue(
  meta: MessageMeta,
  el: ElementMeta | undefined,
  path: ModelPath,
  small: boolean,
  bound: number,
): Issue {
  return issue(
    small ? 'too_few' : 'too_many',
    path,
    pointerFor(meta, path),
    `${labelOf(el, path)}: ${small ? 'at least' : 'at most'} ${String(bound)} repetition(s) (${el ? card(el) : ''})`,
    { ref: el ? card(el) : undefined },
  );
}

/** A check of the value itself (format, characters, code list): `code` and `text` from the check. */
export function valueIssue(
  meta: MessageMeta,
  el: ElementMeta | undefined,
  path: ModelPath,
  code: string,
  text: string,
  ref: string,
  severity?: 'warning',
): Issue {
  return issue(code, path, pointerFor(meta, path), `${labelOf(el, path)}: ${text}`, severity ? { ref, severity } : { ref });
}

/**
 * The final issue when the cap is reached: how many were left out.
 *
 * @example
 * ```ts
 * tooManyIssues(IE3F32Meta, 1000, 399001, false, true).code; // 'too_many_issues'
 * ```
 */
export function tooManyIssues(meta: MessageMeta, cap: number, leftOut: number, rulesStopped: boolean, error = true): Issue {
  return issue(
    'too_many_issues',
    [],
    `/${meta.id}`,
    `${String(leftOut)} more issue(s) left out after the first ${String(cap)}${rulesStopped ? '; the rules stopped at the cap, so more may exist' : ''} (option maxIssues)`,
    { severity: error ? 'error' : 'warning' },
  );
}
