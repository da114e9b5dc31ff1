import { describe, expect, it } from 'vitest';
import { requiredFilings } from './requiredFilings';
import type { RequiredFilings, RequiredFilingsInput } from './requiredFilings';
import { FILING_PLANS, FILING_TYPES } from './data';
import type { DocumentStructure, FilingArrangement, FilingPlan } from './data';
import type { Result } from '../core/issue';

function ok(r: Result<RequiredFilings>): RequiredFilings {
  if (!r.ok) throw new Error(JSON.stringify(r.issues));
  return r.value;
}

/** The codes of each option of each requirement: [[['F23'], ['F24']], [['F22']]]. */
function shape(v: RequiredFilings): string[][][] {
  return v.requirements.map((r) => r.oneOf.map((o) => o.steps.map((s) => s.code)));
}

function inputFor(
  plan: FilingPlan,
  carriage: string,
  role: string,
  arrangement: FilingArrangement,
  document: DocumentStructure,
) {
  const mode = plan.service === 'general' ? carriage : plan.service;
  return (plan.service === 'general'
    ? { mode, arrangement, role, document }
    : { mode, carriage, arrangement, role, document }) as unknown as RequiredFilingsInput;
}

describe('requiredFilings: every row of the allocation table', () => {
  const cases: [string, RequiredFilingsInput][] = [];
  for (const plan of FILING_PLANS as readonly FilingPlan[]) {
    for (const carriage of plan.carriage) {
      for (const role of plan.roles) {
        for (const arrangement of plan.arrangements ?? (['single', 'multiple'] as const)) {
          for (const document of plan.documents ?? (['straight', 'master-with-houses'] as const)) {
            cases.push([plan.id, inputFor(plan, carriage, role, arrangement, document)]);
          }
        }
      }
    }
  }

  it.each(cases)('%s <- %o', (id, input) => {
    const plan = (FILING_PLANS as readonly FilingPlan[]).find((p) => p.id === id) as FilingPlan;
    const r = requiredFilings(input);
    if (plan.outcome?.severity === 'error') {
      expect(r.ok).toBe(false);
      expect(r.issues?.[0]?.code).toBe(plan.outcome.code);
      return;
    }
    const v = ok(r);
    expect(v.plan).toBe(id);
    expect(v.requirements).toHaveLength(plan.requirements.length);
    for (const req of v.requirements) {
      for (const opt of req.oneOf) {
        for (const s of opt.steps) {
          expect(s.deadline.rows.length).toBeGreaterThan(0);
          expect(s.deadline.summary).toMatch(/\[DA /);
          expect(s.message).toBe(`IE3${s.code}`);
        }
      }
    }
    if (plan.outcome?.severity === 'warning') expect(r.issues?.[0]?.code).toBe(plan.outcome.code);
    expect(v.citations.length).toBeGreaterThan(0);
  });

  it('no two rows match the same combination', () => {
    const seen = new Map<string, string>();
    for (const [id, input] of cases) {
      const key = JSON.stringify(input);
      expect(seen.get(key), `${key}: ${seen.get(key)} and ${id}`).toBeUndefined();
      seen.set(key, id);
    }
    expect(seen.size).toBeGreaterThan(60);
  });

  it('every filing type F10..F51 is lodged by someone in some row', () => {
    const used = new Set<string>();
    for (const plan of FILING_PLANS as readonly FilingPlan[]) {
      for (const r of plan.requirements) for (const o of r.oneOf) for (const s of o.steps) used.add(s.code);
    }
    expect([...used].sort()).toEqual(FILING_TYPES.map((t) => t.code).sort());
  });

  it("each row's filing types belong to its service's category", () => {
    // Express on general air cargo: the airline lodges a general air master (F21).
    const categories = (plan: FilingPlan): string[] =>
      plan.service === 'general'
        ? [plan.carriage[0] === 'inland-waterways' ? 'sea' : (plan.carriage[0] as string)]
        : plan.carriage.includes('general-air-cargo')
          ? [plan.service, 'air']
          : [plan.service];
    for (const plan of FILING_PLANS as readonly FilingPlan[]) {
      for (const r of plan.requirements) {
        for (const o of r.oneOf) {
          for (const s of o.steps) {
            expect(categories(plan), `${plan.id} ${s.code}`).toContain(
              FILING_TYPES.find((t) => t.code === s.code)?.category,
            );
          }
        }
      }
    }
  });
});

describe('requiredFilings: sea and inland waterways', () => {
  it('carrier, multiple filing, master with houses: F12; the house filer F15, or F14 plus the consignee F16', () => {
    const v = ok(
      requiredFilings({
        mode: 'sea',
        arrangement: 'multiple',
        role: 'carrier',
        document: 'master-with-houses',
      }),
    );
    expect(shape(v)).toEqual([[['F12']]]);
    expect(v.otherParties).toEqual([
      expect.objectContaining({ role: 'house-filer', codes: ['F15', 'F14'] }),
      expect.objectContaining({ role: 'consignee', codes: ['F16'] }),
    ]);
    expect(v.requirements[0]?.oneOf[0]?.steps[0]?.deadline.rows.map((r) => r.id)).toEqual([
      'sea-containerised',
      'sea-bulk',
      'sea-short-sea',
      'sea-outermost-regions',
    ]);
    expect(v.ourReading).toBe(true);
    expect(v.caveats[0]).toContain('our reading');
    expect(v.confidence).toBe('unverified'); // DA Art. 112 not read
  });

  it('house filer, multiple filing: one of F15, or F14 with the consignee lodging F16', () => {
    const v = ok(
      requiredFilings({
        mode: 'sea',
        arrangement: 'multiple',
        role: 'house-filer',
        document: 'master-with-houses',
      }),
    );
    expect(shape(v)).toEqual([[['F15'], ['F14']]]);
    expect(v.requirements[0]?.oneOf[1]?.othersLodge).toEqual([
      expect.objectContaining({ role: 'consignee', codes: ['F16'] }),
    ]);
    expect(v.requirements[0]?.oneOf[0]?.othersLodge).toEqual([]);
  });

  it('consignee: F16 under a master, F17 under a straight B/L, each conditional', () => {
    const m = ok(
      requiredFilings({
        mode: 'sea',
        arrangement: 'multiple',
        role: 'consignee',
        document: 'master-with-houses',
      }),
    );
    expect(shape(m)).toEqual([[['F16']]]);
    expect(m.requirements[0]?.condition).toContain('F14');
    const s = ok(
      requiredFilings({ mode: 'sea', arrangement: 'multiple', role: 'consignee', document: 'straight' }),
    );
    expect(shape(s)).toEqual([[['F17']]]);
  });

  it('single filing: F10 (straight) or F11 (master with houses)', () => {
    expect(
      shape(
        ok(requiredFilings({ mode: 'sea', arrangement: 'single', role: 'carrier', document: 'straight' })),
      ),
    ).toEqual([[['F10']]]);
    expect(
      shape(
        ok(
          requiredFilings({
            mode: 'sea',
            arrangement: 'single',
            role: 'carrier',
            document: 'master-with-houses',
          }),
        ),
      ),
    ).toEqual([[['F11']]]);
  });

  it('inland waterways use the sea filing types with the 2-hour inland waterway limit', () => {
    const v = ok(
      requiredFilings({
        mode: 'inland-waterways',
        arrangement: 'multiple',
        role: 'carrier',
        document: 'straight',
      }),
    );
    expect(shape(v)).toEqual([[['F13']]]);
    const d = v.requirements[0]?.oneOf[0]?.steps[0]?.deadline;
    expect(d?.rows.map((r) => r.id)).toEqual(['inland-waterways']);
    expect(d?.lodgingDeadline).toEqual({ mode: 'inland-waterways' });
  });

  it('a house filer under a straight B/L lodges nothing (warning)', () => {
    const r = requiredFilings({
      mode: 'sea',
      arrangement: 'multiple',
      role: 'house-filer',
      document: 'straight',
    });
    expect(ok(r).requirements).toEqual([]);
    expect(r.issues?.[0]).toMatchObject({ code: 'nothing_to_lodge', severity: 'warning' });
  });
});

describe('requiredFilings: air', () => {
  it('house filer, multiple filing: PLACI F23 or F24 (or F26) before loading, then F22 pre-arrival', () => {
    const v = ok(
      requiredFilings({
        mode: 'air',
        arrangement: 'multiple',
        role: 'house-filer',
        document: 'master-with-houses',
      }),
    );
    expect(shape(v)).toEqual([[['F23'], ['F24'], ['F26']], [['F22']]]);
    const placi = v.requirements[0]?.oneOf[0]?.steps[0]?.deadline;
    expect(placi?.rows.map((r) => r.id)).toEqual(['air-placi']);
    expect(placi?.rows[0]?.basis).toBe('before-loading');
    expect(placi?.lodgingDeadline).toEqual({ mode: 'air', dataset: 'placi' });
    const pre = v.requirements[1]?.oneOf[0]?.steps[0]?.deadline;
    expect(pre?.rows.map((r) => r.id)).toEqual(['air-remaining-short-flight', 'air-remaining-long-flight']);
    expect(pre?.lodgingDeadline).toEqual({ mode: 'air', dataset: 'remaining' });
  });

  it('carrier, multiple filing: F21 pre-arrival, and F25 before loading where the house PLACI lacked the master reference', () => {
    const v = ok(
      requiredFilings({
        mode: 'air',
        arrangement: 'multiple',
        role: 'carrier',
        document: 'master-with-houses',
      }),
    );
    expect(shape(v)).toEqual([[['F21']], [['F25']]]);
    expect(v.requirements[1]?.condition).toContain('F23');
    expect(v.requirements[1]?.condition).toContain('unverified');
    expect(v.otherParties[0]).toMatchObject({ role: 'house-filer', codes: ['F23', 'F24', 'F26'] });
  });

  it('single filing: F20 pre-loading or F27 pre-arrival (master with houses); F28 or F29 (direct)', () => {
    const m = ok(
      requiredFilings({
        mode: 'air',
        arrangement: 'single',
        role: 'carrier',
        document: 'master-with-houses',
      }),
    );
    expect(shape(m)).toEqual([[['F20'], ['F27']]]);
    expect(m.requirements[0]?.oneOf[1]?.note).toContain('106(2a)');
    const d = ok(
      requiredFilings({ mode: 'air', arrangement: 'single', role: 'consignee', document: 'straight' }),
    );
    expect(shape(d)).toEqual([[['F28'], ['F29']]]);
    expect(d.requirements[0]?.oneOf[1]?.steps[0]?.deadline.rows.map((r) => r.id)).toEqual([
      'air-complete-short-flight',
      'air-complete-long-flight',
    ]);
  });

  it('multiple filing with a direct AWB, and a consignee in multiple filing, are errors', () => {
    const a = requiredFilings({
      mode: 'air',
      arrangement: 'multiple',
      role: 'carrier',
      document: 'straight',
    });
    expect(a.issues?.[0]).toMatchObject({ code: 'arrangement_not_applicable', pointer: '/role' });
    const c = requiredFilings({
      mode: 'air',
      arrangement: 'multiple',
      role: 'consignee',
      document: 'master-with-houses',
    });
    expect(c.issues?.[0]?.code).toBe('role_not_applicable');
  });
});

describe('requiredFilings: express and postal', () => {
  it('express on own flights: F32 then F30, or one F30 before loading', () => {
    const v = ok(
      requiredFilings({
        mode: 'express',
        carriage: 'air',
        arrangement: 'single',
        role: 'express-operator',
        document: 'master-with-houses',
      }),
    );
    expect(shape(v)).toEqual([[['F32', 'F30'], ['F30']]]);
    expect(v.requirements[0]?.oneOf[1]?.steps[0]?.deadline.ref).toBe('placi');
  });

  it('express on general air cargo: F32 + F31 (single) or F32 + F33 with the airline F21 (multiple)', () => {
    const s = ok(
      requiredFilings({
        mode: 'express',
        carriage: 'general-air-cargo',
        arrangement: 'single',
        role: 'express-operator',
        document: 'master-with-houses',
      }),
    );
    expect(shape(s)).toEqual([[['F32']], [['F31']]]);
    expect(s.carriage).toBe('general-air-cargo');
    const m = ok(
      requiredFilings({
        mode: 'express',
        carriage: 'general-air-cargo',
        arrangement: 'multiple',
        role: 'express-operator',
        document: 'master-with-houses',
      }),
    );
    expect(shape(m)).toEqual([[['F32']], [['F33']]]);
    expect(m.otherParties).toEqual([expect.objectContaining({ role: 'carrier', codes: ['F21'] })]);
    const c = ok(
      requiredFilings({
        mode: 'express',
        carriage: 'general-air-cargo',
        arrangement: 'multiple',
        role: 'carrier',
        document: 'master-with-houses',
      }),
    );
    expect(shape(c)).toEqual([[['F21']]]);
  });

  it('express on road: F34 by the road limit', () => {
    const v = ok(
      requiredFilings({
        mode: 'express',
        carriage: 'road',
        arrangement: 'single',
        role: 'express-operator',
        document: 'straight',
      }),
    );
    expect(shape(v)).toEqual([[['F34']]]);
    expect(v.requirements[0]?.oneOf[0]?.steps[0]?.deadline.rows.map((r) => r.id)).toEqual(['road']);
  });

  it('postal by air: the operator F43 and F44 before loading, the airline F42', () => {
    const o = ok(
      requiredFilings({
        mode: 'postal',
        carriage: 'air',
        arrangement: 'multiple',
        role: 'postal-operator',
        document: 'master-with-houses',
      }),
    );
    expect(shape(o)).toEqual([[['F43']], [['F44']]]);
    expect(o.otherParties).toEqual([expect.objectContaining({ role: 'carrier', codes: ['F42'] })]);
    const c = ok(
      requiredFilings({
        mode: 'postal',
        carriage: 'air',
        arrangement: 'multiple',
        role: 'carrier',
        document: 'master-with-houses',
      }),
    );
    expect(shape(c)).toEqual([[['F42']]]);
  });

  it.each([
    ['road', 'F40', ['road']],
    ['rail', 'F41', ['rail-short-journey', 'rail-other']],
    ['sea', 'F45', ['sea-containerised', 'sea-bulk', 'sea-short-sea', 'sea-outermost-regions']],
    ['inland-waterways', 'F45', ['inland-waterways']],
  ] as const)('postal by %s: the carrier lodges %s by the mode limit', (carriage, code, rows) => {
    const v = ok(
      requiredFilings({
        mode: 'postal',
        carriage,
        arrangement: 'multiple',
        role: 'carrier',
        document: 'master-with-houses',
      }),
    );
    expect(shape(v)).toEqual([[[code]]]);
    expect(v.requirements[0]?.oneOf[0]?.steps[0]?.deadline.rows.map((r) => r.id)).toEqual(rows);
  });

  it('postal operators on surface modes: F43 and F44 by the mode limit, unverified', () => {
    const v = ok(
      requiredFilings({
        mode: 'postal',
        carriage: 'rail',
        arrangement: 'multiple',
        role: 'postal-operator',
        document: 'master-with-houses',
      }),
    );
    expect(shape(v)).toEqual([[['F43']], [['F44']]]);
    expect(v.confidence).toBe('unverified');
  });
});

describe('requiredFilings: road and rail', () => {
  it('road F50 and rail F51 in single filing', () => {
    const road = ok(
      requiredFilings({ mode: 'road', arrangement: 'single', role: 'carrier', document: 'straight' }),
    );
    expect(shape(road)).toEqual([[['F50']]]);
    expect(road.requirements[0]?.oneOf[0]?.steps[0]?.deadline.lodgingDeadline).toEqual({ mode: 'road' });
    const rail = ok(
      requiredFilings({
        mode: 'rail',
        arrangement: 'single',
        role: 'carrier',
        document: 'master-with-houses',
      }),
    );
    expect(shape(rail)).toEqual([[['F51']]]);
  });

  it('multiple filing on road or rail: F50/F51 with a not-modelled warning', () => {
    const r = requiredFilings({
      mode: 'rail',
      arrangement: 'multiple',
      role: 'house-filer',
      document: 'master-with-houses',
    });
    expect(shape(ok(r))).toEqual([[['F51']]]);
    expect(r.issues?.[0]).toMatchObject({ code: 'arrangement_not_modelled', severity: 'warning' });
    expect(ok(r).caveats.join(' ')).toContain('2023/398');
  });
});

describe('requiredFilings: invalid input', () => {
  it('reports each bad field, and roles that do not file here with a hint', () => {
    const bad = requiredFilings({
      mode: 'tube',
      arrangement: 'some',
      role: 'pilot',
      document: 'scroll',
    } as unknown as RequiredFilingsInput);
    expect(bad.issues?.map((i) => i.pointer)).toEqual(['/mode', '/arrangement', '/role', '/document']);
    const carriage = requiredFilings({
      mode: 'express',
      carriage: 'sea',
      arrangement: 'single',
      role: 'express-operator',
      document: 'straight',
    } as unknown as RequiredFilingsInput);
    expect(carriage.issues?.[0]).toMatchObject({ code: 'invalid_value', pointer: '/carriage' });
    const role = requiredFilings({
      mode: 'sea',
      arrangement: 'single',
      role: 'express-operator',
      document: 'straight',
    });
    expect(role.issues?.[0]?.code).toBe('role_not_applicable');
    expect(role.issues?.[0]?.message).toContain("mode 'express'");
    const postal = requiredFilings({
      mode: 'road',
      arrangement: 'single',
      role: 'postal-operator',
      document: 'straight',
    });
    expect(postal.issues?.[0]?.message).toContain("mode 'postal'");
    const house = requiredFilings({
      mode: 'express',
      carriage: 'air',
      arrangement: 'single',
      role: 'house-filer',
      document: 'straight',
    });
    expect(house.issues?.[0]?.message).toContain('express-operator');
    expect(requiredFilings(null as unknown as RequiredFilingsInput).issues?.[0]?.code).toBe('invalid_type');
  });
});
