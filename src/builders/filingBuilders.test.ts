import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { filingTypes } from '../generated/catalogue';
import { validate } from '../validate';
import { toXml } from '../xml/toXml';
import { air, express, postal, rail, road, sea } from './index';
import { sampleFilingInput } from './sampleFilingInput';

const modes = { sea, air, express, postal, road, rail } as const;

type AnyBuilder = {
  set(k: string, v: unknown): AnyBuilder;
  build(): ReturnType<typeof validate>;
  messageType: string;
};

const factoryFor = (code: string, category: string): (() => AnyBuilder) => {
  const ns = modes[category as keyof typeof modes] as unknown as Record<string, () => AnyBuilder>;
  const f = ns[`f${code.slice(1)}`];
  if (!f) throw new Error(`no builder for ${code}`);
  return f;
};

const fill = (b: AnyBuilder, input: object): AnyBuilder =>
  Object.entries(input).reduce(
    (acc, [k, v]) => (k === 'SpecificCircumstanceIndicator' ? acc : acc.set(k, v)),
    b,
  );

describe('filing builders', () => {
  it('there is one builder per filing type, 31 in all, in the right mode', () => {
    const count = Object.values(modes).reduce(
      (n, ns) => n + Object.keys(ns).filter((k) => /^f\d\d$/.test(k)).length,
      0,
    );
    expect(count).toBe(31);
    for (const f of filingTypes) expect(factoryFor(f.code, f.category)().messageType).toBe(f.message);
  });

  it.each(filingTypes.map((f) => [f.code, f] as const))(
    '%s: the builder output validates and serializes',
    (code, f) => {
      const r = fill(factoryFor(code, f.category)(), sampleFilingInput(f.message)).build();
      if (!r.ok) expect(r.issues).toEqual([]);
      expect(r.ok).toBe(true);
      if (!r.ok) return;
      expect((r.value as { SpecificCircumstanceIndicator: string }).SpecificCircumstanceIndicator).toBe(code);
      expect(validate(f.message, r.value).ok).toBe(true);
      const x = toXml(f.message, r.value as never);
      if (!x.ok) expect(x.issues).toEqual([]);
      expect(x.ok && x.xml.includes(`<LRN>ICS2-${code}-000001</LRN>`)).toBe(true);
    },
  );

  it('never emits an invalid message from valid inputs: any filing type, masses, dates, item counts (property)', () => {
    const mass = fc.oneof(
      fc.integer({ min: 1, max: 9_999_999_999 }),
      fc
        .tuple(fc.integer({ min: 0, max: 99_999_999 }), fc.integer({ min: 1, max: 999_999 }))
        .map(([i, d]) => Number(`${i}.${d}`)),
      fc
        .tuple(fc.integer({ min: 0, max: 9_999_999_999 }), fc.integer({ min: 0, max: 999_999 }))
        .map(([i, d]) => `${i}.${String(d).padStart(6, '0')}`),
    );
    const offset = fc
      .integer({ min: -12, max: 14 })
      .map((h) => `${h < 0 ? '-' : '+'}${String(Math.abs(h)).padStart(2, '0')}:00`);
    const date = fc.oneof(
      fc.date({
        min: new Date('2000-01-01T00:00:00Z'),
        max: new Date('2099-12-31T23:59:59Z'),
        noInvalidDate: true,
      }),
      fc
        .tuple(
          fc.date({
            min: new Date('2000-01-02T00:00:00Z'),
            max: new Date('2099-12-30T00:00:00Z'),
            noInvalidDate: true,
          }),
          offset,
        )
        .map(([d, o]) => `${d.toISOString().slice(0, 19)}${o}`),
    );
    const reshape = (v: unknown, m: unknown, d: unknown, items: number): unknown => {
      if (Array.isArray(v)) return v.map((x) => reshape(x, m, d, items));
      if (v === null || typeof v !== 'object' || v instanceof Date) return v;
      const out: Record<string, unknown> = {};
      for (const [k, x] of Object.entries(v)) {
        if (k === 'grossMass' || k === 'totalGrossMass') out[k] = m;
        else if (k === 'documentIssueDate') out[k] = d;
        else if (k === 'goodsItem' && Array.isArray(x))
          out[k] = Array.from({ length: items }, () => {
            // The copies are renumbered by the builder (the sample carries the number of its one item).
            const { goodsItemNumber: _n, ...item } = x[0] as Record<string, unknown>;
            return reshape(item, m, d, items);
          });
        else out[k] = reshape(x, m, d, items);
      }
      return out;
    };
    fc.assert(
      fc.property(
        fc.constantFrom(...filingTypes),
        mass,
        date,
        fc.integer({ min: 1, max: 5 }),
        (f, m, d, items) => {
          const input = reshape(sampleFilingInput(f.message), m, d, items) as Record<string, unknown>;
          const r = fill(factoryFor(f.code, f.category)(), input).build();
          if (!r.ok) expect(r.issues).toEqual([]);
          expect(r.ok).toBe(true);
        },
      ),
      { numRuns: 150 },
    );
  });

  it('a missing mandatory element (JavaScript caller) is reported, not thrown', () => {
    const r = (express.f32() as unknown as AnyBuilder).set('LRN', 'L1').build();
    expect(r.ok).toBe(false);
    expect(!r.ok && r.issues.some((i) => i.code === 'missing' || i.pointer === '/IE3F32/declarant')).toBe(
      true,
    );
  });

  it('amendment() derives the IE3Axx twin with the MRN and without the LRN', () => {
    const base = fill(express.f32() as unknown as AnyBuilder, sampleFilingInput('IE3F32')) as unknown as {
      amendment(mrn: string): AnyBuilder;
    };
    const a = base.amendment('24DE12345678901TA0');
    expect(a.messageType).toBe('IE3A32');
    // IE3F32 and IE3A32 take twin library types (ConsignmentMasterLevelType56 and 55): the filing carries over.
    const ok = a.build();
    if (!ok.ok) expect(ok.issues).toEqual([]);
    expect(ok.ok && (ok.value as unknown as Record<string, unknown>).MRN).toBe('24DE12345678901TA0');
    expect(ok.ok && 'LRN' in (ok.value as object)).toBe(false);
  });

  it.each(filingTypes.filter((f) => f.amendment).map((f) => [f.code, f] as const))(
    '%s: amendment() carries the filing over to its IE3Axx twin',
    (code, f) => {
      const b = fill(factoryFor(code, f.category)(), sampleFilingInput(f.message)) as unknown as {
        amendment(mrn: string): AnyBuilder;
      };
      const a = b.amendment('24DE12345678901TA0');
      expect(a.messageType).toBe(f.amendment);
      const r = a.build();
      // Filing and amendment take twin library types (one structure but for the R3024 marks): what the filing
      // holds, the amendment takes.
      const errors = (r.issues ?? []).filter((i) => i.severity === 'error');
      expect(errors).toEqual([]);
      expect(r.ok).toBe(true);
    },
  );

  it('F25 has no amendment: a JavaScript call reports it', () => {
    const b = air.f25() as unknown as { amendment(mrn: string): AnyBuilder };
    const r = b.amendment('24DE12345678901TA0').build();
    expect(r.ok).toBe(false);
    expect(!r.ok && r.issues[0]?.code).toBe('no_amendment');
  });
});
