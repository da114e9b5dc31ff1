/**
 * Wildcard paths over the model: `'consignmentMasterLevel.consignmentHouseLevel[*].goodsItem[*]'`.
 */
import type { ModelPath } from '../core/issue';
import type { ElementMeta, MessageMeta } from '../core/meta';
import type { Scope } from './types';

/** One step of a parsed path: a property, optionally followed by an index or `*` (every element). */
export interface PathStep {
  readonly name: string;
  readonly index?: number | '*';
}

const cache = new Map<string, readonly PathStep[]>();

/**
 * Parse a dotted path with `[*]` or `[n]` after array properties. The empty string is the scope itself.
 *
 * @example
 * ```ts
 * parsePath('goodsItem[*].commodity'); // [{ name: 'goodsItem', index: '*' }, { name: 'commodity' }]
 * ```
 */
export function parsePath(path: string): readonly PathStep[] {
  const hit = cache.get(path);
  if (hit) return hit;
  const steps: PathStep[] = [];
  for (const part of path.split('.').filter(Boolean)) {
    const m = /^([^[\]]+)(?:\[(\*|\d+)\])?$/.exec(part);
    if (!m) throw new TypeError(`Bad rule path segment "${part}" in "${path}"`);
    const name = m[1]!;
    steps.push(m[2] === undefined ? { name } : { name, index: m[2] === '*' ? '*' : Number(m[2]) });
  }
  cache.set(path, steps);
  return steps;
}

/**
 * Whether a value counts as given: not `undefined`/`null`, not `''`, not an empty array.
 *
 * @example
 * ```ts
 * isPresent(''); // false
 * isPresent([]); // false
 * isPresent('0'); // true
 * ```
 */
export function isPresent(value: unknown): boolean {
  if (value === undefined || value === null || value === '') return false;
  if (Array.isArray(value)) return value.length > 0;
  return true;
}

const child = (value: unknown, name: string): unknown =>
  value !== null && typeof value === 'object' && !Array.isArray(value)
    ? (value as Record<string, unknown>)[name]
    : undefined;

/** `path` followed by `name` (and `index`), as a new array. */
function withSteps(path: ModelPath, name: string, index?: number): ModelPath {
  const n = path.length;
  const out: ModelPath = new Array<string | number>(index === undefined ? n + 1 : n + 2);
  for (let i = 0; i < n; i++) out[i] = path[i]!;
  out[n] = name;
  if (index !== undefined) out[n + 1] = index;
  return out;
}

/**
 * Every scope a path reaches from `from`, with concrete 0-based indexes. `[*]` visits every array element;
 * an array met on an intermediate step without an index is visited element by element too; a final step
 * without an index yields the value as it is (an array stays an array). Missing values end a branch,
 * unless `virtual` is set: then missing single steps are followed with `undefined` (so `required` can point
 * at them), while `[*]` over nothing still yields nothing.
 *
 * @example
 * ```ts
 * expand({ path: [], value: { a: [{ b: '1' }, { b: '2' }] } }, 'a[*].b').map((s) => s.path);
 * // [['a', 0, 'b'], ['a', 1, 'b']]
 * ```
 */
export function expand(from: Scope, path: string | readonly PathStep[], virtual = false): Scope[] {
  const steps = typeof path === 'string' ? parsePath(path) : path;
  let current: Scope[] = [from];
  for (let s = 0; s < steps.length; s++) current = expandStep(current, steps[s]!, s === steps.length - 1, virtual);
  return current;
}

/**
 * One step of {@link expand}: the scopes `step` reaches from each of `current`, in order. `last` says whether
 * it is the path's final step (an array met without an index is then yielded as it is).
 *
 * @example
 * ```ts
 * expandStep([{ path: [], value: { a: [1, 2] } }], { name: 'a', index: '*' }, true).map((s) => s.path);
 * // [['a', 0], ['a', 1]]
 * ```
 */
export function expandStep(current: readonly Scope[], step: PathStep, last: boolean, virtual = false): Scope[] {
  const next: Scope[] = [];
  for (const scope of current) {
    const v = child(scope.value, step.name);
    if (step.index === '*' || (step.index === undefined && !last && Array.isArray(v))) {
      if (Array.isArray(v)) {
        // Each element's path is built in one allocation; holes are skipped (as forEach does).
        for (let i = 0; i < v.length; i++) {
          if (i in v) next.push({ path: withSteps(scope.path, step.name, i), value: v[i] as unknown });
        }
      }
    } else if (typeof step.index === 'number') {
      if (Array.isArray(v) && step.index < v.length)
        next.push({ path: withSteps(scope.path, step.name, step.index), value: v[step.index] as unknown });
      else if (virtual) next.push({ path: withSteps(scope.path, step.name, step.index), value: undefined });
    } else if (v !== undefined || virtual) {
      next.push({ path: withSteps(scope.path, step.name), value: v });
    }
  }
  return next;
}

/**
 * The value at a concrete model path (`undefined` when any step is missing).
 *
 * @example
 * ```ts
 * valueAt({ a: [{ b: 'x' }] }, ['a', 0, 'b']); // 'x'
 * ```
 */
export function valueAt(data: unknown, path: ModelPath): unknown {
  let v: unknown = data;
  for (const seg of path) {
    if (v === null || typeof v !== 'object') return undefined;
    v =
      typeof seg === 'number'
        ? Array.isArray(v)
          ? v[seg]
          : undefined
        : Array.isArray(v)
          ? undefined
          : (v as Record<string, unknown>)[seg];
  }
  return v;
}

/**
 * The prefix of a concrete path up to (and with the index of) the last occurrence of `name`; `undefined`
 * when the path does not pass through `name`.
 *
 * @example
 * ```ts
 * ancestor(['cml', 'consignmentHouseLevel', 3, 'goodsItem', 0, 'x'], 'consignmentHouseLevel');
 * // ['cml', 'consignmentHouseLevel', 3]
 * ```
 */
export function ancestor(path: ModelPath, name: string): ModelPath | undefined {
  const i = path.lastIndexOf(name);
  if (i < 0) return undefined;
  return typeof path[i + 1] === 'number' ? path.slice(0, i + 2) : path.slice(0, i + 1);
}

/**
 * The model path as a dotted string with indexes, for messages: `consignmentHouseLevel[0].goodsItem[1]`.
 *
 * @example
 * ```ts
 * showPath(['a', 0, 'b']); // 'a[0].b'
 * ```
 */
export function showPath(path: ModelPath): string {
  let out = '';
  for (const seg of path) out += typeof seg === 'number' ? `[${seg}]` : out ? `.${seg}` : seg;
  return out;
}

/** The paths a check or predicate reads, relative to its scope; `inner` are read from each scope `path` reaches. */
export interface PathSpec {
  readonly path: string;
  readonly inner?: readonly PathSpec[];
}

const SPECS = new WeakMap<object, readonly PathSpec[]>();

/**
 * Record the paths a combinator reads (so a rule set can check them against a message); returns `fn`.
 *
 * @example
 * ```ts
 * import { withPaths, pathsOf } from 'ics2/rules';
 * const check = withPaths(() => [], [{ path: 'LRN' }]);
 * pathsOf(check); // [{ path: 'LRN' }]
 * ```
 */
export function withPaths<F extends object>(fn: F, specs: readonly PathSpec[]): F {
  SPECS.set(fn, specs);
  return fn;
}

/**
 * The paths a check or predicate built from the combinators reads (`[]` for a hand-written function).
 *
 * @example
 * ```ts
 * import { pathsOf, forEach, required } from 'ics2/rules';
 * pathsOf(forEach('consignmentMasterLevel', required('referenceNumberUCR')));
 * // [{ path: 'consignmentMasterLevel', inner: [{ path: 'referenceNumberUCR' }] }]
 * ```
 */
export function pathsOf(fn: object | undefined): readonly PathSpec[] {
  return (fn && SPECS.get(fn)) ?? [];
}

/**
 * The paths (joined from the scope down, as written) that match no element of the message `meta`: a
 * misspelt name (`consignmentHouseLevl`) or an element this message does not have.
 *
 * @example
 * ```ts
 * import { unknownPaths, forEach, required } from 'ics2/rules';
 * import { messageInfo } from 'ics2';
 * unknownPaths(messageInfo('IE3F32'), forEach('consignmentMasterLevel.consignmentHouseLevl[*]', required('UCR')));
 * // ['consignmentMasterLevel.consignmentHouseLevl[*]']
 * ```
 */
export function unknownPaths(meta: MessageMeta, check: object): string[] {
  const out: string[] = [];
  const visit = (specs: readonly PathSpec[], scopes: readonly ElementMeta[], prefix: string): void => {
    for (const s of specs) {
      const full = prefix ? (s.path ? `${prefix}.${s.path}` : prefix) : s.path;
      let nodes: ElementMeta[] = [...scopes];
      let steps: readonly PathStep[];
      try {
        steps = parsePath(s.path);
      } catch {
        out.push(full);
        continue;
      }
      for (const step of steps) {
        nodes = nodes.flatMap((n) => (n.children ?? []).filter((c) => c.name === step.name));
        if (!nodes.length) break;
      }
      if (!nodes.length) {
        out.push(full);
        continue;
      }
      if (s.inner) visit(s.inner, nodes, full);
    }
  };
  visit(pathsOf(check), [meta.root], '');
  return [...new Set(out)];
}
