import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { arbitraryInstance, maximalInstance, minimalInstance } from '../../test/support/instances';
import { messageTypes } from '../generated/catalogue';
import { registry } from '../generated/registry';
import { validate } from '../validate';
import type { Issue } from './issue';
import type { ElementMeta } from './meta';
import { codeListsFrom, compiledValidator } from './compiled';
import { validateStructure } from './validateStructure';

/** Deterministic pseudo-random numbers (mulberry32), so a failure reproduces. */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Holder = { parent: Record<string, unknown> | unknown[]; key: string | number; el: ElementMeta | undefined };

/** Every place in an instance (property or array slot) with its element. */
function places(root: ElementMeta, v: unknown): Holder[] {
  const out: Holder[] = [];
  const rec = (el: ElementMeta, o: unknown): void => {
    if (o === null || typeof o !== 'object' || Array.isArray(o)) return;
    const rec2 = o as Record<string, unknown>;
    for (const c of el.children ?? []) {
      const x = rec2[c.name];
      if (x === undefined) continue;
      out.push({ parent: rec2, key: c.name, el: c });
      if (Array.isArray(x)) {
        x.forEach((item, i) => {
          out.push({ parent: x, key: i, el: c });
          rec(c, item);
        });
      } else rec(c, x);
    }
  };
  rec(root, v);
  return out;
}

const MUTATIONS: ((h: Holder, r: () => number) => void)[] = [
  (h) => {
    if (Array.isArray(h.parent)) h.parent.splice(Number(h.key), 1);
    else delete h.parent[h.key as string];
  },
  (h) => ((h.parent as Record<string | number, unknown>)[h.key] = 42),
  (h) => ((h.parent as Record<string | number, unknown>)[h.key] = null),
  (h) => ((h.parent as Record<string | number, unknown>)[h.key] = []),
  (h) => ((h.parent as Record<string | number, unknown>)[h.key] = {}),
  (h) => ((h.parent as Record<string | number, unknown>)[h.key] = true),
  (h) => ((h.parent as Record<string | number, unknown>)[h.key] = 'x'.repeat(600)),
  (h) => ((h.parent as Record<string | number, unknown>)[h.key] = 'bad\u0001char'),
  (h) => ((h.parent as Record<string | number, unknown>)[h.key] = '  spaced  out '),
  (h) => ((h.parent as Record<string | number, unknown>)[h.key] = ''),
  (h) => ((h.parent as Record<string | number, unknown>)[h.key] = '   '),
  (h) => ((h.parent as Record<string | number, unknown>)[h.key] = 'ZZ'),
  (h) => ((h.parent as Record<string | number, unknown>)[h.key] = '12.1234567'),
  (h) => ((h.parent as Record<string | number, unknown>)[h.key] = '2024-02-30T00:00:00Z'),
  (h) => ((h.parent as Record<string | number, unknown>)[h.key] = 'a😀b'),
  (h) => {
    const v = (h.parent as Record<string | number, unknown>)[h.key];
    if (v !== null && typeof v === 'object' && !Array.isArray(v)) (v as Record<string, unknown>).extraField = 'x';
  },
  (h) => {
    const v = (h.parent as Record<string | number, unknown>)[h.key];
    if (Array.isArray(v) && v.length) (h.parent as Record<string | number, unknown>)[h.key] = v[0];
    else (h.parent as Record<string | number, unknown>)[h.key] = [v];
  },
  (h) => {
    const v = (h.parent as Record<string | number, unknown>)[h.key];
    if (Array.isArray(v)) for (let i = 0; i < (h.el?.max ?? 1) + 1 && i < 120; i++) v.push(structuredClone(v[0]));
  },
  (h, r) => {
    const v = (h.parent as Record<string | number, unknown>)[h.key];
    if (v !== null && typeof v === 'object' && !Array.isArray(v)) {
      const keys = Object.keys(v);
      if (keys.length) delete (v as Record<string, unknown>)[keys[Math.floor(r() * keys.length)]!];
    }
  },
  (h) => {
    const v = (h.parent as Record<string | number, unknown>)[h.key];
    if (v !== null && typeof v === 'object' && !Array.isArray(v) && 'value' in v) (v as Record<string, unknown>).value = 12.5;
  },
];

/** What the agreement is about: code, severity and path of each issue (order aside), and the messages. */
const key = (issues: readonly Issue[]): string[] =>
  issues.map((i) => `${i.code}|${i.severity}|${JSON.stringify(i.path)}|${i.pointer}|${i.message}|${i.ref ?? ''}`).sort();

function agree(type: (typeof messageTypes)[number], data: unknown): void {
  const { schema, meta } = registry[type] as unknown as { schema: Parameters<typeof validateStructure>[0]; meta: typeof registry.IE3F32.meta };
  const viaZod = validateStructure(schema, meta, data);
  const compiled = validate(type, data, { rules: false, maxIssues: 1e9 });
  const compiledIssues = compiled.ok ? (compiled.issues ?? []) : compiled.issues;
  expect(compiled.ok, `${type}: accept/refuse`).toBe(!viaZod.some((i) => i.severity === 'error'));
  expect(key(compiledIssues), type).toEqual(key(viaZod));
}

describe('the compiled validator agrees with the zod schema', () => {
  it('on the minimal and maximal instance of every message', () => {
    for (const t of messageTypes) {
      agree(t, minimalInstance(registry[t].meta));
      agree(t, maximalInstance(registry[t].meta, 2));
    }
  });

  it('on mutated instances of every message (1 to 3 mutations each, 12 per message)', () => {
    const r = rng(20261201);
    let mutated = 0;
    for (const t of messageTypes) {
      const meta = registry[t].meta;
      for (let n = 0; n < 12; n++) {
        const data = n % 2 ? maximalInstance(meta, 2) : minimalInstance(meta);
        const count = 1 + Math.floor(r() * 3);
        for (let k = 0; k < count; k++) {
          const ps = places(meta.root, data);
          if (!ps.length) break;
          MUTATIONS[Math.floor(r() * MUTATIONS.length)]!(ps[Math.floor(r() * ps.length)]!, r);
        }
        agree(t, data);
        mutated++;
      }
    }
    expect(mutated).toBe(messageTypes.length * 12);
  });

  it('on fast-check instances (bounded)', () => {
    for (const t of ['IE3F32', 'IE3F11', 'IE3R01', 'IE3N99', 'IE3Q01'] as const) {
      fc.assert(
        fc.property(arbitraryInstance(registry[t].meta, 2), (data) => {
          agree(t, data);
        }),
        { numRuns: 20, seed: 42 },
      );
    }
  });

  it('on any string in text, code, decimal and date-time elements (the plain-value fast path, bounded)', () => {
    // Characters around every edge of the fast path: spaces, tabs, line breaks, controls, DEL, no-break space,
    // lone and paired surrogates, U+FFFE, letters and digits.
    const ch = fc.constantFrom(' ', '  ', '\t', '\n', '\r', '\u0001', '\u007f', '\u00a0', '\ud800', '\udc00', '😀', '\ufffe', 'A', 'z', '0', '9', '.', '-', '+', 'T', 'Z', ':');
    const text = fc.oneof(fc.array(ch, { maxLength: 24 }).map((a) => a.join('')), fc.string({ maxLength: 24 }), fc.constantFrom('2024-05-01T10:00:00Z', '12.5', 'DE', 'EUR'));
    type F32Like = {
      LRN: string;
      documentIssueDate: string;
      declarant: { address: Record<string, unknown> };
      consignmentMasterLevel: { consignmentHouseLevel: Record<string, unknown>[] };
    };
    const base = maximalInstance(registry.IE3F32.meta, 1) as F32Like;
    fc.assert(
      fc.property(text, text, text, text, text, (lrn, country, mass, date, street) => {
        const data = structuredClone(base);
        data.LRN = lrn; // an..22, keeps white space
        data.declarant.address.country = country; // code of a partial list (xs:token)
        data.declarant.address.street = street; // free text
        data.documentIssueDate = date; // date-time
        data.consignmentMasterLevel.consignmentHouseLevel[0]!.totalGrossMass = mass; // decimal
        agree('IE3F32', data);
      }),
      { numRuns: 300, seed: 7 },
    );
  });

  it('on values that are not messages', () => {
    for (const v of [undefined, null, 1, 'x', [], true, { LRN: 1 }]) agree('IE3F32', v);
  });
});

describe('issue texts and code lists', () => {
  const base = (): Record<string, any> => minimalInstance(registry.IE3F32.meta) as Record<string, any>;
  it('an unexpected key names its parent element and pointer, not an index', () => {
    const d = base();
    d.consignmentMasterLevel.consignmentHouseLevel[0].extraField = 'x';
    const i = validate('IE3F32', d, { rules: false }).issues?.find((x) => x.code === 'unexpected');
    expect(i?.message).toBe(
      'extraField is not an element of consignmentHouseLevel (/IE3F32/consignmentMasterLevel/consignmentHouseLevel[1]) in IE3F32',
    );
  });
  it('an inherited property is not an element: only own properties are read', () => {
    const d = base();
    const { LRN, ...rest } = d;
    const inherited = Object.assign(Object.create({ LRN }) as Record<string, unknown>, rest);
    const r = validate('IE3F32', inherited, { rules: false });
    expect(r.ok).toBe(false);
    expect(r.issues?.map((i) => `${i.code} ${i.pointer}`)).toEqual(['missing /IE3F32/LRN']);
    // An element given as undefined is missing too, and not an unexpected key.
    const u = validate('IE3F32', { ...d, LRN: undefined }, { rules: false });
    expect(u.issues?.map((i) => `${i.code} ${i.pointer}`)).toEqual(['missing /IE3F32/LRN']);
    // The same data validates again as before (nothing of an earlier call is left in the validator).
    expect(validate('IE3F32', d, { rules: false }).ok).toBe(true);
  });
  it('a call made from inside a call (a getter that validates again) gets the same answers as two calls', () => {
    const good = base();
    const bad = base();
    bad.LRN = 42;
    delete bad.declarant;
    const alone = [validate('IE3F32', good, { rules: false }), validate('IE3F32', bad, { rules: false })];
    let inner: unknown;
    // The getter runs while the outer call is inside consignmentMasterLevel, between its slots and its children.
    const outer = { ...good, consignmentMasterLevel: { ...good.consignmentMasterLevel } };
    Object.defineProperty(outer.consignmentMasterLevel, 'consignmentHouseLevel', {
      enumerable: true,
      get: () => {
        inner = validate('IE3F32', bad, { rules: false });
        return good.consignmentMasterLevel.consignmentHouseLevel;
      },
    });
    expect(validate('IE3F32', outer, { rules: false })).toEqual(alone[0]);
    expect(inner).toEqual(alone[1]);
  });
  it('compiles per code lists: the same metadata with other lists is another validator', () => {
    const meta = registry.IE3F32.meta;
    const a = codeListsFrom({ CL742: ['F32'] }, {});
    const b = codeListsFrom({ CL742: ['F10'] }, {});
    expect(compiledValidator(meta, a)).toBe(compiledValidator(meta, a));
    expect(compiledValidator(meta, a)).not.toBe(compiledValidator(meta, b));
    const d = base();
    const codes = (l: typeof a): string[] => compiledValidator(meta, l)(d).issues.map((i) => `${i.code} ${i.pointer}`);
    expect(codes(a)).not.toContain('invalid_code /IE3F32/SpecificCircumstanceIndicator');
    expect(codes(b)).toContain('invalid_code /IE3F32/SpecificCircumstanceIndicator');
  });
  it('says "an object" and "a string"', () => {
    const d = base();
    d.LRN = {};
    expect(validate('IE3F32', d, { rules: false }).issues?.[0]?.message).toBe('LRN: expected a string, got an object');
  });
  it('a code outside a complete list is an error, outside a partial list (CL717 Member State) a warning', () => {
    const complete = base();
    complete.SpecificCircumstanceIndicator = 'XXX';
    const c = validate('IE3F32', complete, { rules: false });
    expect(c.ok).toBe(false);
    expect(c.issues?.find((i) => i.code === 'invalid_code')).toMatchObject({ severity: 'error', ref: 'CL742' });
    const partial = base();
    partial.addressedMemberState = { country: 'XX' };
    const p = validate('IE3F32', partial, { rules: false });
    expect(p.issues?.find((i) => i.path.join('.') === 'addressedMemberState.country')).toMatchObject({
      code: 'unknown_code',
      severity: 'warning',
      ref: 'CL717',
    });
  });
});
