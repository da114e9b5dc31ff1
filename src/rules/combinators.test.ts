import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { IE3F32Meta } from '../generated/messages/IE3F32';
import { containerCheckDigit } from './checks/containerCheckDigit';
import { checkContainerNumber } from './checks/checkContainerNumber';
import {
  absent,
  all,
  and,
  anyOf,
  atLeastOne,
  checkDigit,
  checkWith,
  equals,
  forbidden,
  forEach,
  matches,
  not,
  oneOf,
  or,
  present,
  required,
  rule,
  sequentialFrom,
  unique,
  when,
} from './combinators';
import { runRule } from './runRule';
import type { Check } from './types';

const ctx = { meta: IE3F32Meta, data: {} };
const run = (check: Check, value: unknown) => check({ ...ctx, data: value }, { path: [], value });
const paths = (check: Check, value: unknown) => run(check, value).map((f) => f.path);

const houses = {
  consignmentMasterLevel: {
    consignmentHouseLevel: [
      {
        referenceNumberUCR: { referenceNumberUCR: 'UCR1' },
        goodsItem: [{ goodsItemNumber: '1' }, { goodsItemNumber: '2' }],
      },
      { goodsItem: [{ goodsItemNumber: '1' }, { goodsItemNumber: '3' }] },
    ],
  },
};
const H = 'consignmentMasterLevel.consignmentHouseLevel[*]';

describe('required / forbidden', () => {
  it('reports the concrete path of every missing value', () => {
    expect(paths(forEach(H, required('referenceNumberUCR')), houses)).toEqual([
      ['consignmentMasterLevel', 'consignmentHouseLevel', 1, 'referenceNumberUCR'],
    ]);
    expect(paths(required('declarant.name'), {})).toEqual([['declarant', 'name']]);
  });
  it('forbids given values', () => {
    expect(paths(forbidden(`${H}.referenceNumberUCR`), houses)).toEqual([
      ['consignmentMasterLevel', 'consignmentHouseLevel', 0, 'referenceNumberUCR'],
    ]);
    expect(run(forbidden('x', 'no x'), { x: 'a' })[0]?.message).toBe('no x');
  });
});

describe('when and predicates', () => {
  const c = when(
    equals('containerIndicator', '1'),
    required('transportEquipment'),
    forbidden('transportEquipment'),
  );
  it('branches on the predicate', () => {
    expect(paths(c, { containerIndicator: '1' })).toEqual([['transportEquipment']]);
    expect(paths(c, { containerIndicator: '0', transportEquipment: [{}] })).toEqual([['transportEquipment']]);
    expect(paths(c, { containerIndicator: '0' })).toEqual([]);
    expect(paths(when(present('a'), required('b')), {})).toEqual([]);
  });
  it('combines predicates', () => {
    const s = { path: [], value: { a: '1', b: ['x', 'y'] } };
    expect(present('a')(ctx, s)).toBe(true);
    expect(absent('a')(ctx, s)).toBe(false);
    expect(anyOf('b', ['y'])(ctx, s)).toBe(false); // b is an array of strings, not a path into them
    expect(anyOf('a', ['1', '2'])(ctx, s)).toBe(true);
    expect(and(present('a'), not(present('c')))(ctx, s)).toBe(true);
    expect(or(present('c'), present('d'))(ctx, s)).toBe(false);
  });
});

describe('oneOf / atLeastOne', () => {
  it('oneOf reports none at the scope and extras where they are', () => {
    expect(paths(oneOf(['a', 'b']), {})).toEqual([[]]);
    expect(paths(oneOf(['a', 'b']), { a: '1' })).toEqual([]);
    expect(paths(oneOf(['a', 'b']), { a: '1', b: '2' })).toEqual([['b']]);
  });
  it('atLeastOne', () => {
    expect(paths(atLeastOne(['a', 'b']), {})).toEqual([[]]);
    expect(paths(atLeastOne(['a', 'b']), { b: '2' })).toEqual([]);
  });
});

describe('unique / sequentialFrom', () => {
  it('reports repeats', () => {
    expect(paths(unique(`${H}.goodsItem[*].goodsItemNumber`), houses)).toEqual([
      ['consignmentMasterLevel', 'consignmentHouseLevel', 1, 'goodsItem', 0, 'goodsItemNumber'],
    ]);
  });
  it('reports numbers out of sequence, per scope', () => {
    expect(paths(forEach(H, sequentialFrom('goodsItem[*].goodsItemNumber', 1)), houses)).toEqual([
      ['consignmentMasterLevel', 'consignmentHouseLevel', 1, 'goodsItem', 1, 'goodsItemNumber'],
    ]);
  });
  it('accepts 1..n and rejects any other sequence (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.nat(20), { maxLength: 15 }), (ns) => {
        const d = { item: ns.map((n) => ({ no: String(n) })) };
        const ok = ns.every((n, i) => n === i + 1);
        expect(run(sequentialFrom('item[*].no'), d).length === 0).toBe(ok);
      }),
    );
  });
});

describe('matches / checkWith / checkDigit', () => {
  it('matches', () => {
    expect(paths(matches('a[*]', /^\d+$/), { a: ['1', 'x'] })).toEqual([['a', 1]]);
  });
  it('checkWith uses a reference check and its message', () => {
    const f = run(checkWith('c', checkContainerNumber), { c: 'CSQU3054384' });
    expect(f[0]?.message).toMatch(/check digit 3/);
    expect(run(checkWith('c', checkContainerNumber, 'warning'), { c: 'CSQU3054384' })[0]?.severity).toBe(
      'warning',
    );
    expect(run(checkWith('c', checkContainerNumber), { c: 'CSQU3054383' })).toEqual([]);
  });
  it('checkDigit', () => {
    const c = checkDigit('c', (s) => containerCheckDigit(s));
    expect(run(c, { c: 'CSQU3054383' })).toEqual([]);
    expect(run(c, { c: 'CSQU3054384' })[0]?.message).toMatch(/expected check character 3/);
  });
  it('all concatenates', () => {
    expect(run(all(required('a'), required('b')), {}).length).toBe(2);
  });
});

describe('rule + runRule', () => {
  it('turns findings into issues with code, ref, pointer and model path', () => {
    const r = rule(
      'company-ucr',
      { summary: 'No filing without a UCR' },
      forEach(H, required('referenceNumberUCR')),
    );
    expect(r.kind).toBe('custom');
    const issues = runRule(r, { meta: IE3F32Meta, data: houses });
    expect(issues).toEqual([
      {
        code: 'company-ucr',
        severity: 'error',
        path: ['consignmentMasterLevel', 'consignmentHouseLevel', 1, 'referenceNumberUCR'],
        pointer: '/IE3F32/consignmentMasterLevel/consignmentHouseLevel[2]/referenceNumberUCR',
        message: expect.stringContaining('referenceNumberUCR is required') as string,
        ref: 'company-ucr',
      },
    ]);
    expect(runRule(r, { meta: IE3F32Meta, data: houses }, 'warning')[0]?.severity).toBe('warning');
  });
  it('reports a throwing rule as rule_failed', () => {
    const bad = rule('bad', { summary: 'throws' }, () => {
      throw new Error('boom');
    });
    expect(runRule(bad, { meta: IE3F32Meta, data: {} })).toMatchObject([{ code: 'rule_failed', ref: 'bad' }]);
  });
});
