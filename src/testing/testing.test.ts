import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { messageTypes } from '../generated/catalogue';
import { registry } from '../generated/registry';
import { validate } from '../validate';
import { arbitrary, mutated, mutations, repairRules, sampleMessage } from './index';

const errors = (r: ReturnType<typeof validate>) => (r.issues ?? []).filter((i) => i.severity === 'error');

describe.each(messageTypes.map((id) => [id]))('%s', (id) => {
  const meta = registry[id].meta;

  it('sampleMessage: minimal and full samples pass structure and rules, with nothing unresolved', () => {
    for (const elements of ['minimal', 'full'] as const) {
      const s = sampleMessage(id, { elements, repeat: elements === 'full' ? 2 : 1 });
      expect(s.unresolved).toEqual([]);
      expect(errors(validate(id, s.value))).toEqual([]);
      if (meta.filingType) expect(s.value.SpecificCircumstanceIndicator).toBe(meta.filingType);
    }
  });

  it('arbitrary: instances valid by structure (all optional elements) and by the rules', () => {
    fc.assert(
      fc.property(arbitrary(id, { rules: false, optional: 'all', maxRepeat: 2 }), (v) => {
        expect(errors(validate(id, v, { rules: false }))).toEqual([]);
        for (const c of meta.root.children ?? [])
          expect(Object.prototype.hasOwnProperty.call(v, c.name)).toBe(true);
      }),
      { numRuns: 5, seed: 7 },
    );
    fc.assert(
      fc.property(arbitrary(id, { maxRepeat: 1 }), (v) => {
        expect(errors(validate(id, v))).toEqual([]);
      }),
      { numRuns: 2, seed: 7 },
    );
  });

  it('mutations: each breaks exactly one thing, the issue it says', () => {
    const { value } = sampleMessage(id, { elements: 'full', rules: false });
    const all = mutations(id, value);
    expect(all.length).toBeGreaterThan(0);
    expect(new Set(all.map((m) => m.kind)).has('unexpected')).toBe(true);
    // Every kind, and a bounded spread of the rest.
    const picked = all.filter(
      (m, i) => i % Math.ceil(all.length / 40) === 0 || all.findIndex((x) => x.kind === m.kind) === i,
    );
    const before = JSON.stringify(value);
    for (const m of picked) {
      const e = errors(validate(id, m.apply(value), { rules: false }));
      expect({
        m: m.description,
        e: e.map((i) => ({ code: i.code, path: i.path, pointer: i.pointer })),
      }).toEqual({
        m: m.description,
        e: [m.expect],
      });
    }
    expect(JSON.stringify(value)).toBe(before);
  });
});

describe('ics2/testing', () => {
  it('optional: none leaves every optional element out', () => {
    fc.assert(
      fc.property(arbitrary('IE3F32', { rules: false, optional: 'none' }), (v) => {
        for (const c of registry.IE3F32.meta.root.children ?? [])
          expect(Object.prototype.hasOwnProperty.call(v, c.name)).toBe(c.min > 0);
      }),
      { numRuns: 5 },
    );
  });

  it('maxRepeat bounds the repetitions', () => {
    fc.assert(
      fc.property(arbitrary('IE3F23', { rules: false, optional: 'all', maxRepeat: 3 }), (v) => {
        const houses = (v.consignmentMasterLevel as { consignmentHouseLevel?: unknown[] })
          .consignmentHouseLevel;
        if (houses) expect(houses.length).toBeLessThanOrEqual(3);
      }),
      { numRuns: 5 },
    );
  });

  it('mutated: the mutation is what validate reports', () => {
    fc.assert(
      fc.property(mutated('IE3F32', { rules: false }), ({ value, mutation }) => {
        const r = validate('IE3F32', value, { rules: false });
        expect(r.ok).toBe(false);
        expect(r.issues).toContainEqual(expect.objectContaining(mutation.expect));
      }),
      { numRuns: 20 },
    );
  });

  it('repairRules fixes a broken EORI and reports what it cannot fix', () => {
    const { value } = sampleMessage('IE3F32');
    const broken = structuredClone(value) as { declarant: { identificationNumber: string } };
    broken.declarant.identificationNumber = '12';
    expect(errors(validate('IE3F32', broken)).map((i) => i.code)).toContain('R3005');
    const fixed = repairRules('IE3F32', broken);
    expect(fixed.unresolved).toEqual([]);
    expect(errors(validate('IE3F32', fixed.value))).toEqual([]);
    // Out of steps: what is left is reported.
    expect(repairRules('IE3F32', broken, 0).unresolved.map((i) => i.code)).toContain('R3005');
  });
});
