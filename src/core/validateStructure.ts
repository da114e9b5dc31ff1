/**
 * Structural validation: the generated zod schema, its issues turned into `ics2` issues with model
 * paths, XML pointers and references, plus warnings for codes outside partial code lists.
 */
import type { z } from 'zod';
import { codeLists } from '../generated/codelists';
import type { FieldIssueParams } from './fields';
import { issue, type Issue, type ModelPath } from './issue';
import type { ElementMeta, MessageMeta } from './meta';
import { metaAt, pointerFor } from './pointer';
import { parseFormat } from './format';

const card = (m: ElementMeta): string => `${m.min}..${m.max}`;

function valueAt(data: unknown, path: ModelPath): unknown {
  let cur: unknown = data;
  for (const seg of path) {
    if (cur === null || typeof cur !== 'object') return undefined;
    if (!Object.prototype.hasOwnProperty.call(cur, seg)) return undefined;
    cur = (cur as Record<string | number, unknown>)[seg];
  }
  return cur;
}

function describe(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'an array';
  if (typeof v === 'number') return `the number ${String(v)}`;
  return `a ${typeof v}`;
}

/** Turn one zod issue into `ics2` issues. */
function mapIssue(meta: MessageMeta, data: unknown, zi: z.core.$ZodIssue): Issue[] {
  const path = zi.path.filter((p): p is string | number => typeof p !== 'symbol');
  const at = (p: ModelPath): string => pointerFor(meta, p);
  const el = metaAt(meta, path);
  const p = (zi as { params?: FieldIssueParams }).params;
  if (zi.code === 'custom' && p?.ics2) return [issue(p.code, path, at(path), `${el?.label ?? String(path.at(-1))}: ${zi.message}`, { ref: p.ref })];
  if (zi.code === 'unrecognized_keys') {
    return zi.keys.map((k) => {
      const kp = [...path, k];
      return issue('unexpected', kp, at(kp), `${k} is not an element of ${path.length ? String(path.at(-1)) : meta.id} in ${meta.id}`);
    });
  }
  if (zi.code === 'invalid_type') {
    const v = valueAt(data, path);
    if (v === undefined) {
      return [issue('missing', path, at(path), `${el?.label ?? String(path.at(-1))} (${String(path.at(-1))}) is required`, { ref: el ? card(el) : undefined })];
    }
    const fmt = el?.format && el.encoding !== 'group' ? el.format : el?.encoding === 'amount' ? el.amount?.value : undefined;
    if (typeof v === 'number' && fmt && parseFormat(fmt).type === 'n') {
      return [
        issue(
          'number_not_allowed',
          path,
          at(path),
          `${el?.label ?? String(path.at(-1))}: numbers are held as decimal strings so that no binary float touches them; got ${describe(v)}, pass a string such as '${Number.isFinite(v) ? String(v) : '0'}' after checking it is the exact value`,
          { ref: fmt },
        ),
      ];
    }
    const expected = zi.expected === 'array' ? 'a list' : zi.expected === 'object' ? 'an element group (object)' : zi.expected === 'string' ? 'a string' : zi.expected;
    return [issue('invalid_type', path, at(path), `${el?.label ?? String(path.at(-1))}: expected ${expected}, got ${describe(v)}`, { ref: fmt })];
  }
  if ((zi.code === 'too_small' || zi.code === 'too_big') && zi.origin === 'array') {
    const small = zi.code === 'too_small';
    return [
      issue(small ? 'too_few' : 'too_many', path, at(path), `${el?.label ?? String(path.at(-1))}: ${small ? 'at least' : 'at most'} ${String(small ? zi.minimum : zi.maximum)} repetition(s) (${el ? card(el) : ''})`, {
        ref: el ? card(el) : undefined,
      }),
    ];
  }
  return [issue('invalid', path, at(path), zi.message)];
}

/** Warnings for codes outside partial code lists (values we hold, list not complete). */
function codeWarnings(meta: MessageMeta, data: unknown): Issue[] {
  const out: Issue[] = [];
  const walk = (node: ElementMeta, value: unknown, path: ModelPath): void => {
    if (value === undefined || value === null) return;
    if (node.max > 1 && path.length > 0 && Array.isArray(value)) {
      value.forEach((v, i) => walkOne(node, v, [...path, i]));
      return;
    }
    walkOne(node, value, path);
  };
  const walkOne = (node: ElementMeta, value: unknown, path: ModelPath): void => {
    if (node.encoding === 'group') {
      if (typeof value !== 'object' || value === null) return;
      for (const c of node.children ?? []) {
        if (Object.prototype.hasOwnProperty.call(value, c.name)) walk(c, (value as Record<string, unknown>)[c.name], [...path, c.name]);
      }
      return;
    }
    const check = (listId: string | undefined, v: unknown, p: ModelPath): void => {
      if (!listId || typeof v !== 'string') return;
      const list = codeLists[listId];
      if (!list || list.complete || list.values.length === 0) return;
      if (!list.values.some((x) => x.code === v)) {
        out.push(
          issue('unknown_code', p, pointerFor(meta, p), `${node.label}: ${JSON.stringify(v)} is not among the ${list.values.length} codes of ${listId} we hold (the list is partial: check it)`, {
            severity: 'warning',
            ref: listId,
          }),
        );
      }
    };
    if (node.encoding === 'amount') {
      if (typeof value === 'object' && value !== null) check(node.amount?.currencyCodeList, (value as Record<string, unknown>).currency, [...path, 'currency']);
      return;
    }
    check(node.codeList, value, path);
  };
  walk(meta.root, data, []);
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
    return [issue('unreadable', [], `/${meta.id}`, `The input could not be read: ${e instanceof Error ? e.message : String(e)}`)];
  }
}
