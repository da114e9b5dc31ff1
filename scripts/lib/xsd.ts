/**
 * A small reader for the EU common-domain ICS2 type library (`spec/xsd-common-v2/*.xsd`).
 *
 * The files are machine-generated with one declaration per line, so a line reader is exact here; it is
 * checked by `scripts/lib/xsd.test.ts` against counts taken from the files.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export interface XsdElement {
  name: string;
  type: string;
  minOccurs: number;
  maxOccurs: number;
  codeList?: string;
  rules: string[];
  conditions: string[];
}

export interface XsdAttribute {
  name: string;
  type: string;
  required: boolean;
}

export interface XsdComplexType {
  name: string;
  /** `sequence` or `choice` (a choice here always wraps the single `DateTime` element). */
  group: 'sequence' | 'choice' | 'empty';
  elements: XsdElement[];
  attributes: XsdAttribute[];
}

export interface XsdSimpleType {
  name: string;
  base: string;
  minLength?: number;
  maxLength?: number;
  length?: number;
  pattern?: string;
  totalDigits?: number;
  fractionDigits?: number;
}

export interface XsdLibrary {
  complexTypes: Map<string, XsdComplexType>;
  simpleTypes: Map<string, XsdSimpleType>;
  /** Root element types of the per-message schemas we hold (IE3N99, IE3N11). */
  roots: Map<string, string>;
}

const attr = (line: string, name: string): string | undefined => {
  const m = new RegExp(`\\b${name}="([^"]*)"`).exec(line);
  return m ? m[1] : undefined;
};

/** Parse every `.xsd` file of a folder into one library. */
export function readXsdLibrary(dir: string, files: string[]): XsdLibrary {
  const lib: XsdLibrary = { complexTypes: new Map(), simpleTypes: new Map(), roots: new Map() };
  for (const file of files) {
    const lines = readFileSync(join(dir, file), 'utf8').split(/\r?\n/);
    let ct: XsdComplexType | undefined;
    let st: XsdSimpleType | undefined;
    let el: XsdElement | undefined;
    for (const raw of lines) {
      const line = raw.trim();
      if (line.startsWith('<xs:complexType name=')) {
        ct = { name: attr(line, 'name')!, group: 'empty', elements: [], attributes: [] };
        lib.complexTypes.set(ct.name, ct);
      } else if (line.startsWith('</xs:complexType>')) {
        ct = undefined;
      } else if (line.startsWith('<xs:simpleType name=')) {
        st = { name: attr(line, 'name')!, base: '' };
        lib.simpleTypes.set(st.name, st);
      } else if (line.startsWith('</xs:simpleType>')) {
        st = undefined;
      } else if (st && line.startsWith('<xs:restriction')) {
        st.base = attr(line, 'base') ?? '';
      } else if (st && /^<xs:(minLength|maxLength|length|pattern|totalDigits|fractionDigits) /.test(line)) {
        const facet = /^<xs:(\w+)/.exec(line)![1] as keyof XsdSimpleType;
        const value = attr(line, 'value')!;
        (st as unknown as Record<string, unknown>)[facet] = facet === 'pattern' ? value : Number(value);
      } else if (ct && line === '<xs:sequence>') {
        ct.group = 'sequence';
      } else if (ct && line === '<xs:choice>') {
        ct.group = 'choice';
      } else if (ct && line.startsWith('<xs:element ')) {
        el = {
          name: attr(line, 'name')!,
          type: attr(line, 'type')!,
          minOccurs: Number(attr(line, 'minOccurs') ?? '1'),
          maxOccurs:
            attr(line, 'maxOccurs') === 'unbounded' ? Infinity : Number(attr(line, 'maxOccurs') ?? '1'),
          rules: [],
          conditions: [],
        };
        ct.elements.push(el);
        if (line.endsWith('/>')) el = undefined;
      } else if (ct && line.startsWith('<xs:attribute ')) {
        ct.attributes.push({
          name: attr(line, 'name')!,
          type: attr(line, 'type')!,
          required: attr(line, 'use') === 'required',
        });
      } else if (el && line.startsWith('<ICS2CLTrade>')) {
        el.codeList = line.replace(/<\/?ICS2CLTrade>/g, '');
      } else if (el && line.startsWith('<Rules>')) {
        el.rules.push(line.replace(/<\/?Rules>/g, ''));
      } else if (el && line.startsWith('<Conditions>')) {
        el.conditions.push(line.replace(/<\/?Conditions>/g, ''));
      } else if (el && line.startsWith('</xs:element>')) {
        el = undefined;
      } else if (!ct && line.startsWith('<xs:element name=')) {
        lib.roots.set(attr(line, 'name')!, attr(line, 'type')!);
      }
    }
  }
  return lib;
}

/** The complex types whose name is the element's name in UpperCamelCase followed by `Type` and a number. */
export function candidateTypes(lib: XsdLibrary, elementName: string): XsdComplexType[] {
  const base = elementName.charAt(0).toUpperCase() + elementName.slice(1) + 'Type';
  const out: XsdComplexType[] = [];
  for (const [name, t] of lib.complexTypes) {
    if (name === base || (name.startsWith(base) && /^\d+$/.test(name.slice(base.length)))) out.push(t);
  }
  return out;
}

/**
 * Does a list of child names fit an XSD type: every name is one of the type's elements (or attributes),
 * in the type's order, and every element the type requires is present?
 * Returns the problems (empty when it fits).
 */
export function fitProblems(type: XsdComplexType, children: string[]): string[] {
  const problems: string[] = [];
  const names = type.elements.map((e) => e.name);
  const attrNames = new Set(type.attributes.map((a) => a.name));
  let cursor = 0;
  const seen = new Set<string>();
  for (const child of children) {
    if (attrNames.has(child)) {
      seen.add(child);
      continue;
    }
    const at = names.indexOf(child, cursor);
    if (at < 0) {
      problems.push(names.includes(child) ? `${child} out of order` : `${child} not in ${type.name}`);
      continue;
    }
    cursor = at + 1;
    seen.add(child);
  }
  for (const e of type.elements)
    if (e.minOccurs > 0 && !seen.has(e.name)) problems.push(`${e.name} required by ${type.name}`);
  for (const a of type.attributes)
    if (a.required && !seen.has(a.name)) problems.push(`@${a.name} required by ${type.name}`);
  return problems;
}
