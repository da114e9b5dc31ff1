/**
 * Structural validation through the generated zod schema: its issues turned into `ics2` issues with model
 * paths, XML pointers and references, plus warnings for codes outside partial code lists and for white space
 * that customs collapse. `validate` no longer runs this (it runs the compiled validator, `compiled.ts`); it is
 * the reference the compiled validator is tested against, and what to use with a schema you composed in zod.
 */
import type { z } from 'zod';
import { codeLists } from '../generated/codelists';
import type { FieldIssueParams } from './fields';
import { issue, type Issue, type ModelPath } from './issue';
import type { ElementMeta, MessageMeta } from './meta';
import { UNKNOWN_KEY } from './compiled';
import { countIssue, missingIssue, typeIssue, unexpectedIssue, valueIssue } from './issueText';
import { metaAt, pointerFor } from './pointer';
import { checkFormat, collapseWhiteSpace, parseFormat, readsCollapsed } from './format';

function valueAt(data: unknown, path: ModelPath): unknown {
  let cur: unknown = data;
  for (const seg of path) {
    if (cur === null || typeof cur !== 'object') return undefined;
    if (!Object.prototype.hasOwnProperty.call(cur, seg)) return undefined;
    cur = (cur as Record<string | number, unknown>)[seg];
  }
  return cur;
}

/** Turn one zod issue into `ics2` issues (the texts are those of the compiled validator, `issueText.ts`). */
function mapIssue(meta: MessageMeta, data: unknown, zi: z.core.$ZodIssue): Issue[] {
  const path = zi.path.filter((p): p is string | number => typeof p !== 'symbol');
  const el = metaAt(meta, path);
  const p = (zi as { params?: FieldIssueParams }).params;
  if (zi.code === 'custom' && p?.ics2) return [valueIssue(meta, el, path, p.code, zi.message, p.ref)];
  if (zi.code === 'unrecognized_keys') {
    return zi.keys.filter((k) => k !== UNKNOWN_KEY).map((k) => unexpectedIssue(meta, path, k));
  }
  if (zi.code === 'invalid_type') {
    const v = valueAt(data, path);
    if (v === undefined) return [missingIssue(meta, el, path)];
    return [typeIssue(meta, el, path, v, zi.expected)];
  }
  if ((zi.code === 'too_small' || zi.code === 'too_big') && zi.origin === 'array') {
    const small = zi.code === 'too_small';
    return [countIssue(meta, el, path, small, Number(small ? zi.minimum : zi.maximum))];
  }
  // A list's length check run on a value that is no list (a string has a length): the invalid_type says it.
  if (zi.code === 'too_small' || zi.code === 'too_big') return [];
  return [issue('invalid', path, pointerFor(meta, path), zi.message)];
}

/** The codes of a partial code list (not complete, some values held), or `undefined` for any other list. */
const PARTIAL = new Map<string, ReadonlySet<string> | undefined>();
function partialCodes(listId: string | undefined): ReadonlySet<string> | undefined {
  if (!listId) return undefined;
  if (PARTIAL.has(listId)) return PARTIAL.get(listId);
  const list = codeLists[listId];
  const codes =
    !list || list.complete || list.values.length === 0 ? undefined : new Set(list.values.map((x) => x.code));
  PARTIAL.set(listId, codes);
  return codes;
}


/**
 * Per group element: the children whose subtree holds a value with a partial code list, in metadata order.
 * The warning walk visits only these: the other subtrees cannot give a warning.
 */
const RELEVANT = new WeakMap<ElementMeta, readonly ElementMeta[]>();
function relevantChildren(node: ElementMeta): readonly ElementMeta[] {
  let r = RELEVANT.get(node);
  if (r === undefined) {
    // Every value can draw a warning (a format the XSD accepts but HTI does not write), so every leaf is read.
    r = (node.children ?? []).filter((c) => c.encoding !== 'group' || relevantChildren(c).length > 0);
    RELEVANT.set(node, r);
  }
  return r;
}


/**
 * Warnings for codes outside partial code lists (values we hold, list not complete), and for values whose XSD
 * type collapses white space (xs:token) when that changes them.
 */
function codeWarnings(meta: MessageMeta, data: unknown): Issue[] {
  const out: Issue[] = [];
  const path: ModelPath = [];
  const check = (node: ElementMeta, listId: string | undefined, v: unknown): void => {
    if (typeof v !== 'string') return;
    const codes = partialCodes(listId);
    if (codes === undefined || codes.has(v)) return;
    const p = path.slice();
    out.push(
      issue(
        'unknown_code',
        p,
        pointerFor(meta, p),
        `${node.label}: ${JSON.stringify(v)} is not among the ${codeLists[String(listId)]?.values.length ?? codes.size} codes of ${String(listId)} we hold (the list is partial: check it)`,
        {
          severity: 'warning',
          ref: listId,
        },
      ),
    );
  };
  const walkOne = (node: ElementMeta, value: unknown): void => {
    if (node.encoding === 'group') {
      if (typeof value !== 'object' || value === null) return;
      for (const c of relevantChildren(node)) {
        if (!Object.prototype.hasOwnProperty.call(value, c.name)) continue;
        path.push(c.name);
        walk(c, (value as Record<string, unknown>)[c.name]);
        path.pop();
      }
      return;
    }
    if (node.encoding === 'amount') {
      if (typeof value === 'object' && value !== null) {
        const raw = (value as Record<string, unknown>).value;
        if (typeof raw === 'string') {
          const vf = node.amount?.value ?? 'n..16,2';
          const read = collapseWhiteSpace(raw);
          path.push('value');
          for (const f of checkFormat(read, parseFormat(vf)))
            if (f.severity === 'warning') out.push(valueIssue(meta, node, path.slice(), f.code, f.message, vf, 'warning'));
          path.pop();
        }
        path.push('currency');
        check(node, node.amount?.currencyCodeList, (value as Record<string, unknown>).currency);
        path.pop();
      }
      return;
    }
    if (typeof value !== 'string') return;
    const format = node.encoding === 'dateTime' ? 'an20 (YYYY-MM-DDThh:mm:ssZ)' : (node.format ?? 'an..512');
    const fmt = parseFormat(format);
    const collapse = readsCollapsed(fmt, node.collapse);
    const read = collapse ? collapseWhiteSpace(value) : value;
    // What the XSD accepts but the HTI format does not write (the errors come from the zod schema).
    for (const f of checkFormat(read, fmt)) {
      if (f.severity !== 'warning') continue;
      const p = path.slice();
      out.push(valueIssue(meta, node, p, f.code, f.message, format, 'warning'));
    }
    check(node, node.codeList, read);
    if (collapse && read !== value && read !== '') {
      const p = path.slice();
      const collapsed = read;
      out.push(
        issue(
          'whitespace',
          p,
          pointerFor(meta, p),
          `${node.label}: the XSD type collapses white space, so customs read ${JSON.stringify(collapsed.length > 60 ? collapsed.slice(0, 60) + '…' : collapsed)}, not the value as given`,
          { severity: 'warning', ref: 'xs:token' },
        ),
      );
    }
  };
  const walk = (node: ElementMeta, value: unknown): void => {
    if (value === undefined || value === null) return;
    if (node.max > 1 && path.length > 0 && Array.isArray(value)) {
      // A list over its maximum is refused as a whole (too_many); its elements are not read.
      if (value.length > node.max) return;
      path.push(0);
      for (let i = 0; i < value.length; i++) {
        path[path.length - 1] = i;
        walkOne(node, value[i]);
      }
      path.pop();
      return;
    }
    walkOne(node, value);
  };
  walk(meta.root, data);
  return out;
}

/**
 * Validate data against one message's schema and metadata. Never throws.
 *
 * @example
 * ```ts
 * const issues = validateStructure(IE3F32Schema, IE3F32Meta, data);
 * ```
 */
export function validateStructure(schema: z.ZodType<unknown>, meta: MessageMeta, data: unknown): Issue[] {
  try {
    const r = schema.safeParse(data);
    const errors = r.success ? [] : r.error.issues.flatMap((zi) => mapIssue(meta, data, zi));
    return [...errors, ...codeWarnings(meta, data)];
  } catch (e) {
    return [
      issue(
        'unreadable',
        [],
        `/${meta.id}`,
        `The input could not be read: ${e instanceof Error ? e.message : String(e)}`,
      ),
    ];
  }
}
