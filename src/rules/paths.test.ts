import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ancestor, expand, isPresent, parsePath, showPath, valueAt } from './paths';

const data = { a: [{ b: '1', c: [{ d: 'x' }] }, { b: '2' }], e: { f: 'y' } };
const root = { path: [], value: data };

describe('parsePath', () => {
  it('parses names, wildcards and indexes', () => {
    expect(parsePath('a[*].c[2].d')).toEqual([
      { name: 'a', index: '*' },
      { name: 'c', index: 2 },
      { name: 'd' },
    ]);
    expect(parsePath('')).toEqual([]);
  });
  it('rejects malformed segments', () => {
    expect(() => parsePath('a[x]')).toThrow(/Bad rule path/);
  });
});

describe('expand', () => {
  it('visits every array element with concrete indexes', () => {
    expect(expand(root, 'a[*].b').map((s) => [s.path, s.value])).toEqual([
      [['a', 0, 'b'], '1'],
      [['a', 1, 'b'], '2'],
    ]);
  });
  it('auto-expands arrays on intermediate steps, keeps a final array whole', () => {
    expect(expand(root, 'a.c.d').map((s) => s.path)).toEqual([['a', 0, 'c', 0, 'd']]);
    expect(expand(root, 'a')[0]?.value).toBe(data.a);
  });
  it('ends branches at missing values unless virtual', () => {
    expect(expand(root, 'e.g.h')).toEqual([]);
    expect(expand(root, 'e.g.h', true)).toEqual([{ path: ['e', 'g', 'h'], value: undefined }]);
    expect(expand(root, 'x[*].y', true)).toEqual([]);
  });
  it('selects a numeric index', () => {
    expect(expand(root, 'a[1].b')[0]?.value).toBe('2');
    expect(expand(root, 'a[5].b')).toEqual([]);
  });
  it('finds as many leaves as there are elements (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.string(), { maxLength: 20 }), (xs) => {
        const d = { list: xs.map((v) => ({ v })) };
        const found = expand({ path: [], value: d }, 'list[*].v');
        expect(found.map((s) => s.value)).toEqual(xs);
        found.forEach((s, i) => expect(valueAt(d, s.path)).toBe(xs[i]));
      }),
    );
  });
});

describe('helpers', () => {
  it('isPresent', () => {
    expect([undefined, null, '', []].map(isPresent)).toEqual([false, false, false, false]);
    expect(['0', {}, [1]].map(isPresent)).toEqual([true, true, true]);
  });
  it('valueAt, ancestor, showPath', () => {
    expect(valueAt(data, ['a', 0, 'c', 0, 'd'])).toBe('x');
    expect(valueAt(data, ['a', 'b'])).toBeUndefined();
    expect(ancestor(['m', 'h', 3, 'g', 0, 'x'], 'h')).toEqual(['m', 'h', 3]);
    expect(ancestor(['m', 'x'], 'm')).toEqual(['m']);
    expect(ancestor(['m'], 'z')).toBeUndefined();
    expect(showPath(['a', 0, 'b'])).toBe('a[0].b');
  });
});
