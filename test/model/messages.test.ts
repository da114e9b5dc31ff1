/**
 * Every one of the 84 messages: minimal and maximal instances validate clean; each violation class yields
 * the right code at the right path and pointer.
 */
import { describe, expect, it } from 'vitest';
import { messageInfo, messageTypes, validate, type ElementMeta, type MessageMeta, type MessageType } from '../../src/index';
import { codeLists } from '../../src/generated/codelists';
import { parseFormat } from '../../src/core/format';
import { maximalInstance, minimalInstance } from '../support/instances';

type Found = { path: (string | number)[]; pointer: string; node: ElementMeta };

/** Find the first element (depth-first, in instance order) satisfying `pred`, with its path in `inst`. */
function find(meta: MessageMeta, inst: unknown, pred: (n: ElementMeta) => boolean): Found | undefined {
  const walk = (node: ElementMeta, value: unknown, path: (string | number)[], ptr: string): Found | undefined => {
    for (const c of node.children ?? []) {
      if (value === null || typeof value !== 'object' || !(c.name in value)) continue;
      const v = (value as Record<string, unknown>)[c.name];
      const p = c.max > 1 ? [...path, c.name, 0] : [...path, c.name];
      const q = c.max > 1 ? `${ptr}/${c.name}[1]` : `${ptr}/${c.name}`;
      if (pred(c)) return { path: c.max > 1 ? [...path, c.name] : p, pointer: c.max > 1 ? `${ptr}/${c.name}` : q, node: c };
      if (c.encoding === 'group') {
        const r = walk(c, c.max > 1 ? (v as unknown[])[0] : v, p, q);
        if (r) return r;
      }
    }
    return undefined;
  };
  return walk(meta.root, inst, [], `/${meta.id}`);
}

function setAt(obj: unknown, path: (string | number)[], value: unknown): void {
  let cur = obj as Record<string | number, unknown>;
  for (const seg of path.slice(0, -1)) cur = cur[seg] as Record<string | number, unknown>;
  const last = path.at(-1)!;
  if (value === undefined) delete cur[last];
  else cur[last] = value;
}

const clone = <T>(x: T): T => structuredClone(x);
const codes = (r: ReturnType<typeof validate>) => (r.ok ? [] : r.issues.filter((i) => i.severity === 'error'));

describe.each(messageTypes.map((id) => [id]))('%s', (id: MessageType) => {
  const meta = messageInfo(id);
  const max = maximalInstance(meta);

  it('has a complete tree with provenance', () => {
    expect(meta.id).toBe(id);
    expect(meta.root.children?.length).toBeGreaterThan(0);
    const c = meta.coverage;
    expect(c.table + c.twin + c.sibling + c.inferred).toBeGreaterThan(0);
  });

  it('validates minimal and maximal instances clean', () => {
    const min = minimalInstance(meta);
    expect(validate(id, min, { rules: false })).toMatchObject({ ok: true });
    expect(validate(id, max, { rules: false })).toMatchObject({ ok: true });
  });

  it('reports a missing mandatory element', () => {
    const inst = clone(max);
    const f = find(meta, inst, (n) => n.min === 1 && n.max === 1)!;
    setAt(inst, f.path, undefined);
    const r = codes(validate(id, inst, { rules: false }));
    expect(r).toContainEqual(expect.objectContaining({ code: 'missing', path: f.path, pointer: f.pointer }));
  });

  it('reports a value too long', () => {
    const inst = clone(max);
    const f = find(meta, inst, (n) => n.encoding === 'text' && !!n.format && parseFormat(n.format).type === 'an' && n.max === 1 && !n.codeList);
    if (!f) return expect(meta.root.children?.length).toBeGreaterThan(0);
    setAt(inst, f.path, 'X'.repeat(parseFormat(f.node.format!).max + 1));
    expect(codes(validate(id, inst, { rules: false }))).toContainEqual(
      expect.objectContaining({ code: 'too_long', path: f.path, pointer: f.pointer, ref: f.node.format }),
    );
  });

  it('reports a wrong pattern (a date-time with fractions, a letter in a number, a short fixed-length value)', () => {
    const inst = clone(max);
    const f = find(meta, inst, (n) => n.max === 1 && (n.encoding === 'dateTime' || (!!n.format && parseFormat(n.format).type !== 'an')));
    if (f) {
      const t = f.node.encoding === 'dateTime' ? 'dateTime' : parseFormat(f.node.format!).type;
      setAt(inst, f.path, t === 'dateTime' ? '2024-04-12T11:13:57.123Z' : t === 'n' ? '1x' : '1');
      expect(codes(validate(id, inst, { rules: false }))).toContainEqual(expect.objectContaining({ code: 'invalid_format', path: f.path, pointer: f.pointer }));
    } else {
      const g = find(meta, inst, (n) => n.max === 1 && !!n.format && parseFormat(n.format).min === parseFormat(n.format).max)!;
      expect(g).toBeDefined();
      setAt(inst, g.path, 'X');
      expect(codes(validate(id, inst, { rules: false }))).toContainEqual(expect.objectContaining({ code: 'too_short', path: g.path, pointer: g.pointer }));
    }
  });

  it('reports too few and too many repetitions', () => {
    const inst = clone(max);
    const few = find(meta, inst, (n) => n.max > 1 && n.min >= 1);
    const many = find(meta, inst, (n) => n.max > 1 && n.max < 100);
    if (few) {
      const i1 = clone(max);
      setAt(i1, few.path, []);
      expect(codes(validate(id, i1, { rules: false }))).toContainEqual(expect.objectContaining({ code: 'too_few', path: few.path, pointer: few.pointer }));
    }
    if (many) {
      const i2 = clone(max);
      const arr = (few && few.path.join() === many.path.join() ? i2 : i2) as unknown;
      let cur = arr as Record<string | number, unknown>;
      for (const seg of many.path) cur = cur[seg] as Record<string | number, unknown>;
      const list = cur as unknown as unknown[];
      setAt(i2, many.path, Array.from({ length: many.node.max + 1 }, () => list[0]));
      expect(codes(validate(id, i2, { rules: false }))).toContainEqual(expect.objectContaining({ code: 'too_many', path: many.path, pointer: many.pointer }));
    }
    expect(few ?? many ?? meta).toBeDefined();
  });

  it('reports a code outside a complete list as an error, outside a partial list as a warning', () => {
    const complete = find(meta, max, (n) => n.max === 1 && !!n.codeList && !!codeLists[n.codeList]?.complete);
    if (complete) {
      const inst = clone(max);
      setAt(inst, complete.path, 'Q9');
      const r = validate(id, inst, { rules: false });
      expect(codes(r)).toContainEqual(expect.objectContaining({ code: 'invalid_code', path: complete.path, ref: complete.node.codeList }));
    }
    const partial = find(meta, max, (n) => n.max === 1 && n.encoding === 'text' && !!n.codeList && !codeLists[n.codeList]?.complete && (codeLists[n.codeList]?.values.length ?? 0) > 0);
    if (partial) {
      const inst = clone(max);
      const fmt = parseFormat(partial.node.format!);
      const odd = fmt.type === 'n' ? '0'.repeat(fmt.max) : fmt.type === 'a' ? 'QQQ'.slice(0, fmt.max).padEnd(fmt.min, 'Q') : 'Q'.repeat(fmt.max);
      setAt(inst, partial.path, odd);
      const r = validate(id, inst, { rules: false });
      if (!codeLists[partial.node.codeList!]!.values.some((v) => v.code === odd)) {
        expect(r.ok).toBe(true);
        expect(r.issues).toContainEqual(expect.objectContaining({ code: 'unknown_code', severity: 'warning', path: partial.path }));
      }
    }
    expect(complete ?? partial ?? meta).toBeDefined();
  });

  it('refuses a number where a decimal string belongs', () => {
    const f = find(meta, max, (n) => n.max === 1 && ((!!n.format && parseFormat(n.format).type === 'n') || n.encoding === 'amount'));
    if (!f) return expect(meta.root).toBeDefined();
    const inst = clone(max);
    if (f.node.encoding === 'amount') {
      setAt(inst, [...f.path, 'value'], 0.1 + 0.2);
      expect(codes(validate(id, inst, { rules: false }))).toContainEqual(expect.objectContaining({ code: 'number_not_allowed', path: [...f.path, 'value'] }));
    } else {
      setAt(inst, f.path, 0.1 + 0.2);
      expect(codes(validate(id, inst, { rules: false }))).toContainEqual(expect.objectContaining({ code: 'number_not_allowed', path: f.path, pointer: f.pointer }));
    }
  });
});
