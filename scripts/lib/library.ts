/**
 * The EU ICS2 type library (`spec/xsd-common-v2/ctypes.xsd` and friends) as trees: the children of a complex
 * type, deep structural signatures (with or without the R3024 "cannot be amended" marks), and which types are
 * *free* (used by no other type and by no public schema: the top-level types of the HTI message schemas that
 * are not public).
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { readXsdLibrary, type XsdComplexType, type XsdLibrary, type XsdSimpleType } from './xsd';

/** One element of a library type, with its own children when its type is complex. */
export interface LibNode {
  name: string;
  /** The library type of the element (complex or simple). */
  type: string;
  min: number;
  max: number;
  rules: string[];
  conditions: string[];
  codeList?: string;
  simple?: XsdSimpleType;
  complex?: XsdComplexType;
  children: LibNode[];
}

export interface TypeLibrary {
  xsd: XsdLibrary;
  /** Every complex type in file order. */
  order: string[];
  /** Types used by no other type, no public message schema and no common-domain schema. */
  free: Set<string>;
  /** The children of a complex type (memoised). */
  children(type: string): LibNode[];
  /** Deep structure of a type; `keepR3024: false` ignores the amendment marks. */
  signature(type: string, keepR3024: boolean): string;
  /** Deep structure without any rule or condition annotations (names, cardinalities, code lists, simple types). */
  shape(type: string): string;
  /** Does the type carry R3024 anywhere in its tree? */
  hasR3024(type: string): boolean;
  /** The family of a type: its name without the trailing number (`ConsignmentMasterLevelType`). */
  familyOf(type: string): string;
  /** The complex types of a family in file order. */
  family(name: string): string[];
}

/** The family name that holds the types of an element (`consignmentMasterLevel` -> `ConsignmentMasterLevelType`). */
export const familyForElement = (element: string): string => element.charAt(0).toUpperCase() + element.slice(1) + 'Type';

/** Read the whole V2 folder: the type library plus every schema that uses it. */
export function loadTypeLibrary(dir: string): TypeLibrary {
  const core = ['stypes.xsd', 'htypes.xsd', 'ctypes.xsd'];
  const xsd = readXsdLibrary(dir, core);
  const others = readdirSync(dir)
    .filter((f) => f.endsWith('.xsd') && !core.includes(f))
    .sort();
  const outside = readXsdLibrary(dir, others);
  const used = new Set<string>();
  for (const t of xsd.complexTypes.values()) for (const e of t.elements) used.add(e.type);
  for (const t of outside.complexTypes.values()) for (const e of t.elements) used.add(e.type);
  for (const r of outside.roots.values()) used.add(r);
  for (const [name, root] of outside.roots) xsd.roots.set(name, root);
  for (const [name, t] of outside.complexTypes) if (!xsd.complexTypes.has(name)) xsd.complexTypes.set(name, t);
  const order = [...xsd.complexTypes.keys()];
  const free = new Set(order.filter((n) => !used.has(n) && !outside.complexTypes.has(n)));

  const childMemo = new Map<string, LibNode[]>();
  const children = (type: string): LibNode[] => {
    const hit = childMemo.get(type);
    if (hit) return hit;
    const t = xsd.complexTypes.get(type);
    const out: LibNode[] = [];
    childMemo.set(type, out);
    if (t) {
      for (const e of t.elements) {
        const complex = xsd.complexTypes.get(e.type);
        out.push({
          name: e.name,
          type: e.type,
          min: e.minOccurs,
          max: e.maxOccurs,
          rules: e.rules,
          conditions: e.conditions,
          ...(e.codeList ? { codeList: e.codeList } : {}),
          ...(xsd.simpleTypes.has(e.type) ? { simple: xsd.simpleTypes.get(e.type)! } : {}),
          ...(complex ? { complex } : {}),
          children: complex ? children(e.type) : [],
        });
      }
    }
    return out;
  };
  const sigMemo = new Map<string, string>();
  const signature = (type: string, keep: boolean): string => {
    const key = `${keep ? 1 : 0}:${type}`;
    const hit = sigMemo.get(key);
    if (hit !== undefined) return hit;
    const t = xsd.complexTypes.get(type);
    let s: string;
    if (!t) s = type;
    else {
      s =
        '{' +
        t.elements
          .map(
            (e) =>
              `${e.name}:${e.minOccurs}..${e.maxOccurs}:${[...e.rules.filter((r) => keep || r !== 'R3024'), ...e.conditions].sort().join(',')}:${e.codeList ?? ''}:${signature(e.type, keep)}`,
          )
          .join(';') +
        '|' +
        t.attributes.map((a) => `${a.name}:${a.type}:${a.required}`).join(',') +
        '}';
    }
    sigMemo.set(key, s);
    return s;
  };
  const shapeMemo = new Map<string, string>();
  const shape = (type: string): string => {
    const hit = shapeMemo.get(type);
    if (hit !== undefined) return hit;
    const t = xsd.complexTypes.get(type);
    const s = !t
      ? type
      : '{' +
        t.elements.map((e) => `${e.name}:${e.minOccurs}..${e.maxOccurs}:${e.codeList ?? ''}:${shape(e.type)}`).join(';') +
        '|' +
        t.attributes.map((a) => `${a.name}:${a.type}:${a.required}`).join(',') +
        '}';
    shapeMemo.set(type, s);
    return s;
  };
  const familyOf = (type: string): string => type.replace(/\d+$/, '');
  const families = new Map<string, string[]>();
  for (const n of order) {
    const f = familyOf(n);
    if (!families.has(f)) families.set(f, []);
    families.get(f)!.push(n);
  }
  return {
    xsd,
    order,
    free,
    children,
    signature,
    shape,
    hasR3024: (type) => signature(type, true) !== signature(type, false),
    familyOf,
    family: (name) => families.get(name) ?? [],
  };
}

/** Default location of the library inside the repository. */
export const libraryDir = (specDir: string): string => join(specDir, 'xsd-common-v2');
