/** `validate` never throws, whatever it is given. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { messageInfo, messageTypes, validate, type MessageType } from '../../src/index';
import { maximalInstance } from '../support/instances';

const RUNS = Number(process.env.ICS2_FUZZ_RUNS ?? 1000);

describe('validate never throws', () => {
  it.each(messageTypes.map((id) => [id]))(`%s: fast-check anything() (${RUNS} runs)`, (id: MessageType) => {
    fc.assert(
      fc.property(fc.anything({ withNullPrototype: true, withObjectString: true, withSparseArray: true, withBoxedValues: true, withMap: true, withSet: true, withTypedArray: true }), (data) => {
        const r = validate(id, data);
        return typeof r.ok === 'boolean' && (r.ok || r.issues.length > 0);
      }),
      { numRuns: RUNS },
    );
  });

  it.each(messageTypes.map((id) => [id]))('%s: mutated valid instances', (id: MessageType) => {
    const base = maximalInstance(messageInfo(id));
    fc.assert(
      fc.property(fc.anything(), fc.nat(), (junk, pick) => {
        const inst = structuredClone(base) as Record<string, unknown>;
        const keys = Object.keys(inst);
        inst[keys[pick % keys.length]!] = junk;
        const r = validate(id, inst);
        return typeof r.ok === 'boolean';
      }),
      { numRuns: Math.ceil(RUNS / 10) },
    );
  });

  it('handles null, primitives, cycles, huge strings, __proto__ keys, throwing getters and proxies', () => {
    const cyc: Record<string, unknown> = { LRN: 'A' };
    cyc.consignmentMasterLevel = cyc;
    cyc.declarant = { self: cyc };
    const getter = Object.defineProperty({}, 'LRN', {
      enumerable: true,
      get() {
        throw new Error('boom');
      },
    });
    const proxy = new Proxy({}, { ownKeys: () => { throw new Error('trap'); }, get: () => { throw new Error('trap'); } });
    const inputs: unknown[] = [
      null,
      undefined,
      0,
      NaN,
      'x',
      Symbol('s'),
      () => 1,
      [],
      cyc,
      { LRN: 'x'.repeat(5_000_000) },
      JSON.parse('{"__proto__": {"polluted": true}, "LRN": "A"}'),
      { constructor: { prototype: { polluted: true } } },
      getter,
      proxy,
      new Date(),
      BigInt(1),
    ];
    for (const data of inputs) {
      const r = validate('IE3F32', data);
      expect(r.ok).toBe(false);
      if (!r.ok) {
        expect(r.issues.length).toBeGreaterThan(0);
        for (const i of r.issues) expect(i).toMatchObject({ code: expect.any(String), pointer: expect.stringMatching(/^\//), message: expect.any(String) });
      }
    }
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('rejects an unknown message type with a structured issue', () => {
    const r = validate('IE3F99' as MessageType, {});
    expect(r).toEqual({ ok: false, issues: [expect.objectContaining({ code: 'unknown_message' })] });
  });

  it('does not mutate its input', () => {
    const inst = maximalInstance(messageInfo('IE3F11'));
    const copy = structuredClone(inst);
    validate('IE3F11', inst);
    expect(inst).toEqual(copy);
  });
});
