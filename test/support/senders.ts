/**
 * Rewrites an ICS2 document the ways real senders and customs systems write XML (for test/xml/realTraffic.test.ts):
 * the document is read into a generic tree (elements by expanded name, decoded text) and written again in a
 * sender's style: XML declaration, BOM, line ends, indentation, namespace prefixes, comments and processing
 * instructions, how text is escaped (CDATA, character references, predefined entities), quotes. The XML
 * infoset (and so the model) is the same as the input's, unless the style says otherwise (`unqualified`).
 */
import { readTree, type XmlNode } from './xmlTree';

export const ICS2_NS = 'urn:wco:datamodel:eu:ics2:2';

/** How one sender writes XML. */
export interface SenderStyle {
  /** XML declaration: none, `version` only, with `encoding="UTF-8"`, lower-case `utf-8`, `standalone="yes"`, single quotes. */
  decl: 'none' | 'version' | 'utf8' | 'lower' | 'standalone' | 'single';
  /** A UTF-8 byte order mark (U+FEFF) before everything. */
  bom?: boolean;
  /** Line end between elements (and of line breaks inside text: a Windows sender writes CRLF there too). */
  eol?: '\n' | '\r\n';
  /** Indentation of one level ('' with `eol` unset: compact, nothing between elements). */
  indent?: string;
  /**
   * Namespace form: `default` (xmlns on the root), `prefix` (every element prefixed, bound on the root),
   * `mixed` (default namespace on the root, every second element with a prefix bound to the same namespace),
   * `redeclare` (the default namespace declared again on every element), `unqualified` (root prefixed,
   * children without prefix and so in no namespace: not valid against the ICS2 schemas, elementFormDefault
   * is qualified).
   */
  ns: 'default' | 'prefix' | 'mixed' | 'redeclare' | 'unqualified';
  prefix?: string;
  /** Extra attributes on the root: unused namespace declarations, xsi:schemaLocation. */
  rootExtras?: string;
  /** A comment before every child element, one in the prolog and one after the root. */
  comments?: boolean;
  /** A processing instruction before every child element and one in the prolog. */
  pis?: boolean;
  /**
   * Text escaping: `min` (`&amp; &lt;` only), `entities` (all five predefined entities), `charrefs`
   * (every non-ASCII character and every `e` as a decimal or hexadecimal character reference), `cdata` (text
   * with `& < >` in a CDATA section), `split` (text cut in pieces: plain, CDATA, a comment in the middle).
   */
  text?: 'min' | 'entities' | 'charrefs' | 'cdata' | 'split';
  /** Attribute quote. */
  quote?: '"' | "'";
  /** An element without content as `<x/>` (default) or `<x></x>`. */
  empty?: 'self' | 'pair';
}

const nameOf = (n: XmlNode): { ns: string; local: string } => {
  const m = /^\{([^}]*)\}(.*)$/.exec(n.name);
  return m ? { ns: m[1]!, local: m[2]! } : { ns: '', local: n.name };
};

function escapeText(s: string, style: SenderStyle): string {
  const eol = style.eol ?? '\n';
  const nl = (x: string): string => (eol === '\n' ? x : x.replace(/\n/g, eol));
  switch (style.text ?? 'min') {
    case 'entities':
      return nl(s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;'));
    case 'charrefs': {
      let out = '';
      let k = 0;
      for (const ch of s) {
        const cp = ch.codePointAt(0)!;
        if (cp > 0x7e || ch === 'e') out += k++ % 2 ? `&#x${cp.toString(16).toUpperCase()};` : `&#${cp};`;
        else if (ch === '&') out += '&amp;';
        else if (ch === '<') out += '&lt;';
        else if (ch === '>') out += '&gt;';
        else if (ch === '\n') out += nl('\n');
        else out += ch;
      }
      return out;
    }
    case 'cdata':
      return /[&<>]/.test(s) ? `<![CDATA[${nl(s).replace(/]]>/g, ']]]]><![CDATA[>')}]]>` : nl(s);
    case 'split': {
      if (s.length < 2) return escapeText(s, { ...style, text: 'min' });
      const a = Math.floor(s.length / 3) || 1;
      const b = Math.max(a + 1, Math.floor((2 * s.length) / 3));
      const [x, y, z] = [s.slice(0, a), s.slice(a, b), s.slice(b)];
      const cdata = (t: string): string => `<![CDATA[${nl(t).replace(/]]>/g, ']]]]><![CDATA[>')}]]>`;
      const min = (t: string): string => escapeText(t, { ...style, text: 'min' });
      // A character reference of a surrogate half is not allowed: never cut between the two halves of a pair.
      return `${min(x)}${cdata(y)}<!-- cut -->${min(z)}`;
    }
    default:
      return nl(s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/]]>/g, ']]&gt;'));
  }
}

function escapeAttr(s: string, q: '"' | "'"): string {
  let out = s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/\t/g, '&#9;').replace(/\n/g, '&#10;').replace(/\r/g, '&#13;');
  out = q === '"' ? out.replace(/"/g, '&quot;') : out.replace(/'/g, '&apos;');
  return out;
}

/** Cut points of `split` must not fall inside a surrogate pair: `split` is only used on such safe strings. */
const hasAstral = (s: string): boolean => /[\uD800-\uDBFF]/.test(s);

/** Write the tree of `xml` (a document) in `style`. */
export function rewrite(xml: string, style: SenderStyle): string {
  const t = readTree(xml);
  if (!t.ok) throw new Error(`rewrite: input not well-formed: ${t.message}`);
  const eol = style.eol ?? (style.indent ? '\n' : '');
  const q = style.quote ?? '"';
  const p = style.prefix ?? 'ie';
  const out: string[] = [];
  const lead = style.bom ? '\uFEFF' : '';
  const decl = {
    none: '',
    version: `<?xml version="1.0"?>`,
    utf8: `<?xml version="1.0" encoding="UTF-8"?>`,
    lower: `<?xml version="1.0" encoding="utf-8"?>`,
    standalone: `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>`,
    single: `<?xml version='1.0' encoding='UTF-8'?>`,
  }[style.decl];
  out.push(lead, decl);
  const sep = (): void => {
    if (eol) out.push(eol);
  };
  if (decl) sep();
  if (style.comments) {
    out.push('<!-- Generated by a sender -->');
    sep();
  }
  if (style.pis) {
    out.push('<?xml-stylesheet type="text/xsl" href="ics2.xsl"?>');
    sep();
  }
  let count = 0;
  const write = (n: XmlNode, depth: number): void => {
    const { ns, local } = nameOf(n);
    const root = depth === 0;
    count++;
    let qn = local;
    let decls = '';
    if (ns === ICS2_NS) {
      switch (style.ns) {
        case 'prefix':
          qn = `${p}:${local}`;
          if (root) decls = ` xmlns:${p}=${q}${ICS2_NS}${q}`;
          break;
        case 'mixed':
          if (root) decls = ` xmlns=${q}${ICS2_NS}${q} xmlns:${p}=${q}${ICS2_NS}${q}`;
          else if (count % 2 === 0) qn = `${p}:${local}`;
          break;
        case 'redeclare':
          decls = ` xmlns=${q}${ICS2_NS}${q}`;
          break;
        case 'unqualified':
          if (root) {
            qn = `${p}:${local}`;
            decls = ` xmlns:${p}=${q}${ICS2_NS}${q}`;
          }
          break;
        default:
          if (root) decls = ` xmlns=${q}${ICS2_NS}${q}`;
      }
    } else if (ns !== '') {
      // A foreign element (kept in $unknown): its own declaration.
      qn = `f:${local}`;
      decls = ` xmlns:f=${q}${ns}${q}`;
    } else if (style.ns === 'default' || style.ns === 'mixed' || style.ns === 'redeclare') decls = ` xmlns=${q}${q}`;
    const attrs = n.attrs.map(([k, v]) => ` ${k}=${q}${escapeAttr(v, q)}${q}`).join('');
    const extras = root && style.rootExtras ? ` ${style.rootExtras}` : '';
    const open = `<${qn}${decls}${extras}${attrs}`;
    if (n.kids.length === 0) {
      out.push(style.empty === 'pair' ? `${open}></${qn}>` : `${open}/>`);
      return;
    }
    out.push(`${open}>`);
    const elementsOnly = n.kids.every((k) => typeof k !== 'string' || /^[ \t\r\n]*$/.test(k));
    if (elementsOnly) {
      for (const k of n.kids) {
        if (typeof k === 'string') continue;
        if (style.indent !== undefined) out.push(eol, style.indent.repeat(depth + 1));
        if (style.comments) out.push(`<!-- ${nameOf(k).local} -->`);
        if (style.pis) out.push(`<?app step="${count}"?>`);
        write(k, depth + 1);
      }
      if (style.indent !== undefined) out.push(eol, style.indent.repeat(depth));
    } else {
      for (const k of n.kids) {
        if (typeof k === 'string') {
          const mode = style.text === 'split' && hasAstral(k) ? 'cdata' : style.text;
          out.push(escapeText(k, { ...style, text: mode }));
        } else write(k, depth + 1);
      }
    }
    out.push(`</${qn}>`);
  };
  write(t.tree, 0);
  if (style.comments) {
    sep();
    out.push('<!-- end -->');
  }
  if (eol) out.push(eol);
  return out.join('');
}

/** The sender styles whose documents have the same model as the canonical one (all valid ICS2 XML). */
export const SAME_MODEL_STYLES: Readonly<Record<string, SenderStyle>> = {
  'no XML declaration': { decl: 'none', ns: 'default' },
  'declaration with version only': { decl: 'version', ns: 'default' },
  'encoding="utf-8" in lower case': { decl: 'lower', ns: 'default' },
  'standalone="yes"': { decl: 'standalone', ns: 'default' },
  "single-quoted declaration and attributes": { decl: 'single', ns: 'default', quote: "'" },
  'UTF-8 BOM': { decl: 'utf8', ns: 'default', bom: true },
  'BOM without declaration': { decl: 'none', ns: 'default', bom: true },
  'CRLF line ends, 2-space indent': { decl: 'utf8', ns: 'default', eol: '\r\n', indent: '  ' },
  'tab indent': { decl: 'utf8', ns: 'default', eol: '\n', indent: '\t' },
  'LF without indent': { decl: 'utf8', ns: 'default', eol: '\n', indent: '' },
  'every element prefixed ie:': { decl: 'utf8', ns: 'prefix', prefix: 'ie' },
  'every element prefixed ns2: (JAXB), pretty': { decl: 'standalone', ns: 'prefix', prefix: 'ns2', eol: '\n', indent: '    ' },
  'default namespace and a second prefix for the same namespace, mixed': { decl: 'utf8', ns: 'mixed', prefix: 'ics' },
  'default namespace declared again on every element': { decl: 'utf8', ns: 'redeclare' },
  'unused namespace declarations and xsi:schemaLocation': {
    decl: 'utf8',
    ns: 'default',
    rootExtras: `xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:ds="http://www.w3.org/2000/09/xmldsig#" xmlns:unused="urn:example:unused" xsi:schemaLocation="${ICS2_NS} IE3.xsd"`,
  },
  'prefixed, with xsi:noNamespaceSchemaLocation': {
    decl: 'utf8',
    ns: 'prefix',
    prefix: 'ics2',
    rootExtras: `xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:noNamespaceSchemaLocation="IE3.xsd"`,
  },
  'comments between elements, in the prolog and after the root': { decl: 'utf8', ns: 'default', comments: true, eol: '\n', indent: '  ' },
  'processing instructions between elements and in the prolog': { decl: 'utf8', ns: 'default', pis: true },
  'all five predefined entities in text': { decl: 'utf8', ns: 'default', text: 'entities' },
  'character references (&#233; &#x20AC;) for every non-ASCII character and every e': { decl: 'utf8', ns: 'default', text: 'charrefs' },
  'CDATA sections for text with & < >': { decl: 'utf8', ns: 'default', text: 'cdata' },
  'text in pieces: plain, CDATA and a comment': { decl: 'utf8', ns: 'default', text: 'split', eol: '\r\n', indent: ' ' },
  'empty elements as <x></x>': { decl: 'utf8', ns: 'default', empty: 'pair' },
  'everything at once: BOM, CRLF, tabs, prefix, xsi, comments, PIs, CDATA, single quotes': {
    decl: 'single',
    bom: true,
    eol: '\r\n',
    indent: '\t',
    ns: 'prefix',
    prefix: 'ie',
    quote: "'",
    rootExtras: `xmlns:xsi='http://www.w3.org/2001/XMLSchema-instance' xsi:schemaLocation='${ICS2_NS} x.xsd'`,
    comments: true,
    pis: true,
    text: 'cdata',
  },
};

/** Where an unknown element was put: the path of its group (element names from the root) and what it followed. */
export interface Injected {
  /** Model path of the group (names and array indexes), as the value holds it. */
  path: (string | number)[];
  name: string;
  /** Local name of the element it follows (null: first). */
  after: string | null;
  node: XmlNode;
}

/**
 * The tree of `xml` with unknown elements added at several depths (first, middle and last place of groups one,
 * two and three levels down), as a newer customs release would send them. `many` tells which children are
 * repeated (arrays in the model path). Returns the document (compact, default namespace) and what was put where.
 */
export function withUnknown(
  xml: string,
  isRepeated: (path: string[]) => boolean,
  nodes: (depth: number, k: number) => XmlNode,
): { xml: string; injected: Injected[] } {
  const t = readTree(xml);
  if (!t.ok) throw new Error(t.message);
  const injected: Injected[] = [];
  let k = 0;
  const visit = (n: XmlNode, names: string[], path: (string | number)[], depth: number): void => {
    const elements = n.kids.filter((c): c is XmlNode => typeof c !== 'string');
    if (elements.length === 0 || elements.some((c) => nameOf(c).local === 'DateTime')) return;
    if (depth <= 3 && (depth === 0 || k < 12)) {
      // The middle place is between two different elements: between two repetitions of one element an XSD
      // sequence can hold nothing new, and `after` names the element, not the repetition.
      let mid = Math.ceil(elements.length / 2);
      while (mid < elements.length && nameOf(elements[mid - 1]!).local === nameOf(elements[mid]!).local) mid++;
      const at = depth === 0 ? [0, elements.length] : [k % 3 === 0 ? 0 : k % 3 === 1 ? mid : elements.length];
      for (const pos of at.sort((a, b) => b - a)) {
        const node = nodes(depth, k++);
        const before = pos === 0 ? null : nameOf(elements[pos - 1]!).local;
        const index = pos === 0 ? 0 : n.kids.indexOf(elements[pos - 1]!) + 1;
        n.kids.splice(index, 0, node);
        injected.push({ path, name: nameOf(node).local, after: before, node });
      }
    }
    const seen = new Map<string, number>();
    for (const c of elements) {
      const local = nameOf(c).local;
      const i = seen.get(local) ?? 0;
      seen.set(local, i + 1);
      const childNames = [...names, local];
      if (i > 0 && depth >= 1) continue; // one repetition is enough
      visit(c, childNames, isRepeated(childNames) ? [...path, local, i] : [...path, local], depth + 1);
    }
  };
  visit(t.tree, [], [], 0);
  return { xml: writeTree(t.tree), injected };
}

/** A tree as compact XML in the default namespace (as toXml writes it). */
export function writeTree(tree: XmlNode): string {
  return `<?xml version="1.0" encoding="UTF-8"?>\n${serialise(tree, '')}`;
}

function serialise(n: XmlNode, parentNs: string): string {
  const { ns, local } = nameOf(n);
  let qn = local;
  let decl = '';
  if (ns === ICS2_NS || ns === '') {
    if (ns !== parentNs) decl = ` xmlns="${ns}"`;
  } else {
    qn = `f:${local}`;
    decl = ` xmlns:f="${ns}"`;
  }
  const inner = ns === ICS2_NS || ns === '' ? ns : parentNs;
  // toXml writes an amount's value before its currency (the tree has them sorted).
  const attrs = [...n.attrs].reverse().map(([k, v]) => ` ${k}="${escapeAttr(v, '"')}"`).join('');
  if (n.kids.length === 0) return `<${qn}${decl}${attrs}/>`;
  const body = n.kids.map((k) => (typeof k === 'string' ? escapeText(k, { decl: 'none', ns: 'default', text: 'entities' }) : serialise(k, inner))).join('');
  return `<${qn}${decl}${attrs}>${body}</${qn}>`;
}
