/**
 * Checks serialised messages against the real ICS2 XSDs (spec/xsd-common-v2) with xmllint-wasm:
 * IE3N99 and IE3N11 as whole documents; every other message by subtree: each group element with metadata
 * `xsdTypes` (the ctypes.xsd complex types its children fit) is serialised and validated against those types
 * through a generated wrapper schema (one global element per (subtree, candidate type)); a subtree passes when
 * it is valid against at least one candidate. Batched: a few xmllint calls in all.
 */
import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { validateXML, memoryPages } from 'xmllint-wasm';
import type { ElementMeta } from '../../src/core/meta';
import { messageTypes, type MessageType } from '../../src/generated/catalogue';
import { registry } from '../../src/generated/registry';
import { elementToXml, toXml, ICS2_NAMESPACE } from '../../src/xml/toXml';
import { validate } from '../../src/validate';
import { arbitraryInstance, maximalInstance, minimalInstance } from '../support/instances';

const xsdDir = fileURLToPath(new URL('../../spec/xsd-common-v2/', import.meta.url));
const file = (name: string): { fileName: string; contents: string } => ({
  fileName: name,
  contents: readFileSync(`${xsdDir}${name}`, 'utf8'),
});
const common = ['ctypes.xsd', 'stypes.xsd', 'htypes.xsd'].map(file);
const knownTypes = new Set(
  [
    ...common
      .map((f) => f.contents)
      .join('\n')
      .matchAll(/<xs:complexType name="([^"]+)"/g),
  ].map((m) => m[1]!),
);

/** Per-file errors of one xmllint call. */
async function lint(
  docs: { fileName: string; contents: string }[],
  schema: { fileName: string; contents: string },
) {
  const r = await validateXML({
    xml: docs,
    schema,
    preload: common,
    initialMemoryPages: 64 * memoryPages.MiB,
    maxMemoryPages: memoryPages.GiB,
  });
  const byFile = new Map<string, string[]>();
  for (const e of r.errors) {
    if (!e.loc) continue; // the per-file summary line ('x.xml fails to validate')
    const f = e.loc.fileName;
    byFile.set(f, [...(byFile.get(f) ?? []), e.message]);
  }
  return byFile;
}

/**
 * Most ICS2 simple types derive from xs:token (white space collapsed before the facets apply): the model
 * validator warns about such values (see the white-space tests) but they would shorten here, so white space in
 * generated strings is replaced by `_` first (same length).
 */
const collapse = (v: unknown): unknown => {
  if (typeof v === 'string') return v.replace(/[ \t\n\r]/g, '_');
  if (Array.isArray(v)) return v.map(collapse);
  if (v && typeof v === 'object')
    return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, collapse(x)]));
  return v;
};

function instances(t: MessageType, runs: number): Record<string, unknown>[] {
  const meta = registry[t].meta;
  const arb = fc
    .sample(arbitraryInstance(meta), { numRuns: runs, seed: 42 })
    .map((x) => collapse(x) as Record<string, unknown>);
  return [minimalInstance(meta), maximalInstance(meta), ...arb];
}

const schemasDir = fileURLToPath(new URL('../../schemas/', import.meta.url));

describe('XSD: whole documents of all 84 messages against the reconstructed wrappers (schemas/)', () => {
  it('minimal, maximal and generated instances are valid', async () => {
    const failures: string[] = [];
    let count = 0;
    for (const t of messageTypes) {
      const docs = instances(t, 6).map((x, i) => {
        const r = toXml(t, x as never, { validate: false, pretty: i % 2 === 1 });
        if (!r.ok) throw new Error(JSON.stringify(r.issues));
        return { fileName: `${t}-${i}.xml`, contents: r.xml };
      });
      count += docs.length;
      const schema = { fileName: `${t}.xsd`, contents: readFileSync(`${schemasDir}${t}.xsd`, 'utf8') };
      for (const [f, e] of await lint(docs, schema)) failures.push(`${f}: ${e[0]}`);
    }
    expect(count).toBe(84 * 8);
    expect(failures).toEqual([]);
  });

  it('the wrappers say they are reconstructed, except the two official ones', () => {
    for (const t of messageTypes) {
      const x = readFileSync(`${schemasDir}${t}.xsd`, 'utf8');
      if (t === 'IE3N99' || t === 'IE3N11') expect(x).toMatch(/official structure/);
      else expect(x).toMatch(/RECONSTRUCTED, NOT AN OFFICIAL EU SCHEMA/);
    }
  });
});

describe('XSD: whole documents', () => {
  for (const t of ['IE3N99', 'IE3N11'] as const) {
    it(`${t} instances validate against ${t}.xsd`, async () => {
      const docs = instances(t, 40).map((x, i) => {
        const r = toXml(t, x as never, { validate: false, pretty: i % 2 === 1 });
        if (!r.ok) throw new Error(JSON.stringify(r.issues));
        return { fileName: `${t}-${i}.xml`, contents: r.xml };
      });
      const errors = await lint(docs, file(`${t}.xsd`));
      expect([...errors]).toEqual([]);
    });
  }
});

describe('XSD: what the schema accepts, validate does not refuse (real senders)', () => {
  const schemaFiles = fileURLToPath(new URL('../../schemas/', import.meta.url));
  const wrapper = { fileName: 'IE3F32.xsd', contents: readFileSync(`${schemaFiles}IE3F32.xsd`, 'utf8') };
  const variant = (edit: (house: Record<string, any>, root: Record<string, any>) => void): Record<string, any> => {
    const x = maximalInstance(registry.IE3F32.meta, 1) as Record<string, any>;
    edit(x.consignmentMasterLevel.consignmentHouseLevel[0], x);
    return x;
  };
  const cases: { name: string; x: Record<string, any>; warning: string | null; xsdOk: boolean }[] = [
    { name: 'country with spaces (xs:token)', x: variant((h) => (h.consignor.address.country = ' AT ')), warning: 'whitespace', xsdOk: true },
    { name: 'mass with spaces (xs:decimal)', x: variant((h) => (h.totalGrossMass = ' 12.5 ')), warning: 'whitespace', xsdOk: true },
    { name: 'date-time with spaces (xs:dateTime)', x: variant((_h, r) => (r.documentIssueDate = ' 2024-04-12T11:13:57Z ')), warning: 'whitespace', xsdOk: true },
    { name: 'mass with a sign', x: variant((h) => (h.totalGrossMass = '+1.5')), warning: 'unusual_format', xsdOk: true },
    { name: 'mass with trailing zeros beyond 6 decimals', x: variant((h) => (h.totalGrossMass = '1.5000000')), warning: 'unusual_format', xsdOk: true },
    { name: 'mass without an integer part', x: variant((h) => (h.totalGrossMass = '.5')), warning: 'unusual_format', xsdOk: true },
    { name: 'mass with 7 significant decimals', x: variant((h) => (h.totalGrossMass = '1.5000001')), warning: null, xsdOk: false },
    { name: 'a line break in a city (xs:string, pattern .)', x: variant((h) => (h.consignor.address.city = 'Paris\nNord')), warning: null, xsdOk: false },
  ];

  it('accepts with a warning what the XSD accepts, and refuses what it refuses (one xmllint call)', async () => {
    const docs = cases.map((c, i) => {
      const r = toXml('IE3F32', c.x as never, { validate: false });
      if (!r.ok) throw new Error(JSON.stringify(r.issues));
      return { fileName: `case-${i}.xml`, contents: r.xml };
    });
    const errors = await lint(docs, wrapper);
    cases.forEach((c, i) => {
      const v = validate('IE3F32', c.x, { rules: false });
      expect([c.name, errors.has(`case-${i}.xml`)]).toEqual([c.name, !c.xsdOk]);
      expect([c.name, v.ok]).toEqual([c.name, c.xsdOk]);
      if (c.warning) expect((v.issues ?? []).map((x) => `${x.severity} ${x.code}`), c.name).toContain(`warning ${c.warning}`);
    });
  });
});

describe('XSD: white space, as the xs:token types see it', () => {
  it('validate() refuses a whitespace-only validationCode, which the XSD (xs:token, pattern .{1,8}) rejects too', async () => {
    const x = { notificationDate: '2024-04-12T11:13:57Z', error: [{ validationCode: ' ' }] };
    const v = validate('IE3N99', x, { rules: false });
    expect(v.ok).toBe(false);
    expect(v.issues).toContainEqual(
      // Collapsed, as the receiver reads it, the value is empty.
      expect.objectContaining({ code: 'too_short', severity: 'error', path: ['error', 0, 'validationCode'] }),
    );
    const r = toXml('IE3N99', x as never, { validate: false });
    if (!r.ok) throw new Error(JSON.stringify(r.issues));
    const errors = await lint([{ fileName: 'gap.xml', contents: r.xml }], file('IE3N99.xsd'));
    expect(errors.get('gap.xml')?.[0]).toMatch(/validationCode.*pattern/);
  });

  it('validate() warns where the XSD accepts a value only after collapsing its white space', async () => {
    const x = { notificationDate: '2024-04-12T11:13:57Z', error: [{ validationCode: ' 12  ' }] };
    const v = validate('IE3N99', x, { rules: false });
    expect(v.ok).toBe(true);
    expect(v.issues).toContainEqual(
      expect.objectContaining({
        code: 'whitespace',
        severity: 'warning',
        path: ['error', 0, 'validationCode'],
      }),
    );
    const r = toXml('IE3N99', x as never, { validateOptions: { rules: false } });
    if (!r.ok) throw new Error(JSON.stringify(r.issues));
    const errors = await lint([{ fileName: 'ok.xml', contents: r.xml }], file('IE3N99.xsd'));
    expect(errors.get('ok.xml')).toBeUndefined();
  });
});

describe('XSD: every message by subtree (ctypes.xsd complex types)', () => {
  it('each group subtree fits one of its xsdTypes', async () => {
    type Item = { where: string; types: string[]; xml: string };
    const items = new Map<string, Item>();
    const unknownTypes = new Set<string>();
    const collect = (t: MessageType, node: ElementMeta, v: unknown, path: string): void => {
      if (node.encoding !== 'group' || v === null || typeof v !== 'object') return;
      const record = v as Record<string, unknown>;
      // An uncertain (ambiguous) element is the union of its candidate types: no single type holds it; the
      // whole-document check against the reconstructed wrappers covers it.
      if (path !== '' && node.xsdTypes?.length && !node.uncertain) {
        const types = node.xsdTypes.filter((x) => knownTypes.has(x));
        node.xsdTypes.filter((x) => !knownTypes.has(x)).forEach((x) => unknownTypes.add(x));
        const r = elementToXml(node, record);
        if (!r.ok) throw new Error(JSON.stringify(r.issues));
        const key = `${types.join(',')}|${r.xml}`;
        if (types.length && !items.has(key)) items.set(key, { where: `${t}${path}`, types, xml: r.xml });
      }
      for (const c of node.children ?? []) {
        const cv = record[c.name];
        if (cv === undefined) continue;
        const list = c.max > 1 ? (cv as unknown[]) : [cv];
        list.forEach((x) => collect(t, c, x, `${path}/${c.name}`));
      }
    };
    for (const t of messageTypes) for (const x of instances(t, 3)) collect(t, registry[t].meta.root, x, '');

    const decls: string[] = [];
    const docs: { fileName: string; contents: string }[] = [];
    const owner: { item: Item; type: string }[] = [];
    for (const item of items.values()) {
      for (const type of item.types) {
        const n = owner.length;
        owner.push({ item, type });
        decls.push(`<xs:element name="s${n}" type="${type}"/>`);
        const inner = item.xml
          .replace(/^<[^>]*?(\/?)>/, (_m, slash: string) => `<s${n} xmlns="${ICS2_NAMESPACE}"${slash}>`)
          .replace(/<\/[^>]+>$/, `</s${n}>`);
        docs.push({ fileName: `d${n}.xml`, contents: inner });
      }
    }
    const schema = {
      fileName: 'wrapper.xsd',
      contents: `<?xml version="1.0" encoding="UTF-8"?><xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns="${ICS2_NAMESPACE}" targetNamespace="${ICS2_NAMESPACE}" elementFormDefault="qualified"><xs:include schemaLocation="ctypes.xsd"/>${decls.join('')}</xs:schema>`,
    };
    const errors = new Map<string, string[]>();
    for (let i = 0; i < docs.length; i += 300) {
      for (const [k, v] of await lint(docs.slice(i, i + 300), schema)) errors.set(k, v);
    }
    const failing = new Map<Item, string[]>();
    const passing = new Set<Item>();
    owner.forEach(({ item, type }, n) => {
      const e = errors.get(`d${n}.xml`);
      if (!e) passing.add(item);
      else failing.set(item, [...(failing.get(item) ?? []), `${type}: ${e[0]}`]);
    });
    const mismatches = [...failing]
      .filter(([item]) => !passing.has(item))
      .map(([item, e]) => `${item.where}: ${e.join(' | ')}`);
    console.log(
      `XSD subtree check: ${items.size} distinct subtrees, ${docs.length} (subtree, type) documents, ${mismatches.length} mismatches; xsdTypes not in the XSDs: ${[...unknownTypes].join(', ') || 'none'}`,
    );
    if (mismatches.length) console.log(mismatches.slice(0, 40).join('\n'));
    expect(items.size).toBeGreaterThan(100);
    // Every subtree of every message fits the library type the generator named for it (the library decides
    // structure; where a table disagrees, docs/coverage.md lists it and the library wins).
    expect(mismatches).toEqual([]);
  });
});
