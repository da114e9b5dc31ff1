/**
 * Mutations that break exactly one thing in a valid instance and say which issue `validate` reports.
 * Driven by the metadata and the instance; no fast-check here.
 */
import { parseFormat } from '../core/format';
import type { ModelPath } from '../core/issue';
import type { ElementMeta } from '../core/meta';
import { pointerFor } from '../core/pointer';
import type { MessageType } from '../generated/catalogue';
import { codeLists } from '../generated/codelists';
import { registry } from '../generated/registry';
import { formatOf, sampleMessage } from './generate';

/** What a mutation does. */
export type MutationKind =
  | 'missing'
  | 'too_few'
  | 'too_many'
  | 'too_long'
  | 'invalid_format'
  | 'invalid_code'
  | 'number_not_allowed'
  | 'unexpected'
  | 'invalid_type';

/** One mutation of an instance: what it breaks, the issue to expect, and the function that applies it. */
export interface Mutation {
  kind: MutationKind;
  /** One line: what is broken where. */
  description: string;
  /** The issue `validate(id, apply(value), { rules: false })` reports, and the only error it reports. */
  expect: { code: string; path: ModelPath; pointer: string };
  /** A mutated deep copy; the instance given is not changed. */
  apply(value: unknown): unknown;
}

type Obj = Record<string, unknown>;

function update(data: unknown, path: ModelPath, f: (v: unknown) => unknown): unknown {
  if (path.length === 0) return f(data);
  const [head, ...rest] = path as [string | number, ...ModelPath];
  if (Array.isArray(data)) {
    const copy = data.slice();
    copy[Number(head)] = update(copy[Number(head)], rest, f);
    return copy;
  }
  const copy: Obj = { ...(data as Obj) };
  const v = update(copy[head], rest, f);
  if (v === undefined) delete copy[head];
  else copy[head] = v;
  return copy;
}

const clone = <T>(v: T): T => structuredClone(v);

/** A value of the format's length and shape that is not in the complete code list, or `undefined`. */
function outsideList(format: string, codes: readonly string[]): string | undefined {
  const f = parseFormat(format);
  const set = new Set(codes);
  const n = f.min === f.max ? f.max : Math.min(f.max, 3);
  const alphabet = f.type === 'n' ? '9876543210' : f.type === 'a' ? 'QZXJWV' : 'QZ9X8J';
  for (let i = 0; i < alphabet.length; i++) {
    const s = Array.from({ length: n }, (_, k) => alphabet[(i + k) % alphabet.length]).join('');
    if (!set.has(s)) return s;
  }
  return undefined;
}

/** The mutations of one leaf value (text, dateTime). */
function leafMutations(node: ElementMeta, path: ModelPath, pointer: string, out: Mutation[]): void {
  const format = formatOf(node);
  const f = parseFormat(format);
  const at = (kind: MutationKind, code: string, description: string, value: unknown): void => {
    out.push({
      kind,
      description,
      expect: { code, path, pointer },
      apply: (v) => update(clone(v), path, () => value),
    });
  };
  const list = node.codeList ? codeLists[node.codeList] : undefined;
  const complete = !!list?.complete && list.values.length > 0;
  if (complete) {
    const bad = outsideList(
      format,
      list.values.map((v) => v.code),
    );
    if (bad !== undefined)
      at(
        'invalid_code',
        'invalid_code',
        `${pointer}: ${JSON.stringify(bad)} is not a code of ${list.id}`,
        bad,
      );
    return;
  }
  if (f.type === 'an')
    at('too_long', 'too_long', `${pointer}: ${f.max + 1} characters (${format})`, 'X'.repeat(f.max + 1));
  if (f.type === 'dateTime')
    at(
      'invalid_format',
      'invalid_format',
      `${pointer}: a date-time with milliseconds`,
      '2024-04-12T11:13:57.000Z',
    );
  if (f.type === 'a')
    at(
      'invalid_format',
      'invalid_format',
      `${pointer}: digits where letters are required (${format})`,
      '1'.repeat(f.min),
    );
  if (f.type === 'n') {
    at(
      'invalid_format',
      'invalid_format',
      `${pointer}: letters where digits are required (${format})`,
      'x'.repeat(f.min),
    );
    at(
      'number_not_allowed',
      'number_not_allowed',
      `${pointer}: a JSON number instead of a decimal string`,
      7,
    );
  }
}

/**
 * Mutations of a valid instance that each break exactly one thing, with the issue `validate` then reports
 * (code, model path and XML pointer): a mandatory element removed (`missing`), a list emptied (`too_few`) or
 * one too long (`too_many`, lists of at most 99), a value too long, in the wrong shape or outside a complete
 * code list, a JSON number for a decimal, an unknown key (`unexpected`), a group replaced by a string
 * (`invalid_type`). Driven by the metadata and the instance (by default `sampleMessage(id, { elements: 'full' })`),
 * so it covers every element present. Pure; `apply` returns a copy.
 *
 * @example
 * ```ts
 * import { mutations, sampleMessage } from 'ics2/testing';
 * const { value } = sampleMessage('IE3F32');
 * for (const m of mutations('IE3F32', value)) {
 *   const r = validate('IE3F32', m.apply(value), { rules: false });
 *   // r.issues contains { code: m.expect.code, pointer: m.expect.pointer }
 * }
 * ```
 */
export function mutations(id: MessageType, value?: unknown): Mutation[] {
  const meta = registry[id].meta;
  const data = value ?? sampleMessage(id, { elements: 'full', repeat: 1, rules: false }).value;
  const out: Mutation[] = [];
  const ptr = (p: ModelPath): string => pointerFor(meta, p);
  const walkGroup = (node: ElementMeta, v: unknown, path: ModelPath): void => {
    if (v === null || typeof v !== 'object' || Array.isArray(v)) return;
    const o = v as Obj;
    const up = [...path, 'notAnElement'];
    out.push({
      kind: 'unexpected',
      description: `${ptr(path)}: an unknown key notAnElement`,
      expect: { code: 'unexpected', path: up, pointer: ptr(up) },
      apply: (x) => update(clone(x), path, (g) => ({ ...(g as Obj), notAnElement: 'x' })),
    });
    for (const c of node.children ?? []) {
      if (!Object.prototype.hasOwnProperty.call(o, c.name)) continue;
      const cv = o[c.name];
      const cp = [...path, c.name];
      if (c.max > 1) {
        if (!Array.isArray(cv)) continue;
        if (c.min >= 1) {
          out.push({
            kind: 'too_few',
            description: `${ptr(cp)}: an empty list (at least ${c.min})`,
            expect: { code: 'too_few', path: cp, pointer: ptr(cp) },
            apply: (x) => update(clone(x), cp, () => []),
          });
        }
        if (c.max <= 99 && cv.length > 0) {
          const item = cv[0];
          out.push({
            kind: 'too_many',
            description: `${ptr(cp)}: ${c.max + 1} repetitions (at most ${c.max})`,
            expect: { code: 'too_many', path: cp, pointer: ptr(cp) },
            apply: (x) => update(clone(x), cp, () => Array.from({ length: c.max + 1 }, () => clone(item))),
          });
        }
        cv.forEach((item, i) => walkOne(c, item, [...cp, i]));
      } else {
        if (c.min >= 1) {
          out.push({
            kind: 'missing',
            description: `${ptr(cp)}: removed (mandatory)`,
            expect: { code: 'missing', path: cp, pointer: ptr(cp) },
            apply: (x) => update(clone(x), cp, () => undefined),
          });
        }
        walkOne(c, cv, cp);
      }
    }
  };
  const walkOne = (node: ElementMeta, v: unknown, path: ModelPath): void => {
    if (node.encoding === 'group') {
      out.push({
        kind: 'invalid_type',
        description: `${ptr(path)}: a string where an element group is expected`,
        expect: { code: 'invalid_type', path, pointer: ptr(path) },
        apply: (x) => update(clone(x), path, () => 'not a group'),
      });
      walkGroup(node, v, path);
    } else if (node.encoding === 'amount') {
      const a = node.amount ?? { value: 'n..16,2', currency: 'a3' };
      const vp = [...path, 'value'];
      leafMutations({ ...node, encoding: 'text', format: a.value, codeList: undefined }, vp, ptr(vp), out);
    } else leafMutations(node, path, ptr(path), out);
  };
  walkGroup(meta.root, data, []);
  return out;
}
