/**
 * The compiled structural validator: built once per message from its `MessageMeta` (one closure per
 * element, formats parsed and code lists turned into sets up front), cached, and run with no schema
 * interpretation per call. It reports exactly what the generated zod schema reports through
 * `validateStructure` (a test proves it on valid and mutated instances of every message), with these
 * differences on purpose: only own properties are read (never inherited ones), a sparse array gives one
 * `sparse_array` issue instead of one issue per hole, the key `$unknown` (elements read from XML but not
 * placed) is skipped, and the number of issues is capped.
 *
 * Cost: linear in the input (each own property and array slot visited once); the recursion follows the
 * metadata (a handful of levels), never the input, so a million goods items cannot overflow the stack.
 */
import { checkFormat, collapseWhiteSpace, parseFormat, preview, readsCollapsed, type Format } from './format';
import { issue, type Issue, type ModelPath } from './issue';
import { countIssue, missingIssue, typeIssue, unexpectedIssue, valueIssue } from './issueText';
import type { ElementMeta, MessageMeta } from './meta';
import { pointerFor } from './pointer';
import { unknownIssues } from '../xml/unknown';

/** Where the validator finds code lists: complete ones (outside = error) and partial ones (outside = warning). */
export interface CodeLists {
  complete(listId: string): ReadonlySet<string> | undefined;
  partial(listId: string): ReadonlySet<string> | undefined;
}

/** Issues of one run, the errors first; `leftOut` counts those beyond the cap. */
export interface CompiledResult {
  issues: Issue[];
  leftOut: number;
  /** Of those left out, how many are errors (the others are warnings). */
  leftOutErrors: number;
}

/** A compiled validator of one message. */
export type CompiledValidator = (data: unknown, maxIssues?: number) => CompiledResult;

/** The default cap on the number of issues one call reports. */
export const DEFAULT_MAX_ISSUES = 1000;

/** The key under which the XML reader keeps elements it read but could not place; never an extra field. */
export const UNKNOWN_KEY = '$unknown';

const hasOwn = Object.prototype.hasOwnProperty;

class Collector {
  readonly errors: Issue[] = [];
  readonly warnings: Issue[] = [];
  leftOut = 0;
  /** Of those left out, how many are errors. */
  leftOutErrors = 0;
  constructor(
    readonly meta: MessageMeta,
    readonly max: number,
  ) {}
  /** Whether one more issue fits; counts it as left out when not. */
  room(error = true): boolean {
    if (this.errors.length + this.warnings.length < this.max) return true;
    this.leftOut++;
    if (error) this.leftOutErrors++;
    return false;
  }
  error(i: Issue): void {
    this.errors.push(i);
  }
}

type Visit = (v: unknown, path: ModelPath, c: Collector) => void;

// eslint-disable-next-line no-control-regex -- the point is to find control characters XML 1.0 forbids
const ILLEGAL_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
/** Anything that needs the slow path: a forbidden character or a surrogate (length is not the char count). */
// eslint-disable-next-line no-control-regex -- as above
const SUSPECT = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uD800-\uDFFF\uFFFE\uFFFF]/;
const BLANK_START = /^\s/;
const DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/;
const ALL_SPACE = /^\s*$/;
const LINE_BREAK = /[\r\n]/;
const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/**
 * Whether a value is plain: printable ASCII only (U+0020-U+007E), no space at either end, no two spaces in a row.
 * Such a value needs none of the character checks (no forbidden character, nothing white-space collapse changes,
 * no line break), so one loop over it replaces three or four regular expressions on the common path.
 */
function isPlain(s: string): boolean {
  const n = s.length;
  if (n === 0 || s.charCodeAt(0) === 32 || s.charCodeAt(n - 1) === 32) return false;
  let prev = 0;
  for (let i = 0; i < n; i++) {
    const c = s.charCodeAt(i);
    if (c < 32 || c > 126 || (c === 32 && prev === 32)) return false;
    prev = c;
  }
  return true;
}

const digits = (s: string, at: number, n: number): number => {
  let x = 0;
  for (let i = at; i < at + n; i++) x = x * 10 + (s.charCodeAt(i) - 48);
  return x;
};

/** The same answer as `isUtcDateTime` (including its reading of years below 100 as 19xx), faster. */
function utcDateTime(s: string): boolean {
  if (s.length !== 20 || !DATE_TIME.test(s)) return false;
  const y = digits(s, 0, 4);
  const mo = digits(s, 5, 2);
  const d = digits(s, 8, 2);
  if (mo < 1 || mo > 12 || digits(s, 11, 2) > 23 || digits(s, 14, 2) > 59 || digits(s, 17, 2) > 59 || d < 1) return false;
  let days = MONTH_DAYS[mo - 1]!;
  if (mo === 2) {
    const yy = y < 100 ? 1900 + y : y;
    if ((yy % 4 === 0 && yy % 100 !== 0) || yy % 400 === 0) days = 29;
  }
  return d <= days;
}

/**
 * A test that is true only for values the format surely accepts (false: run the full check). `plain` says the
 * value passed {@link isPlain}.
 */
function fastAccept(f: Format): (s: string, plain: boolean) => boolean {
  switch (f.type) {
    case 'dateTime':
      return utcDateTime;
    case 'a': {
      const re = new RegExp(`^[A-Za-z]{${f.min},${f.max}}$`);
      return (s) => re.test(s);
    }
    case 'n': {
      if (f.fraction > 0) {
        const re = new RegExp(`^\\d+(?:\\.\\d{1,${f.fraction}})?$`);
        return (s) => s.length <= f.max && re.test(s);
      }
      const re = new RegExp(`^\\d{${f.min},${f.max}}$`);
      return (s) => re.test(s);
    }
    default: {
      const { min, max } = f;
      return (s, plain) => {
        const n = s.length;
        if (n < min || n > max || n === 0) return false;
        if (plain) return true;
        if (SUSPECT.test(s)) return false;
        const c0 = s.charCodeAt(0);
        return (c0 > 32 && c0 < 127) || !BLANK_START.test(s) || !ALL_SPACE.test(s);
      };
    }
  }
}

const DATE_TIME_FORMAT = 'an20 (YYYY-MM-DDThh:mm:ssZ)';

interface LeafChecks {
  /**
   * Errors of a string value (the zod `text()` check); `plain`: the value passed {@link isPlain}. True when the
   * value is refused for a character XML 1.0 forbids (then nothing else about it is reported, as in `text()`).
   */
  errors(s: string, path: ModelPath, c: Collector, el: ElementMeta, plain: boolean): boolean;
}

/** The checks the generated zod `text(format, list, values)` runs, compiled. */
function textChecks(format: string, listId: string | undefined, complete: ReadonlySet<string> | undefined): LeafChecks {
  const f = parseFormat(format);
  const fast = fastAccept(f);
  return {
    errors(s, path, c, el, plain) {
      if (fast(s, plain)) {
        if (complete !== undefined && !complete.has(s) && c.room())
          c.error(valueIssue(c.meta, el, path.slice(), 'invalid_code', `${preview(s)} is not a code of ${String(listId)}`, String(listId)));
        return false;
      }
      const bad = ILLEGAL_XML.exec(s);
      if (bad) {
        if (c.room())
          c.error(
            valueIssue(
              c.meta,
              el,
              path.slice(),
              'invalid_character',
              `Character U+${bad[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')} is not allowed in XML 1.0`,
              format,
            ),
          );
        return true;
      }
      for (const p of checkFormat(s, f)) {
        if (p.severity === 'warning') {
          if (c.room(false)) c.warnings.push(valueIssue(c.meta, el, path.slice(), p.code, p.message, format, 'warning'));
        } else if (c.room()) c.error(valueIssue(c.meta, el, path.slice(), p.code, p.message, format));
      }
      if (complete !== undefined && !complete.has(s) && c.room())
        c.error(valueIssue(c.meta, el, path.slice(), 'invalid_code', `${preview(s)} is not a code of ${String(listId)}`, String(listId)));
      return false;
    },
  };
}

/** The warning for a code outside a partial list. */
function partialWarning(c: Collector, node: ElementMeta, listId: string, codes: ReadonlySet<string>, v: string, path: ModelPath): void {
  if (codes.has(v) || !c.room(false)) return;
  const p = path.slice();
  c.warnings.push(
    issue(
      'unknown_code',
      p,
      pointerFor(c.meta, p),
      `${node.label}: ${JSON.stringify(v)} is not among the ${codes.size} codes of ${listId} we hold (the list is partial: check it)`,
      { severity: 'warning', ref: listId },
    ),
  );
}

/** The warning for a value that xs:token white-space collapse changes (`collapsed`: the value collapsed). */
function whitespaceWarning(c: Collector, node: ElementMeta, v: string, path: ModelPath, collapsed = collapseWhiteSpace(v)): void {
  // Unchanged, or nothing left (refused as empty by the format check).
  if (collapsed === v || collapsed === '' || !c.room(false)) return;
  const p = path.slice();
  c.warnings.push(
    issue(
      'whitespace',
      p,
      pointerFor(c.meta, p),
      `${node.label}: the XSD type collapses white space, so customs read ${JSON.stringify(collapsed.length > 60 ? collapsed.slice(0, 60) + '…' : collapsed)}, not the value as given`,
      { severity: 'warning', ref: 'xs:token' },
    ),
  );
}

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

interface Compiler {
  meta: MessageMeta;
  lists: CodeLists;
}

function compileText(k: Compiler, el: ElementMeta): Visit {
  const format = el.encoding === 'dateTime' ? DATE_TIME_FORMAT : (el.format ?? 'an..512');
  const listId = el.codeList;
  const complete = listId ? k.lists.complete(listId) : undefined;
  const partial = listId && complete === undefined ? k.lists.partial(listId) : undefined;
  const checks = textChecks(format, listId, complete);
  // The receiver collapses white space in xs:token, xs:decimal and date-time values: they are checked as read.
  const collapse = readsCollapsed(parseFormat(format), el.collapse);
  // An XSD pattern `.` matches no line break: a line break in a value of a type that keeps white space is refused.
  const lineBreaks = !collapse && el.pattern !== undefined && el.pattern.includes('.');
  return (v, path, c) => {
    if (typeof v !== 'string') {
      if (c.room()) c.error(typeIssue(c.meta, el, path.slice(), v, 'string'));
      return;
    }
    // A plain value (the common case) is its own collapsed form and holds no line break.
    const plain = isPlain(v);
    const s = collapse && !plain ? collapseWhiteSpace(v) : v;
    const badCharacter = checks.errors(s, path, c, el, plain);
    if (lineBreaks && !plain && !badCharacter && LINE_BREAK.test(v) && c.room())
      c.error(
        valueIssue(
          c.meta,
          el,
          path.slice(),
          'invalid_character',
          'A line break is not allowed here: the XSD pattern matches no line break (write a space)',
          format,
        ),
      );
    if (partial !== undefined) partialWarning(c, el, listId!, partial, s, path);
    if (collapse && s !== v) whitespaceWarning(c, el, v, path, s);
  };
}

function compileAmount(k: Compiler, el: ElementMeta): Visit {
  const a = el.amount ?? { value: 'n..16,2', currency: 'a3' };
  const listId = a.currencyCodeList;
  const complete = listId ? k.lists.complete(listId) : undefined;
  const partial = listId && complete === undefined ? k.lists.partial(listId) : undefined;
  const value = textChecks(a.value, undefined, undefined);
  const currency = textChecks(a.currency, listId, complete);
  const sub = (checks: LeafChecks, name: 'value' | 'currency', o: Record<string, unknown>, path: ModelPath, c: Collector): void => {
    path.push(name);
    const x = hasOwn.call(o, name) ? o[name] : undefined;
    if (x === undefined) {
      if (c.room()) c.error(missingIssue(c.meta, el, path.slice()));
    } else if (typeof x !== 'string') {
      if (c.room()) c.error(typeIssue(c.meta, el, path.slice(), x, 'string'));
    } else {
      const plain = isPlain(x);
      checks.errors(name === 'value' && !plain ? collapseWhiteSpace(x) : x, path, c, el, plain);
    }
    path.pop();
  };
  return (v, path, c) => {
    if (!isRecord(v)) {
      if (c.room()) c.error(typeIssue(c.meta, el, path.slice(), v, 'object'));
      return;
    }
    sub(value, 'value', v, path, c);
    sub(currency, 'currency', v, path, c);
    const keys = Object.keys(v);
    if (keys.length > 2 || !hasOwn.call(v, 'value') || !hasOwn.call(v, 'currency'))
      for (const key of keys) if (key !== 'value' && key !== 'currency' && c.room()) c.error(unexpectedIssue(c.meta, path.slice(), key));
    if (partial !== undefined) {
      const cur = hasOwn.call(v, 'currency') ? v.currency : undefined;
      if (typeof cur === 'string') {
        path.push('currency');
        partialWarning(c, el, listId!, partial, cur, path);
        path.pop();
      }
    }
  };
}

/** The warnings alone for a subtree that is not where the structure expects it (as the warning walk reads it). */
function warnOnly(k: Compiler, node: ElementMeta, v: unknown, path: ModelPath, c: Collector): void {
  if (node.encoding === 'group') {
    if (typeof v !== 'object' || v === null) return;
    for (const ch of node.children ?? []) {
      if (!hasOwn.call(v, ch.name)) continue;
      const x = (v as Record<string, unknown>)[ch.name];
      if (x === undefined || x === null) continue;
      path.push(ch.name);
      if (ch.max > 1 && Array.isArray(x)) {
        path.push(0);
        for (let i = 0; i < x.length; i++) {
          path[path.length - 1] = i;
          if (hasOwn.call(x, i)) warnOnly(k, ch, x[i], path, c);
        }
        path.pop();
      } else warnOnly(k, ch, x, path, c);
      path.pop();
    }
    return;
  }
  if (node.encoding === 'amount') {
    const listId = node.amount?.currencyCodeList;
    const partial = listId && !k.lists.complete(listId) ? k.lists.partial(listId) : undefined;
    if (partial && typeof v === 'object' && v !== null && hasOwn.call(v, 'currency')) {
      const cur = (v as Record<string, unknown>).currency;
      path.push('currency');
      if (typeof cur === 'string') partialWarning(c, node, listId!, partial, cur, path);
      path.pop();
    }
    return;
  }
  if (typeof v !== 'string') return;
  const listId = node.codeList;
  const partial = listId && !k.lists.complete(listId) ? k.lists.partial(listId) : undefined;
  if (partial) partialWarning(c, node, listId!, partial, v, path);
  if (node.collapse) whitespaceWarning(c, node, v, path);
}

interface Slot {
  readonly el: ElementMeta;
  readonly name: string;
  readonly required: boolean;
  readonly many: boolean;
  visit: Visit;
}

function compileGroup(k: Compiler, el: ElementMeta): Visit {
  const slots: Slot[] = [];
  const index = new Map<string, number>();
  for (const ch of el.children ?? []) {
    index.set(ch.name, slots.length);
    slots.push({ el: ch, name: ch.name, required: ch.min > 0, many: ch.max > 1, visit: compile(k, ch) });
  }
  const n = slots.length;
  const values: unknown[] = new Array<unknown>(n);
  const list = (s: Slot, arr: unknown[], path: ModelPath, c: Collector): void => {
    const len = arr.length;
    if (len > s.el.max) {
      // As zod does: a list longer than its maximum is refused as a whole, its elements are not read.
      if (c.room()) c.error(countIssue(c.meta, s.el, path.slice(), false, s.el.max));
      return;
    }
    let holes = 0;
    let firstHole = -1;
    path.push(0);
    const at = path.length - 1;
    for (let i = 0; i < len; i++) {
      if (!hasOwn.call(arr, i)) {
        if (holes++ === 0) firstHole = i;
        continue;
      }
      const x = arr[i];
      path[at] = i;
      if (x === undefined) {
        if (c.room()) c.error(missingIssue(c.meta, s.el, path.slice()));
      } else s.visit(x, path, c);
    }
    path.pop();
    if (holes > 0 && c.room())
      c.error(
        issue(
          'sparse_array',
          path.slice(),
          pointerFor(c.meta, path),
          `${s.el.label}: ${String(holes)} empty slot(s) in the list (the first at index ${String(firstHole)}); every index must hold a value`,
        ),
      );
    if (len < s.el.min && c.room()) c.error(countIssue(c.meta, s.el, path.slice(), true, s.el.min));
  };
  return (v, path, c) => {
    if (!isRecord(v)) {
      if (c.room()) c.error(typeIssue(c.meta, el, path.slice(), v, 'object'));
      return;
    }
    // Each element read once, own properties only (an inherited value counts as absent). A group never holds
    // itself, so one array per compiled group holds the values while its children are visited.
    let own = 0;
    for (let j = 0; j < n; j++) {
      const name = slots[j]!.name;
      let x = v[name];
      if (x !== undefined) {
        if (hasOwn.call(v, name)) own++;
        else x = undefined;
      }
      values[j] = x;
    }
    // Any key besides those: `$unknown`, or one the message does not have (or an element given as undefined).
    const keys = Object.keys(v);
    let extra: string[] | undefined;
    if (keys.length !== own) {
      for (let i = 0; i < keys.length; i++) {
        const key = keys[i]!;
        if (index.has(key)) continue;
        if (key !== UNKNOWN_KEY) (extra ??= []).push(key);
        else for (const u of unknownIssues(c.meta, path.slice(), v)) if (c.room(u.severity === 'error')) (u.severity === 'error' ? c.errors : c.warnings).push(u);
      }
    }
    for (let j = 0; j < n; j++) {
      const s = slots[j]!;
      const x = values[j];
      values[j] = undefined; // hold no reference to the data once validated
      path.push(s.name);
      if (x === undefined) {
        if (s.required && c.room()) c.error(missingIssue(c.meta, s.el, path.slice()));
      } else if (s.many) {
        if (Array.isArray(x)) list(s, x, path, c);
        else {
          if (c.room()) c.error(typeIssue(c.meta, s.el, path.slice(), x, 'array'));
          if (x !== null) warnOnly(k, s.el, x, path, c);
        }
      } else s.visit(x, path, c);
      path.pop();
    }
    if (extra) for (const key of extra) if (c.room()) c.error(unexpectedIssue(c.meta, path.slice(), key));
  };
}

function compile(k: Compiler, el: ElementMeta): Visit {
  switch (el.encoding) {
    case 'group':
      return compileGroup(k, el);
    case 'amount':
      return compileAmount(k, el);
    default:
      return compileText(k, el);
  }
}

/** Compiled validators by metadata and code lists (the registry's lists and a module's are two different readings). */
const CACHE = new WeakMap<MessageMeta, WeakMap<CodeLists, CompiledValidator>>();

/**
 * The compiled validator of a message (built on first use, then cached per metadata and code lists). Never throws:
 * an input that cannot be read (a throwing getter, a revoked proxy) gives one `unreadable` issue.
 *
 * @example
 * ```ts
 * const run = compiledValidator(IE3F32Message.meta, listsOf(IE3F32Message));
 * run(data).issues; // [] when the structure, formats and complete code lists hold
 * ```
 */
export function compiledValidator(meta: MessageMeta, lists: CodeLists): CompiledValidator {
  let byLists = CACHE.get(meta);
  const hit = byLists?.get(lists);
  if (hit !== undefined) return hit;
  // One compiled tree per depth of nested calls: a group's closure keeps its values in one array while its
  // children are visited, so a call made from inside a call (a getter of the data validating again) gets its
  // own tree rather than sharing those arrays.
  const roots: Visit[] = [];
  let depth = 0;
  const v: CompiledValidator = (data, maxIssues = DEFAULT_MAX_ISSUES) => {
    const root = (roots[depth] ??= compile({ meta, lists }, meta.root));
    const c = new Collector(meta, Math.max(0, maxIssues));
    depth++;
    try {
      if (data === undefined) {
        if (c.room()) c.error(missingIssue(meta, meta.root, []));
      } else root(data, [], c);
    } catch (e) {
      return {
        issues: [issue('unreadable', [], `/${meta.id}`, `The input could not be read: ${e instanceof Error ? e.message : String(e)}`)],
        leftOut: 0,
        leftOutErrors: 0,
      };
    } finally {
      depth--;
    }
    const issues = c.warnings.length ? c.errors.concat(c.warnings) : c.errors;
    return { issues, leftOut: c.leftOut, leftOutErrors: c.leftOutErrors };
  };
  if (byLists === undefined) CACHE.set(meta, (byLists = new WeakMap()));
  byLists.set(lists, v);
  return v;
}

/**
 * Code lists as the validator reads them, from id-to-codes records (a message module's lists).
 *
 * @example
 * ```ts
 * const lists = codeListsFrom({ CL742: ['F10', 'F11'] }, {});
 * lists.complete('CL742')?.has('F10'); // true
 * ```
 */
export function codeListsFrom(
  complete: Readonly<Record<string, readonly string[]>>,
  partial: Readonly<Record<string, readonly string[]>>,
): CodeLists {
  const sets = new Map<string, ReadonlySet<string> | undefined>();
  const get = (src: Readonly<Record<string, readonly string[]>>, prefix: string, id: string): ReadonlySet<string> | undefined => {
    const key = prefix + id;
    if (sets.has(key)) return sets.get(key);
    const codes = hasOwn.call(src, id) ? src[id] : undefined;
    const s = codes && codes.length ? new Set(codes) : undefined;
    sets.set(key, s);
    return s;
  };
  return { complete: (id) => get(complete, 'c:', id), partial: (id) => get(partial, 'p:', id) };
}
