/**
 * Real traffic: generated valid instances of all 84 messages, rewritten the ways real senders and customs
 * systems write XML (test/support/senders.ts), must be read without loss and round-trip:
 * - fromXml accepts the document with the same model (and the same issues) as the canonical form;
 * - toXml of the value gives the canonical document again (byte for byte), which is valid against the
 *   reconstructed wrapper XSD (schemas/IE3xxx.xsd; all 84 wrappers in one schema, one xmllint call per 300
 *   documents);
 * - customs answers (the 18 c2t messages of IE3N*, IE3Q*, IE3R*) with elements unknown to the model at several depths are read
 *   leniently (warnings, no trader rule), keep those elements in `$unknown` with their place and raw content,
 *   and toXml writes them back in place.
 */
import { describe, it, expect, beforeAll } from 'vitest';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { isDeepStrictEqual } from 'node:util';
import { validateXML, memoryPages } from 'xmllint-wasm';
import type { ElementMeta, MessageMeta } from '../../src/core/meta';
import type { Issue } from '../../src/core/issue';
import { messageTypes, type MessageType } from '../../src/generated/catalogue';
import { registry } from '../../src/generated/registry';
import { toXml } from '../../src/xml/toXml';
import { fromXml } from '../../src/xml/fromXml';
import type { UnknownElement } from '../../src/xml/unknown';
import { validate } from '../../src/validate';
import { parseFormat } from '../../src/core/format';
import { maximalInstance, minimalInstance } from '../support/instances';
import { readTree, type XmlNode } from '../support/xmlTree';
import { ICS2_NS, rewrite, SAME_MODEL_STYLES, withUnknown, writeTree, type SenderStyle } from '../support/senders';

const specDir = fileURLToPath(new URL('../../spec/xsd-common-v2/', import.meta.url));
const schemasDir = fileURLToPath(new URL('../../schemas/', import.meta.url));
const common = ['ctypes.xsd', 'stypes.xsd', 'htypes.xsd'].map((f) => ({ fileName: f, contents: readFileSync(`${specDir}${f}`, 'utf8') }));
/** The 84 wrappers as one schema: their root elements and types side by side (their names are distinct). */
const allWrappers = {
  fileName: 'all.xsd',
  contents: `<?xml version="1.0" encoding="UTF-8"?><xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns="${ICS2_NS}" targetNamespace="${ICS2_NS}" elementFormDefault="qualified" attributeFormDefault="unqualified"><xs:include schemaLocation="ctypes.xsd"/>${messageTypes
    .map((t) => {
      const x = readFileSync(`${schemasDir}${t}.xsd`, 'utf8');
      return x
        .slice(x.indexOf('>', x.indexOf('<xs:schema')) + 1, x.lastIndexOf('</xs:schema>'))
        .replace(/<xs:annotation>[\s\S]*?<\/xs:annotation>/, '')
        .replace(/<xs:include[^>]*>/, '');
    })
    .join('')}</xs:schema>`,
};

/** xmllint's first error per document (documents without errors are absent). */
async function xsdErrors(docs: { name: string; xml: string }[]): Promise<Map<string, string[]>> {
  const out = new Map<string, string[]>();
  for (let i = 0; i < docs.length; i += 300) {
    const r = await validateXML({
      xml: docs.slice(i, i + 300).map((d) => ({ fileName: d.name, contents: d.xml })),
      schema: allWrappers,
      preload: common,
      initialMemoryPages: 64 * memoryPages.MiB,
      maxMemoryPages: memoryPages.GiB,
    });
    for (const e of r.errors) if (e.loc) out.set(e.loc.fileName, [...(out.get(e.loc.fileName) ?? []), e.message]);
  }
  return out;
}

const metaOf = (t: MessageType): MessageMeta => registry[t].meta as MessageMeta;
const answers = messageTypes.filter((t) => metaOf(t).direction === 'c2t');
const filings = messageTypes.filter((t) => metaOf(t).direction === 't2c');

const xmlOf = (t: MessageType, x: unknown): string => {
  const r = toXml(t, x as never, { validate: false });
  if (!r.ok) throw new Error(`${t}: ${JSON.stringify(r.issues.slice(0, 2))}`);
  return r.xml;
};
const brief = (issues: readonly Issue[]): string[] => issues.map((i) => `${i.severity} ${i.code} ${i.pointer}`);

/** The minimal and the maximal instance of every message, with its canonical XML and how fromXml reads it. */
interface Doc {
  t: MessageType;
  kind: string;
  value: Record<string, unknown>;
  xml: string;
  issues: string[];
}
function docsOf(make: (meta: MessageMeta) => Record<string, unknown>[], kinds: string[]): Doc[] {
  const out: Doc[] = [];
  for (const t of messageTypes) {
    make(metaOf(t)).forEach((value, i) => {
      const xml = xmlOf(t, value);
      out.push({ t, kind: kinds[i]!, value, xml, issues: brief(fromXml(xml).issues) });
    });
  }
  return out;
}

describe('real traffic: sender styles (declaration, BOM, line ends, indentation, prefixes, comments, PIs, CDATA, references)', () => {
  const docs = docsOf((m) => [minimalInstance(m), maximalInstance(m)], ['minimal', 'maximal']);

  it('the canonical documents of all 84 messages are valid against their wrapper XSD (checked once: every style must give them back)', async () => {
    expect(new Set(docs.map((d) => d.t)).size).toBe(84);
    const errors = await xsdErrors(docs.map((d, i) => ({ name: `${d.t}-${d.kind}-${i}.xml`, xml: d.xml })));
    expect([...errors].map(([f, e]) => `${f}: ${e[0]}`)).toEqual([]);
  });

  for (const [name, style] of Object.entries(SAME_MODEL_STYLES)) {
    it(`${name}: the same model and issues, and toXml gives the canonical document back (168 documents)`, () => {
      const failures: string[] = [];
      let changed = 0;
      for (const d of docs) {
        const doc = rewrite(d.xml, style);
        if (doc !== d.xml) changed++;
        const r = fromXml(doc);
        if (r.messageType !== d.t) failures.push(`${d.t} ${d.kind}: read as ${String(r.messageType)} ${JSON.stringify(brief(r.issues).slice(0, 2))}`);
        else if (!isDeepStrictEqual(r.value, d.value)) failures.push(`${d.t} ${d.kind}: another value`);
        else if (!isDeepStrictEqual(brief(r.issues), d.issues)) failures.push(`${d.t} ${d.kind}: other issues ${JSON.stringify(brief(r.issues).slice(0, 3))}`);
        else if (metaOf(d.t).direction === 'c2t' && !r.ok) failures.push(`${d.t} ${d.kind}: an answer refused`);
        else if (xmlOf(d.t, r.value) !== d.xml) failures.push(`${d.t} ${d.kind}: toXml does not give the canonical document`);
      }
      expect(changed).toBe(docs.length); // the style really rewrote every document
      expect(failures).toEqual([]);
    });
  }
});

describe('real traffic: a prefixed root with unqualified children (what elementFormDefault="unqualified" schemas, such as NCTS, expect)', () => {
  // Every ICS2 schema (spec/xsd-common-v2/*.xsd, schemas/*.xsd) says elementFormDefault="qualified": the
  // children must be in the ICS2 namespace too (a default namespace, or the prefix on every element). Under
  // <ie:IE3R01 xmlns:ie="..."> an unprefixed <LRN> is in no namespace: the XSD refuses it, and so does STI.
  const style: SenderStyle = { decl: 'utf8', ns: 'unqualified', prefix: 'ie' };
  const docs = docsOf((m) => [minimalInstance(m)], ['minimal']);

  it('the XSD refuses it (every message)', async () => {
    const errors = await xsdErrors(docs.map((d) => ({ name: `${d.t}.xml`, xml: rewrite(d.xml, style) })));
    expect(errors.size).toBe(84);
    for (const e of errors.values()) expect(e[0]).toMatch(/This element is not expected|No matching global declaration|Missing child element/);
  });

  it('fromXml loses nothing: every child is kept in $unknown (wrong_namespace), a warning in an answer, an error in a filing, and it round-trips', () => {
    for (const d of docs) {
      const doc = rewrite(d.xml, style);
      const r = fromXml(doc);
      expect(r.messageType).toBe(d.t);
      const kept = (r.value as unknown as { $unknown?: UnknownElement[] }).$unknown ?? [];
      const children = readTree(d.xml);
      if (!children.ok) throw new Error(children.message);
      expect(kept.map((k) => k.name)).toEqual(children.tree.kids.map((k) => (typeof k === 'string' ? k : k.name.replace(/^\{[^}]*\}/, ''))));
      // Each copy says it is in no namespace, so that toXml (default namespace ICS2) does not move it there.
      for (const k of kept) expect(k.xml).toMatch(new RegExp(`^<${k.name} xmlns=""[ />]`));
      expect(r.issues.filter((i) => i.code === 'wrong_namespace')).toHaveLength(kept.length);
      expect(r.ok).toBe(metaOf(d.t).direction === 'c2t');
      const again = fromXml(xmlOf(d.t, r.value));
      expect(again.value).toEqual(r.value);
    }
  });
});

/** The groups along a model path (for the severity of an unknown element there). */
function nodeAt(meta: MessageMeta, path: readonly (string | number)[]): ElementMeta {
  let n: ElementMeta = meta.root;
  for (const s of path) if (typeof s === 'string') n = n.children!.find((c) => c.name === s)!;
  return n;
}
const isRule = (code: string): boolean => /^[RC]\d{4}$/.test(code);
const strip = (v: unknown): unknown =>
  Array.isArray(v)
    ? v.map(strip)
    : v !== null && typeof v === 'object'
      ? Object.fromEntries(Object.entries(v).filter(([k]) => k !== '$unknown').map(([k, x]) => [k, strip(x)]))
      : v;
const at = (v: unknown, path: readonly (string | number)[]): Record<string, unknown> =>
  path.reduce<unknown>((o, s) => (o as Record<string | number, unknown>)[s], v) as Record<string, unknown>;
/** A kept copy as a tree (read inside a wrapper whose default namespace is the one toXml writes). */
const treeOfCopy = (xml: string): XmlNode => {
  const r = readTree(`<w xmlns="${ICS2_NS}">${xml}</w>`);
  if (!r.ok) throw new Error(r.message);
  return r.tree.kids[0] as XmlNode;
};

describe('real traffic: elements unknown to the model at several depths (a newer release, a national extension)', () => {
  /** What is put in: an ICS2 element with content and an attribute, and an element of another namespace. */
  const unknownNode = (depth: number, k: number): XmlNode =>
    k % 4 === 3
      ? { name: `{urn:example:ext}note${depth}_${k}`, attrs: [['ref', 'a&b "c"']], kids: ['x'] }
      : {
          name: `{${ICS2_NS}}futureElement${depth}_${k}`,
          attrs: k % 2 ? [['code', 'A1']] : [],
          kids: ['text & <more> é 中 😀', { name: `{${ICS2_NS}}inner`, attrs: [], kids: ['1'] }],
        };
  const styles: [string, SenderStyle | null][] = [
    ['canonical', null],
    ['every element prefixed ie:', SAME_MODEL_STYLES['every element prefixed ie:']!],
    ['JAXB ns2:, pretty', SAME_MODEL_STYLES['every element prefixed ns2: (JAXB), pretty']!],
    ['mixed prefixes', SAME_MODEL_STYLES['default namespace and a second prefix for the same namespace, mixed']!],
    ['everything at once', SAME_MODEL_STYLES['everything at once: BOM, CRLF, tabs, prefix, xsi, comments, PIs, CDATA, single quotes']!],
  ];
  const cases = messageTypes.map((t) => {
    const meta = metaOf(t);
    const value = maximalInstance(meta);
    const isRepeated = (names: string[]): boolean => {
      let n: ElementMeta | undefined = meta.root;
      for (const nm of names) n = n?.children?.find((c) => c.name === nm);
      return (n?.max ?? 1) > 1;
    };
    return { t, meta, value, ...withUnknown(xmlOf(t, value), isRepeated, unknownNode) };
  });
  beforeAll(() => {
    // At the top and at least one level down in every message; down to the third level in most.
    const depths = (c: (typeof cases)[number]): Set<number> => new Set(c.injected.map((i) => i.path.filter((s) => typeof s === 'string').length));
    for (const c of cases) expect(depths(c).size, c.t).toBeGreaterThanOrEqual(2);
    expect(cases.filter((c) => depths(c).has(3)).length).toBeGreaterThanOrEqual(50);
  });

  for (const [styleName, style] of styles) {
    // Direction as the catalogue says: 18 messages come from customs; IE3N06, IE3Q04, IE3Q05, IE3R02 and IE3R03
    // go to customs like the 61 filings and amendments.
    for (const [label, list] of [['customs answers (18, c2t)', answers], ['trader messages (66, t2c)', filings]] as const) {
      it(`${label}, ${styleName}: kept in $unknown with their place and raw content, reported, written back in place`, () => {
        expect(list.length).toBe(label.startsWith('customs') ? 18 : 66);
        let entries = 0;
        let rulesWouldFire = 0;
        for (const c of cases.filter((x) => list.includes(x.t))) {
          const doc = style ? rewrite(c.xml, style) : c.xml;
          const r = fromXml(doc);
          expect(r.messageType).toBe(c.t);
          // The model is the canonical one, plus the $unknown entries.
          expect(strip(r.value)).toEqual(c.value);
          for (const inj of c.injected) {
            const list = (at(r.value, inj.path).$unknown ?? []) as UnknownElement[];
            const e = list.find((x) => x.name === inj.name);
            expect(e, `${c.t} ${inj.path.join('/')} ${inj.name}`).toBeDefined();
            expect(e!.after).toBe(inj.after);
            expect(treeOfCopy(e!.xml)).toEqual(inj.node);
            entries++;
          }
          const unknownIssues = r.issues.filter((i) => i.code === 'unknown_element');
          expect(unknownIssues).toHaveLength(c.injected.length);
          if (c.meta.direction === 'c2t') {
            // Read leniently: structure issues are warnings, no trader rule runs.
            expect(r.ok).toBe(true);
            expect(r.issues.every((i) => i.severity === 'warning')).toBe(true);
            expect(r.issues.filter((i) => isRule(i.code))).toEqual([]);
            if ((validate(c.t, strip(r.value) as never).issues ?? []).some((i) => isRule(i.code))) rulesWouldFire++;
          } else {
            // An error where the structure is certain (a complete table or a table row, not uncertain), else a warning.
            for (const i of unknownIssues) {
              const group = nodeAt(c.meta, i.path.slice(0, -2));
              const certain = group.uncertain !== true && (c.meta.table.complete || group.provenance === 'table');
              expect(i.severity, `${c.t} ${i.pointer}`).toBe(certain ? 'error' : 'warning');
            }
          }
          const w = toXml(c.t, r.value as never, { validate: false });
          if (!w.ok) throw new Error(`${c.t}: ${JSON.stringify(w.issues.slice(0, 2))}`);
          if (style === null) expect(w.xml).toBe(doc);
          expect(fromXml(w.xml).value).toEqual(r.value);
        }
        expect(entries).toBeGreaterThan(list.length * 5);
        // The trader rules would find something in some answers (R3011, R3031, R3034...): fromXml did not run them.
        if (label.startsWith('customs')) expect(rulesWouldFire).toBeGreaterThan(0);
      });
    }
  }

  it('the XSD objects to the unknown elements only, so everything else was written back where it was', async () => {
    const outputs = cases.map((c) => ({ name: `${c.t}-unknown.xml`, xml: xmlOf(c.t, fromXml(c.xml, { validate: false }).value) }));
    expect(outputs).toHaveLength(84);
    const errors = await xsdErrors(outputs);
    for (const o of outputs) {
      const e = errors.get(o.name) ?? [];
      expect(e.length, o.name).toBeGreaterThan(0);
      for (const m of e) expect(m, o.name).toMatch(/futureElement\d|note\d/);
    }
  });
});

/** Text as real senders fill it: Greek, Chinese, emoji, `& < > " '`, at the longest length allowed (in characters). */
const UNICODE = 'Ελληνικά & <中文> "😀" l\'été € Ünïcødé 🚢 ';
const codePoints = (s: string, n: number): string => [...s.repeat(1 + Math.ceil(n / 20))].slice(0, n).join('');
/** Decimal and integer forms customs accept, kept as the exact strings. */
function realValue(node: ElementMeta, format: string, k: number): string | undefined {
  const f = parseFormat(format);
  const looseText = node.pattern === undefined || /^\.\{\d+,\d+\}$/.test(node.pattern);
  if (f.type === 'an' && looseText && f.max >= 4) {
    const s = codePoints(UNICODE, k % 2 ? f.max : Math.max(f.min, Math.min(f.max, 12)));
    // xs:token types collapse white space: no spaces at the ends, none doubled (no space at all, to be sure).
    return node.collapse ? s.replace(/ /g, '_') : s.replace(/ +$/, '.').replace(/^ /, '.');
  }
  if (f.type === 'n' && f.fraction > 0 && node.pattern === undefined) {
    const forms = ['1.50', '0.000', '12345678.123456', '0.5', '100'].filter((v) => {
      const [i, d = ''] = v.split('.');
      return d.length <= f.fraction && i!.length + d.length <= f.max;
    });
    return forms[k % forms.length];
  }
  if (f.type === 'n' && f.fraction === 0 && f.max >= 2 && node.pattern !== undefined && /^\[0-9\]\{1,\d+\}$/.test(node.pattern)) {
    return `${'0'.repeat(f.max - 1)}${1 + (k % 9)}`; // leading zeros: 00001
  }
  return undefined;
}
function realInstance(meta: MessageMeta): { value: Record<string, unknown>; replaced: number } {
  let k = 0;
  let replaced = 0;
  const walk = (node: ElementMeta, v: unknown): unknown => {
    if (Array.isArray(v)) return v.map((x) => walk(node, x));
    if (node.encoding === 'group') {
      const o = v as Record<string, unknown>;
      return Object.fromEntries(Object.entries(o).map(([key, x]) => [key, walk(node.children!.find((c) => c.name === key)!, x)]));
    }
    if (node.encoding === 'amount') {
      const a = v as { value: string; currency: string };
      const r = realValue({ ...node, pattern: undefined }, node.amount?.value ?? 'n..16,2', k++);
      if (r !== undefined) replaced++;
      return { ...a, value: r ?? a.value };
    }
    if (node.fixed !== undefined || node.codeList !== undefined || node.encoding !== 'text') return v;
    const r = realValue(node, node.format ?? 'an..35', k++);
    if (r === undefined) return v;
    replaced++;
    return r;
  };
  return { value: walk(meta.root, maximalInstance(meta)) as Record<string, unknown>, replaced };
}

describe('real traffic: values as customs accept them (non-ASCII text at full length, decimals, leading zeros)', () => {
  const docs = messageTypes.map((t) => {
    const { value, replaced } = realInstance(metaOf(t));
    const xml = xmlOf(t, value);
    return { t, value, replaced, xml, issues: brief(fromXml(xml).issues) };
  });

  it('the documents of all 84 messages with such values are valid against their wrapper XSD', async () => {
    expect(docs.reduce((n, d) => n + d.replaced, 0)).toBeGreaterThan(84 * 10);
    expect(docs.some((d) => d.xml.includes('12345678.123456') && d.xml.includes('😀') && d.xml.includes('0.000'))).toBe(true);
    const errors = await xsdErrors(docs.map((d) => ({ name: `${d.t}-real.xml`, xml: d.xml })));
    expect([...errors].map(([f, e]) => `${f}: ${e[0]}`)).toEqual([]);
  });

  const styles = [
    'character references (&#233; &#x20AC;) for every non-ASCII character and every e',
    'CDATA sections for text with & < >',
    'text in pieces: plain, CDATA and a comment',
    'all five predefined entities in text',
    'everything at once: BOM, CRLF, tabs, prefix, xsi, comments, PIs, CDATA, single quotes',
  ];
  for (const name of styles) {
    it(`${name}: every value read exactly (strings, never numbers), no structure error, toXml gives the document back`, () => {
      for (const d of docs) {
        const doc = rewrite(d.xml, SAME_MODEL_STYLES[name]!);
        const r = fromXml(doc);
        expect(r.value, d.t).toEqual(d.value);
        expect(brief(r.issues), d.t).toEqual(d.issues);
        // Customs accept these values (the XSD check above): the structure check must too.
        const s = fromXml(doc, { validateOptions: { rules: false } });
        expect(s.issues.filter((i) => i.severity === 'error'), d.t).toEqual([]);
        expect(xmlOf(d.t, r.value)).toBe(d.xml);
      }
    });
  }
});

const treeOf = (xml: string): XmlNode => {
  const r = readTree(xml);
  if (!r.ok) throw new Error(r.message);
  return r.tree;
};
const local = (n: XmlNode | string): string => (typeof n === 'string' ? '' : n.name.replace(/^\{[^}]*\}/, ''));
const keptAtTop = (v: unknown): UnknownElement[] => ((v as { $unknown?: UnknownElement[] }).$unknown ?? []);

describe('real traffic: date-times in answers (the XSD pattern is YYYY-MM-DDThh:mm:ssZ: no fraction, no offset)', () => {
  const forms = ['2024-04-12T11:13:57.123Z', '2024-04-12T13:13:57+02:00', '2024-04-12T11:13:57', '2024-04-12T11:13:57.1234567+00:00'];
  const withDates = (xml: string, form: string): string => xml.replace(/<DateTime>[^<]*<\/DateTime>/g, `<DateTime>${form}</DateTime>`);
  const docs = messageTypes.map((t) => ({ t, xml: xmlOf(t, minimalInstance(metaOf(t))) })).filter((d) => d.xml.includes('<DateTime>'));

  it('an answer is read leniently: each date kept exactly, a warning (invalid_format) at each; a trader message is refused, as the XSD refuses it', async () => {
    expect(docs.filter((d) => metaOf(d.t).direction === 'c2t').length).toBeGreaterThanOrEqual(15);
    const xsd: { name: string; xml: string }[] = [];
    for (const d of docs) {
      const dates = (d.xml.match(/<DateTime>/g) ?? []).length;
      for (const form of forms) {
        const doc = withDates(d.xml, form);
        const r = fromXml(doc);
        expect(JSON.stringify(r.value).split(JSON.stringify(form)).length - 1, `${d.t} ${form}`).toBe(dates);
        const bad = r.issues.filter((i) => i.code === 'invalid_format');
        expect(bad.length, `${d.t} ${form}`).toBe(dates);
        if (metaOf(d.t).direction === 'c2t') {
          expect(r.ok, `${d.t} ${form}`).toBe(true);
          expect(bad.every((i) => i.severity === 'warning')).toBe(true);
        } else expect(r.ok, `${d.t} ${form}`).toBe(false);
        // Written back as received (toXml without validation: it would refuse the value).
        expect(toXml(d.t, r.value as never, { validate: false })).toEqual({ ok: true, xml: doc });
        xsd.push({ name: `${d.t}-${xsd.length}.xml`, xml: doc });
      }
    }
    const errors = await xsdErrors(xsd);
    expect(errors.size).toBe(xsd.length);
    for (const e of errors.values()) expect(e[0]).toMatch(/DateTime.*(pattern|not a valid value|atomic type)/);
  });
});

describe('real traffic: order, repetition, empty elements and white space in customs answers', () => {
  const c2t = answers.map((t) => ({ t, meta: metaOf(t), min: xmlOf(t, minimalInstance(metaOf(t))), max: xmlOf(t, maximalInstance(metaOf(t))) }));

  it('two top-level elements swapped: the first stays, the second is kept after it and written back in place', () => {
    let n = 0;
    for (const d of c2t) {
      const tree = treeOf(d.max);
      const kids = tree.kids as XmlNode[];
      const i = kids.findIndex((k, j) => j > 0 && local(k) !== local(kids[j - 1]!) && (j + 1 >= kids.length || local(kids[j + 1]!) !== local(k)));
      if (i < 1 || local(kids[i - 1]!) === local(kids[i - 2] ?? '')) continue;
      [kids[i - 1], kids[i]] = [kids[i]!, kids[i - 1]!];
      const doc = writeTree(tree);
      const r = fromXml(doc);
      expect(r.ok, d.t).toBe(true);
      const moved = local(kids[i]!);
      expect(keptAtTop(r.value), d.t).toEqual([expect.objectContaining({ name: moved, after: local(kids[i - 1]!) })]);
      expect(r.issues).toContainEqual(expect.objectContaining({ code: 'unknown_element', severity: 'warning' }));
      expect(xmlOf(d.t, r.value), d.t).toBe(doc);
      n++;
    }
    expect(n).toBeGreaterThanOrEqual(15);
  });

  it('an element repeated beyond its maximum (a single one twice; a repeated one max+1 times): the extra kept after the last, in place', () => {
    let singles = 0;
    let repeated = 0;
    for (const d of c2t) {
      const tree = treeOf(d.max);
      const kids = tree.kids as XmlNode[];
      const children = d.meta.root.children!;
      const single = kids.findIndex((k) => children.find((c) => c.name === local(k))?.max === 1);
      if (single >= 0) {
        const again = { ...kids[single]! };
        kids.splice(single + 1, 0, again);
        const doc = writeTree(tree);
        const r = fromXml(doc);
        expect(r.ok, d.t).toBe(true);
        expect(keptAtTop(r.value)).toEqual([expect.objectContaining({ name: local(again), after: local(again) })]);
        expect(xmlOf(d.t, r.value)).toBe(doc);
        singles++;
        kids.splice(single + 1, 1);
      }
      // A repeated element with a small maximum, at the top or one level down (its first occurrence).
      const spots: { group: XmlNode; meta: ElementMeta; path: (string | number)[] }[] = [{ group: tree, meta: d.meta.root, path: [] }];
      for (const k of kids) {
        const c = children.find((x) => x.name === local(k));
        if (c?.encoding === 'group' && !spots.some((s) => s.path[0] === c.name)) spots.push({ group: k, meta: c, path: c.max > 1 ? [c.name, 0] : [c.name] });
      }
      const spot = spots
        .map((s) => ({ ...s, many: s.meta.children!.find((c) => c.max > 1 && c.max <= 99 && s.group.kids.some((k) => local(k) === c.name)) }))
        .find((s) => s.many !== undefined);
      if (spot) {
        const name = spot.many!.name;
        const gk = spot.group.kids;
        const last = gk.map(local).lastIndexOf(name);
        const copies = Array.from({ length: spot.many!.max + 1 - gk.filter((k) => local(k) === name).length }, () => gk[last]!);
        gk.splice(last + 1, 0, ...copies);
        const doc = writeTree(tree);
        const r = fromXml(doc);
        expect(r.ok, d.t).toBe(true);
        const group = at(r.value, spot.path);
        expect((group[name] as unknown[]).length).toBe(spot.many!.max);
        expect(keptAtTop(group)).toEqual([expect.objectContaining({ name, after: name })]);
        expect(xmlOf(d.t, r.value)).toBe(doc);
        repeated++;
      }
    }
    expect(singles).toBe(18);
    expect(repeated).toBeGreaterThanOrEqual(3);
  });

  it('an empty text element, as <x/> and as <x></x>: the same value "", a warning in an answer, an error in a trader message; round-trips', () => {
    for (const t of messageTypes) {
      const xml = xmlOf(t, minimalInstance(metaOf(t)));
      const m = [...xml.matchAll(/<(\w+)>[^<]+<\/\1>/g)].find((x) => x[1] !== 'DateTime');
      if (!m) continue;
      const name = m[1]!;
      const [a, b] = [xml.replace(m[0], `<${name}/>`), xml.replace(m[0], `<${name}></${name}>`)];
      const ra = fromXml(a);
      const rb = fromXml(b);
      expect(ra.value).toEqual(rb.value);
      expect(brief(ra.issues)).toEqual(brief(rb.issues));
      expect(JSON.stringify(ra.value)).toContain(`"${name}":""`);
      expect(ra.ok, t).toBe(metaOf(t).direction === 'c2t');
      expect(ra.issues.length, t).toBeGreaterThan(0);
      expect(fromXml(xmlOf(t, ra.value)).value).toEqual(ra.value);
    }
  });

  it('white space around values is kept as is: <city> Paris </city> (xs:string: preserved, no issue); <country> AT </country> (xs:token: customs collapse it, a warning)', async () => {
    // xs:string types keep white space: " Paris " is the value customs read, and valid (pattern .{1,35}).
    const f26 = xmlOf('IE3F26', minimalInstance(metaOf('IE3F26')));
    const city = f26.replace(/<city>[^<]*<\/city>/, '<city> Paris </city>');
    const rc = fromXml(city);
    expect(JSON.stringify(rc.value)).toContain('"city":" Paris "');
    expect(brief(rc.issues)).toEqual(brief(fromXml(f26).issues));
    expect(xmlOf('IE3F26', rc.value)).toBe(city);
    // xs:token types (here CountryContentType, pattern [a-zA-Z]{2}) collapse it: customs read "AT".
    const n99 = xmlOf('IE3N99', maximalInstance(metaOf('IE3N99')));
    const country = n99.replace(/<country>[^<]*<\/country>/, '<country>\n    AT\n  </country>');
    const rn = fromXml(country);
    expect(rn.ok).toBe(true);
    expect(JSON.stringify(rn.value)).toContain('"country":"\\n    AT\\n  "');
    expect(rn.issues).toContainEqual(expect.objectContaining({ code: 'whitespace', severity: 'warning', pointer: '/IE3N99/addressedMemberState/country' }));
    expect(xmlOf('IE3N99', rn.value)).toBe(country);
    const errors = await xsdErrors([{ name: 'city.xml', xml: city }, { name: 'country.xml', xml: country }]);
    expect([...errors.keys()]).toEqual([]);
  });
});
