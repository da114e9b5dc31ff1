import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { messageTypes, type MessageType } from '../../src/generated/catalogue';
import { registry } from '../../src/generated/registry';
import { toXml } from '../../src/xml/toXml';
import { fromXml } from '../../src/xml/fromXml';
import { minimalInstance, maximalInstance, arbitraryInstance } from '../support/instances';

const xmlOf = (t: MessageType, data: unknown, pretty = false): string => {
  const r = toXml(t, data as never, { validate: false, pretty });
  if (!r.ok) throw new Error(JSON.stringify(r.issues.slice(0, 3)));
  return r.xml;
};
/** XML cannot tell an empty repeated element from an absent one: `[]` reads back as absent. */
const withoutEmptyArrays = (v: unknown): unknown => {
  if (Array.isArray(v)) return v.map(withoutEmptyArrays);
  if (v === null || typeof v !== 'object') return v;
  const o: Record<string, unknown> = {};
  for (const [k, x] of Object.entries(v))
    if (!(Array.isArray(x) && x.length === 0)) o[k] = withoutEmptyArrays(x);
  return o;
};
const back = (xml: string): unknown => {
  const r = fromXml(xml, { validate: false });
  if (r.issues.length) throw new Error(JSON.stringify(r.issues.slice(0, 3)));
  return r.value;
};

describe('round trip fromXml(toXml(x)) for every message', () => {
  it('covers all 84 messages', () => {
    expect(messageTypes).toHaveLength(84);
  });
  for (const t of messageTypes) {
    const meta = registry[t].meta;
    it(`${t}: minimal and maximal, compact and pretty`, () => {
      for (const x of [minimalInstance(meta), maximalInstance(meta)]) {
        expect(back(xmlOf(t, x))).toEqual(x);
        expect(back(xmlOf(t, x, true))).toEqual(x);
        const r = fromXml(xmlOf(t, x));
        expect(r.messageType).toBe(t);
      }
    });
    it(`${t}: property (200 runs)`, () => {
      fc.assert(
        fc.property(arbitraryInstance(meta), (x) => {
          expect(back(xmlOf(t, x))).toEqual(withoutEmptyArrays(x));
        }),
        { numRuns: 200 },
      );
    });
  }
});
