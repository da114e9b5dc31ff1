/**
 * Hostile shapes (issue 12 items 4, 5, 7, 12, 14): every operation bounded. These tests assert on counts
 * (issues, reads), never on time; the times are in `npm run bench` ("1 MB of any shape").
 */
import { describe, expect, it } from 'vitest';
import { minimalInstance } from '../support/instances';
import { registry } from '../../src/generated/registry';
import { IE3F32Message } from '../../src/generated/messages/IE3F32';
import { validate } from '../../src/validate';
import { toXml, toXmlChunks } from '../../src/xml/toXml';

type Anyish = Record<string, any>;
const f32 = (): Anyish => minimalInstance(registry.IE3F32.meta) as Anyish;

describe('bounds', () => {
  it('caps the issues of validate, with a final too_many_issues that counts the rest', () => {
    const d = f32();
    d.consignmentMasterLevel.consignmentHouseLevel = Array.from({ length: 99_999 }, () => ({}));
    const r = validate('IE3F32', d);
    expect(r.ok).toBe(false);
    const issues = r.issues ?? [];
    expect(issues).toHaveLength(1001);
    const last = issues.at(-1)!;
    expect(last.code).toBe('too_many_issues');
    expect(last.message).toMatch(/^\d+ more issue/);
    expect(Number(/^(\d+)/.exec(last.message)![1])).toBeGreaterThan(300_000);
    const few = validate('IE3F32', d, { maxIssues: 10 });
    expect(few.issues).toHaveLength(11);
  });

  it('a list over its maximum is one issue, its elements are not read', () => {
    const d = f32();
    let reads = 0;
    const item = d.consignmentMasterLevel.consignmentHouseLevel[0].goodsItem[0];
    const list = new Array(20_000)
      .fill(null)
      .map(() =>
        Object.defineProperty({ ...item }, 'commodity', {
          enumerable: true,
          get: () => (reads++, item.commodity),
        }),
      );
    d.consignmentMasterLevel.consignmentHouseLevel[0].goodsItem = list;
    const r = validate('IE3F32', d, { rules: false });
    expect(r.issues?.map((i) => i.code)).toEqual(['too_many']);
    expect(reads).toBe(0);
  });

  it('a sparse array is one issue, not one per hole (validate and toXml)', () => {
    const d = f32();
    d.consignmentMasterLevel.consignmentHouseLevel[0].goodsItem = new Array(60); // under the library's maximum of 99 goods items per house (GoodsItemType of F32);
    const v = validate('IE3F32', d, { rules: false });
    expect(v.issues?.map((i) => i.code)).toEqual(['sparse_array']);
    d.consignmentMasterLevel.consignmentHouseLevel[0].goodsItem = new Array(1e7);
    const x = toXml('IE3F32', d as never, { validate: false });
    expect(!x.ok && x.issues.map((i) => i.code)).toEqual(['sparse_array']);
    expect(!x.ok && x.issues[0]!.message).toContain('10000000 empty slot(s)');
  });

  it('caps the writer issues of toXml with validate: false', () => {
    const d = f32();
    d.consignmentMasterLevel.consignmentHouseLevel = Array.from({ length: 5000 }, () => ({
      totalGrossMass: 5,
    }));
    const x = toXml('IE3F32', d as never, { validate: false });
    expect(!x.ok && x.issues.length).toBe(1001);
    expect(!x.ok && x.issues.at(-1)!.code).toBe('too_many_issues');
  });

  it('stays on the stack with 300,000 goods items (a spread overflows at about 120,000) (no rules_failed)', () => {
    const d = f32();
    const item = d.consignmentMasterLevel.consignmentHouseLevel[0].goodsItem[0];
    d.consignmentMasterLevel.consignmentHouseLevel[0].goodsItem = Array.from({ length: 300_000 }, () => item);
    const r = validate('IE3F32', d, { maxIssues: 50 });
    const codes = (r.issues ?? []).map((i) => i.code);
    expect(codes).not.toContain('rules_failed');
    expect(codes).not.toContain('unreadable');
    expect(codes).toContain('too_many');
  });

  it('reads no inherited property (prototype pollution)', () => {
    const proto = Object.prototype as Anyish;
    proto.carrier = { name: 'EVIL', identificationNumber: 'X' };
    proto.extraField = 'x';
    try {
      const d = f32();
      const x = toXml('IE3F32', d as never, { validate: false });
      expect(x.ok && x.xml).not.toContain('EVIL');
      const v = validate('IE3F32', d, { rules: false });
      expect(v.ok).toBe(true);
      const c = toXmlChunks('IE3F32', d as never, { validate: false });
      expect(c.ok && [...c.chunks].join('')).not.toContain('EVIL');
    } finally {
      delete proto.carrier;
      delete proto.extraField;
    }
  });

  it('toXmlChunks reads each value once; changing the data while consuming changes nothing', () => {
    const d = f32();
    let reads = 0;
    const lrn = d.LRN as string;
    Object.defineProperty(d, 'LRN', {
      enumerable: true,
      get: () => {
        reads++;
        if (reads > 1) throw new Error('second read');
        return lrn;
      },
    });
    const r = toXmlChunks('IE3F32', d as never, { validateOptions: { rules: false } });
    expect(r.ok).toBe(true);
    expect(reads).toBe(1);
    d.consignmentMasterLevel.consignmentHouseLevel = 'changed';
    const xml = r.ok ? [...r.chunks].join('') : '';
    expect(xml).toContain(`<LRN>${lrn}</LRN>`);
    expect(xml).toContain('<consignmentHouseLevel>');
  });

  it('a getter that throws is an issue, never a throw', () => {
    const d = f32();
    Object.defineProperty(d, 'LRN', {
      enumerable: true,
      get: () => {
        throw new Error('boom');
      },
    });
    expect(() => toXmlChunks('IE3F32', d as never)).not.toThrow();
    expect(toXmlChunks('IE3F32', d as never).ok).toBe(false);
    expect(validate('IE3F32', d).issues?.[0]?.code).toBe('unreadable');
  });

  it('validate takes null options and refuses options that are no object, without a throw', () => {
    const d = f32();
    expect(() => validate('IE3F32', d, null)).not.toThrow();
    expect(validate('IE3F32', d, null).issues?.some((i) => i.code === 'invalid_options')).toBeFalsy();
    expect(validate('IE3F32', d, 5 as never).issues?.map((i) => i.code)).toEqual(['invalid_options']);
    expect(validate(IE3F32Message, d, null).issues?.some((i) => i.code === 'invalid_options')).toBeFalsy();
  });

  it('the $unknown key of the XML reader is no extra field and is not written', () => {
    const d = f32();
    d.$unknown = [{ name: 'x', after: 'LRN', xml: '<x/>' }];
    expect(validate('IE3F32', d, { rules: false }).issues?.some((i) => i.code === 'unexpected')).toBeFalsy();
    const x = toXml('IE3F32', d as never, { validate: false });
    expect(x.ok && x.xml).not.toContain('$unknown');
  });
});
