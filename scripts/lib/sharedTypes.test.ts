import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { libraryDir, loadTypeLibrary } from './library';
import { SPEC_DIR } from './spec';
import { planSharedTypes } from './sharedTypes';
import type { TreeNode } from './tree';

const leaf = (name: string, min = 1, max = 1): TreeNode => ({
  name,
  label: name,
  encoding: 'text',
  min,
  max,
  presence: min ? 'M' : 'O',
  format: 'an..35',
  codeList: null,
  rules: [],
  conditions: [],
  wcoId: null,
  provenance: 'library',
  from: 'XContentType',
  notes: [],
  children: [],
});
const group = (
  name: string,
  xsdType: string,
  children: TreeNode[],
  extra: Partial<TreeNode> = {},
): TreeNode => ({ ...leaf(name), encoding: 'group', format: null, xsdType, children, ...extra });
const root = (children: TreeNode[]): TreeNode => group('root', '', children);
const leafType = (): string => 'string';

describe('planSharedTypes', () => {
  it('gives one interface to a library type used by several messages, and names it after the element', () => {
    const a = group('address', 'AddressType', [leaf('city'), leaf('street', 0)]);
    const b = group('address', 'AddressType', [leaf('city'), leaf('street', 0)]);
    const plan = planSharedTypes(
      new Map([
        ['IE3F32', root([group('consignor', 'ConsignorType', [a])])],
        ['IE3F11', root([group('consignor', 'ConsignorType', [b])])],
      ]),
      leafType,
      '',
    );
    expect(plan.nameOf(a)).toBe('Address');
    expect(plan.nameOf(b)).toBe('Address');
    expect(plan.usedBy('IE3F32')).toEqual(['Address', 'Consignor']);
    expect(plan.source).toMatch(/export interface Address \{\n.*\n {2}city: string;\n.*\n {2}street\?: string;\n.*\n {2}\$unknown\?: UnknownElement\[\];\n\}/);
    expect(plan.source).toContain(
      "the library's `AddressType` (ctypes.xsd), one structure in 2 messages: IE3F11, IE3F32",
    );
  });

  it('keeps an own interface for a node of an ambiguous match whose shape is not the type’s', () => {
    const sure = group('representative', 'RepresentativeType', [leaf('name')]);
    const union = group('representative', 'RepresentativeType', [leaf('name'), leaf('status', 0)], {
      uncertain: true,
      xsdTypes: ['RepresentativeType', 'RepresentativeType09'],
    });
    const plan = planSharedTypes(
      new Map([
        ['IE3F10', root([sure])],
        ['IE3F26', root([union])],
      ]),
      leafType,
      '',
    );
    expect(plan.nameOf(sure)).toBe('Representative');
    expect(plan.nameOf(union)).toBeUndefined();
    expect(plan.ownCount).toBe(1);
  });

  it('names numbered types by their parent, else by the first filing that uses them', () => {
    const places = group('address', 'AddressType05', [leaf('city')]);
    const parties = group('address', 'AddressType', [leaf('city'), leaf('street')]);
    const f13 = group('address', 'AddressType03', [leaf('country')]);
    const cml12 = group('consignmentMasterLevel', 'ConsignmentMasterLevelType12', [leaf('x')]);
    const cml11 = group('consignmentMasterLevel', 'ConsignmentMasterLevelType11', [leaf('y')]);
    const plan = planSharedTypes(
      new Map([
        ['IE3A12', root([group('consignmentMasterLevel', 'ConsignmentMasterLevelType12', [leaf('x')])])],
        [
          'IE3F12',
          root([
            cml12,
            group('consignor', 'ConsignorType', [parties]),
            group('placeOfLoading', 'PlaceOfLoadingType', [places]),
            group('placeOfUnloading', 'PlaceOfUnloadingType', [places]),
          ]),
        ],
        ['IE3F11', root([cml11, group('placeOfDelivery', 'PlaceOfDeliveryType', [f13])])],
      ]),
      leafType,
      '',
    );
    expect(plan.nameOf(parties)).toBe('Address');
    expect(plan.nameOf(f13)).toBe('PlaceOfDeliveryAddress');
    expect(plan.nameOf(places)).toBe('AddressF12');
    expect(plan.nameOf(cml12)).toBe('ConsignmentMasterLevelF12');
    expect(plan.nameOf(cml11)).toBe('ConsignmentMasterLevelF11');
  });
});

describe('src/generated/types.ts against the library', () => {
  const lib = loadTypeLibrary(libraryDir(SPEC_DIR));
  const src = readFileSync(join(import.meta.dirname, '..', '..', 'src', 'generated', 'types.ts'), 'utf8');
  const interfaces = [
    ...src.matchAll(
      /the library's `(\w+)` \(ctypes\.xsd\)[\s\S]*?export interface (\w+) \{\n([\s\S]*?)\n\}/g,
    ),
  ].map((m) => ({
    type: m[1]!,
    name: m[2]!,
    fields: [...m[3]!.matchAll(/^ {2}(\w+)(\??): (\w+)(\[\])?;$/gm)].map((f) => ({
      name: f[1]!,
      optional: f[2] === '?',
      type: f[3]!,
      array: !!f[4],
    })),
  }));

  it('has one interface per library type, with readable unique names', () => {
    expect(interfaces.length).toBeGreaterThan(200);
    expect(new Set(interfaces.map((i) => i.type)).size).toBe(interfaces.length);
    expect(new Set(interfaces.map((i) => i.name)).size).toBe(interfaces.length);
    for (const i of interfaces) expect(i.name, i.type).not.toMatch(/Type\d*$/);
  });

  it('gives every interface the element names, order, optionality and arrays of its library type', () => {
    const byName = new Map(interfaces.map((i) => [i.name, i]));
    let checked = 0;
    for (const i of interfaces) {
      let kids = lib.children(i.type);
      // A choice (DataRequestType: Indicator or IndicatorString) is modelled by the branch the tables name.
      if (lib.xsd.complexTypes.get(i.type)?.group === 'choice')
        kids = kids.filter((k) => i.fields.some((f) => f.name === k.name));
      expect(
        i.fields.map((f) => f.name),
        i.type,
      ).toEqual(kids.map((k) => k.name));
      i.fields.forEach((f, n) => {
        const k = kids[n]!;
        expect(f.optional, `${i.type}.${f.name} optional`).toBe(k.min === 0);
        expect(f.array, `${i.type}.${f.name} array`).toBe(k.max > 1);
        // A complex child refers to the shared interface of its own library type.
        // (A library DateTime wrapper is a value of ours: an ISO string written inside <DateTime>.)
        if (byName.has(f.type)) expect(byName.get(f.type)!.type, `${i.type}.${f.name}`).toBe(k.type);
        else if (k.children.length)
          expect(
            k.children.map((c) => c.name),
            `${i.type}.${f.name}`,
          ).toEqual(['DateTime']);
        checked++;
      });
    }
    expect(checked).toBeGreaterThan(1000);
  });
});
