import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { IE3F32 } from '../generated/messages/IE3F32';
import { deepFreeze } from './deepCopy';
import { express, sea } from './index';
import { sampleFilingInput } from './sampleFilingInput';
import { messageInfo } from '../validate';

const f32 = sampleFilingInput('IE3F32') as unknown as Record<keyof IE3F32, never>;

const complete = () =>
  express
    .f32()
    .set('LRN', 'LRN-0001')
    .set('documentIssueDate', f32.documentIssueDate)
    .set('addressedMemberState', { country: 'DE' })
    .set('declarant', f32.declarant)
    .set('consignmentMasterLevel', f32.consignmentMasterLevel);

describe('createBuilder (via express.f32)', () => {
  it('builds the validated message, with dates in UTC and masses as exact decimals', () => {
    const r = complete().build();
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.documentIssueDate).toBe('2024-04-12T11:13:57Z');
    const house = r.value.consignmentMasterLevel.consignmentHouseLevel[0]!;
    expect(house.totalGrossMass).toBe('1250.5');
    expect(house.goodsItem[0]!.goodsItemNumber).toBe('1');
    expect(r.value.SpecificCircumstanceIndicator).toBe('F32');
  });

  it('never mutates what the caller passed (deeply frozen inputs)', () => {
    const input = deepFreeze(structuredClone(sampleFilingInput('IE3F32')));
    const before = JSON.stringify(input);
    let b = express.f32() as unknown as { set(k: string, v: unknown): typeof b; build(): { ok: boolean } };
    for (const [k, v] of Object.entries(input)) b = b.set(k, v);
    expect(b.build().ok).toBe(true);
    expect(JSON.stringify(input)).toBe(before);
  });

  it('does not share state with the caller: changing an input after set() changes nothing', () => {
    const state = { country: 'DE' };
    const b = complete().set('addressedMemberState', state);
    state.country = 'not a country';
    expect(b.get('addressedMemberState')).toEqual({ country: 'DE' });
    expect(b.build().ok).toBe(true);
  });

  it('is immutable: each set returns a new builder and one base derives two filings', () => {
    const base = complete();
    const a = base.set('LRN', 'LRN-A');
    const b = base.set('LRN', 'LRN-B');
    expect(base.get('LRN')).toBe('LRN-0001');
    const ra = a.build();
    const rb = b.build();
    expect(ra.ok && ra.value.LRN).toBe('LRN-A');
    expect(rb.ok && rb.value.LRN).toBe('LRN-B');
    const out = base.input();
    (out as Record<string, unknown>).LRN = 'changed';
    expect(base.get('LRN')).toBe('LRN-0001');
  });

  it('unset() removes an optional element', () => {
    const withRep = complete().set('representative', {
      ...(f32.declarant as object),
      status: '2',
    } as never);
    expect(withRep.get('representative')).toBeDefined();
    expect(withRep.unset('representative').get('representative')).toBeUndefined();
  });

  it('reports every issue instead of throwing: inexact masses, bad dates, format errors', () => {
    const cml = structuredClone(f32.consignmentMasterLevel) as unknown as {
      consignmentHouseLevel: { totalGrossMass: unknown }[];
    };
    cml.consignmentHouseLevel[0]!.totalGrossMass = 0.1 + 0.2;
    const r = complete()
      .set('documentIssueDate', '2024-04-12 11:13:57')
      .set('LRN', 'X'.repeat(30))
      .set('consignmentMasterLevel', cml as never)
      .build();
    expect(r.ok).toBe(false);
    if (r.ok) return;
    const codes = r.issues.map((i) => `${i.code} ${i.pointer}`);
    expect(codes).toContain(
      'inexact_number /IE3F32/consignmentMasterLevel/consignmentHouseLevel[1]/totalGrossMass',
    );
    expect(codes).toContain('invalid_date /IE3F32/documentIssueDate');
    expect(codes.some((c) => c.endsWith('/IE3F32/LRN'))).toBe(true);
  });

  it('a builder from valid pieces always emits a valid message (property)', () => {
    const mass = fc.oneof(
      fc.integer({ min: 1, max: 99_999_999 }),
      fc
        .tuple(fc.integer({ min: 0, max: 9_999_999 }), fc.integer({ min: 1, max: 999_999 }))
        .map(([i, f]) => `${i}.${String(f).padStart(6, '0')}`),
    );
    const date = fc.date({
      min: new Date('2000-01-01T00:00:00Z'),
      max: new Date('2099-12-31T23:59:59Z'),
      noInvalidDate: true,
    });
    const item = fc.record({
      description: fc.constantFrom(
        'Men’s knitted cotton T-shirts',
        'Stainless steel kitchen knives',
        'Lithium-ion laptop batteries',
      ),
      hs: fc.constantFrom('610910', '821191', '850760'),
      count: fc.integer({ min: 1, max: 99_999_999 }),
      mass,
    });
    fc.assert(
      fc.property(date, fc.array(item, { minLength: 1, maxLength: 12 }), mass, (when, items, total) => {
        const house = (
          f32.consignmentMasterLevel as unknown as { consignmentHouseLevel: Record<string, unknown>[] }
        ).consignmentHouseLevel[0]!;
        const r = complete()
          .set('documentIssueDate', when)
          .set('consignmentMasterLevel', {
            consignmentHouseLevel: [
              {
                ...(house as object),
                totalGrossMass: total,
                goodsItem: items.map((i) => ({
                  commodity: {
                    descriptionOfGoods: i.description,
                    commodityCode: { harmonizedSystemSubHeadingCode: i.hs },
                  },
                  weight: { grossMass: i.mass },
                  packaging: { numberOfPackages: i.count },
                })),
              },
            ],
          } as never)
          .build();
        if (!r.ok) expect(r.issues).toEqual([]);
        expect(
          r.ok &&
            r.value.consignmentMasterLevel.consignmentHouseLevel[0]!.goodsItem.map((g) => g.goodsItemNumber),
        ).toEqual(items.map((_, i) => String(i + 1)));
      }),
      { numRuns: 60 },
    );
  });

  it('sea.f10() presets its specific circumstance indicator', () => {
    expect(sea.f10().get('SpecificCircumstanceIndicator')).toBe('F10');
  });
});

describe('build() with the types bypassed', () => {
  it('names each missing mandatory top-level element in a structured issue', () => {
    const loose = express.f32().set('LRN', 'LRN-0001') as unknown as {
      build(): {
        ok: boolean;
        issues?: { code: string; path: unknown[]; pointer: string; message: string }[];
      };
    };
    const r = loose.build();
    expect(r.ok).toBe(false);
    const missing = (r.issues ?? []).filter((i) => i.code === 'missing' && i.path.length === 1);
    const mandatory = messageInfo('IE3F32')
      .root.children!.filter(
        (c) => c.min >= 1 && c.name !== 'LRN' && c.name !== 'SpecificCircumstanceIndicator',
      )
      .map((c) => c.name);
    expect(mandatory).toEqual(expect.arrayContaining(['declarant', 'consignmentMasterLevel']));
    expect(missing.map((i) => i.path[0]).sort()).toEqual([...mandatory].sort());
    const declarant = missing.find((i) => i.path[0] === 'declarant')!;
    expect(declarant.pointer).toBe('/IE3F32/declarant');
    expect(declarant.message).toContain(".set('declarant', ...)");
  });
});
