import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { messageTypes, type MessageType } from '../generated/catalogue';
import { codeLists } from '../generated/codelists';
import { registry } from '../generated/registry';
import { arbitrary, mutated } from '../testing/arbitrary';
import { sampleMessage } from '../testing/generate';
import { validate } from '../validate';
import { jsonSchema } from './jsonSchema';

const addFormats = ((addFormatsModule as unknown as { default?: typeof addFormatsModule }).default ??
  addFormatsModule) as unknown as (a: Ajv2020) => void;

function makeAjv(): Ajv2020 {
  const ajv = new Ajv2020({ allErrors: false, strict: true, strictTypes: false });
  for (const k of ['x-ics2-format', 'x-ics2-codeList', 'x-ics2-provenance']) ajv.addKeyword(k);
  addFormats(ajv);
  return ajv;
}

const ajv = makeAjv();
const compiled = new Map<MessageType, ValidateFunction>();
const compile = (id: MessageType): ValidateFunction => {
  let v = compiled.get(id);
  if (!v) compiled.set(id, (v = ajv.compile(jsonSchema(id))));
  return v;
};

type Obj = Record<string, unknown>;
const props = (s: unknown): Obj => (s as { properties: Obj }).properties;
/** Follow a local `$ref` into `$defs`. */
const deref = (root: unknown, s: unknown): Obj => {
  const ref = (s as { $ref?: string }).$ref;
  return ref ? ((root as { $defs: Obj }).$defs[ref.replace('#/$defs/', '')] as Obj) : (s as Obj);
};

describe('jsonSchema', () => {
  it('is draft 2020-12, refuses unknown keys, and keeps lengths, cardinalities and descriptions (IE3F32)', () => {
    const s = jsonSchema('IE3F32');
    expect(s.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(s.additionalProperties).toBe(false);
    const meta = registry.IE3F32.meta;
    const lrnMeta = meta.root.children!.find((c) => c.name === 'LRN')!;
    const lrn = deref(s, props(s).LRN);
    expect(lrn).toMatchObject({ type: 'string', 'x-ics2-format': lrnMeta.format });
    expect(lrn.maxLength).toBe(Number(/\d+$/.exec(lrnMeta.format!)![0]));
    expect(String(lrn.description)).toContain(lrnMeta.label);
    const repeated = meta.root.children!.find((c) => c.max > 1);
    if (repeated)
      expect(props(s)[repeated.name]).toMatchObject({
        type: 'array',
        minItems: repeated.min,
        maxItems: repeated.max,
      });
    expect(s.required).toEqual(meta.root.children!.filter((c) => c.min > 0).map((c) => c.name));
  });

  it('lists the codes of complete code lists only', () => {
    const s = jsonSchema('IE3F32');
    const sci = deref(s, props(s).SpecificCircumstanceIndicator);
    expect(sci.enum).toEqual(codeLists.CL742!.values.map((v) => v.code));
    const partial = JSON.stringify(s).includes('"x-ics2-codeList":"CL718"');
    expect(partial).toBe(true);
    expect(codeLists.CL718!.complete).toBe(false);
  });

  it('holds decimals as strings, date-times without fractions, and allows $unknown on groups', () => {
    const v = compile('IE3F32');
    const { value } = sampleMessage('IE3F32', { rules: false });
    expect(v(value)).toBe(true);
    expect(v({ ...value, documentIssueDate: '2024-04-12T11:13:57.123Z' })).toBe(false);
    expect(v({ ...value, documentIssueDate: '2024-02-30T11:13:57Z' })).toBe(false);
    expect(v({ ...value, documentIssueDate: '2024-02-29T23:59:59Z' })).toBe(true);
    expect(v({ ...value, $unknown: [{ name: 'extra', after: 'LRN', xml: '<extra/>' }] })).toBe(true);
    expect(v({ ...value, $unknown: [{ name: 'extra' }] })).toBe(false);
    expect(v({ ...value, somethingElse: 1 })).toBe(false);
    const mass = (s: unknown) => JSON.stringify(s).includes('"x-ics2-format":"n..16,6"');
    expect(mass(jsonSchema('IE3F32'))).toBe(true);
  });

  it('moves repeated subschemas to $defs, each referenced', () => {
    const s = jsonSchema('IE3F32') as Obj;
    const defs = Object.keys((s.$defs ?? {}) as Obj);
    expect(defs.length).toBeGreaterThan(0);
    const text = JSON.stringify(s);
    for (const d of defs) expect(text).toContain(`"$ref":"#/$defs/${d}"`);
  });

  it('refuses what is not a message type and returns a fresh copy', () => {
    expect(() => jsonSchema('IE3X99' as MessageType)).toThrow(TypeError);
    const a = jsonSchema('IE3R01') as Obj;
    a.title = 'changed';
    expect(jsonSchema('IE3R01').title).not.toBe('changed');
  });

  // The done-when: Ajv agrees with validate (structure only) on 100 generated instances per message, half
  // valid, half broken in one place.
  it.each(messageTypes.map((id) => [id]))(
    '%s: Ajv agrees with validate({ rules: false }) on 100 instances',
    (id) => {
      const v = compile(id);
      let valid = 0;
      let invalid = 0;
      const check = (value: unknown): void => {
        const structural = validate(id, value, { rules: false }).ok;
        const ajvOk = v(value);
        if (ajvOk !== structural) expect({ id, value, ajv: v.errors, structural }).toBeUndefined();
        if (structural) valid++;
        else invalid++;
      };
      fc.assert(
        fc.property(arbitrary(id, { rules: false, maxRepeat: 2 }), (x) => check(x)),
        { numRuns: 50, seed: 13 },
      );
      fc.assert(
        fc.property(mutated(id, { rules: false, maxRepeat: 2 }), ({ value }) => check(value)),
        { numRuns: 50, seed: 13 },
      );
      expect(valid).toBe(50);
      expect(invalid).toBe(50);
    },
  );
});
