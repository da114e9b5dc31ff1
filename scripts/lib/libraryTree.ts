/**
 * From a matched library type to the element tree of a message: names, order, cardinalities, simple types
 * (lengths, digits, patterns), encodings and rule and condition ids come from the EU type library; the HTI
 * tables add labels, M/O/C presence, code-list ids and WCO ids. Where a table and the library disagree the
 * library wins (it is the schema customs validate against) and the difference is noted.
 */
import type { AssembledMessage, FlatRow } from './assemble';
import type { LibNode, TypeLibrary } from './library';
import { isDateTime, type Match } from './match';
import { parseCard, type TreeNode } from './tree';

/** What the tables say of a path: the message's own rows first, then any assembled row (twin, sibling). */
export interface RowIndex {
  own: Map<string, FlatRow>;
  donor: Map<string, FlatRow>;
  /** Labels by element name across every table (for elements no table row of this message names). */
  labels: Map<
    string,
    { label: string; wcoId: string | null; codeList: string | null; format: string | null }
  >;
}

export function rowIndex(asm: AssembledMessage, all: Map<string, AssembledMessage>): RowIndex {
  const own = new Map<string, FlatRow>();
  const donor = new Map<string, FlatRow>();
  for (const e of asm.entries) {
    if (e.provenance === 'table' && e.from === asm.id) {
      if (!own.has(e.path)) own.set(e.path, e);
    } else if (!donor.has(e.path)) donor.set(e.path, e);
  }
  const labels = new Map<
    string,
    { label: string; wcoId: string | null; codeList: string | null; format: string | null }
  >();
  for (const id of [...all.keys()].sort())
    for (const e of all.get(id)!.entries)
      if (e.provenance === 'table' && !labels.has(e.xml))
        labels.set(e.xml, { label: e.label, wcoId: e.wcoId, codeList: e.codeList, format: e.format });
  return { own, donor, labels };
}

const humanize = (name: string): string => {
  const s = name.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
  return s.charAt(0).toUpperCase() + s.slice(1);
};

/** The HTI format of a library simple type (`an..35`, `an18`, `n..16,6`, `n..5`). */
export function formatOf(n: LibNode): string | null {
  const st = n.simple;
  if (!st) return null;
  if (st.base === 'xs:decimal') {
    const td = st.totalDigits ?? 16;
    return st.fractionDigits ? `n..${td},${st.fractionDigits}` : `n..${td}`;
  }
  if (st.base === 'xs:dateTime') return 'an20 (YYYY-MM-DDThh:mm:ssZ)';
  if (st.base === 'xs:boolean') return 'n1';
  if (st.length !== undefined) return `an${st.length}`;
  const exact = st.pattern ? /^\.\{(\d+)\}$/.exec(st.pattern) : null;
  if (exact) return `an${exact[1]}`;
  if (st.maxLength !== undefined) return `an..${st.maxLength}`;
  return 'an..512';
}

/** Is a library element an amount (`value` and `currency` attributes)? */
const isAmount = (n: LibNode): boolean =>
  !!n.complex &&
  n.complex.attributes.some((a) => a.name === 'currency') &&
  n.complex.attributes.some((a) => a.name === 'value');

interface Ctx {
  lib: TypeLibrary;
  rows: RowIndex;
  message: string;
  uncertain: boolean;
}

/** Convert library children to tree nodes at `prefix`. */
export function libraryChildren(nodes: LibNode[], prefix: string, ctx: Ctx, depth = 0): TreeNode[] {
  if (depth > 14) return [];
  return nodes.map((n) => libraryNode(n, prefix ? `${prefix}/${n.name}` : n.name, ctx, depth));
}

function libraryNode(n: LibNode, path: string, ctx: Ctx, depth: number): TreeNode {
  const own = ctx.rows.own.get(path);
  const donor = ctx.rows.donor.get(path);
  const row = own ?? donor;
  const byName = ctx.rows.labels.get(n.name);
  const notes: string[] = [];
  const encoding: TreeNode['encoding'] = isDateTime(n)
    ? 'dateTime'
    : isAmount(n)
      ? 'amount'
      : n.complex
        ? 'group'
        : 'text';
  if (own) {
    const [tmin, tmax] = parseCard(own.card);
    if (tmin !== n.min || tmax !== (n.max === Infinity ? Number.MAX_SAFE_INTEGER : n.max))
      notes.push(
        `table ${own.card}, library ${n.min}..${n.max === Infinity ? 'unbounded' : n.max}: the library wins (it is the schema customs validate against)`,
      );
  }
  const libFormat = formatOf(n);
  let format: string | null = encoding === 'dateTime' ? 'an20 (YYYY-MM-DDThh:mm:ssZ)' : null;
  if (encoding === 'text') {
    // The HTI format says more than the library's length (letters, digits, exact length): take it where it agrees
    // with the library's maximum length, else the library's.
    const tableFormat = own?.format ?? donor?.format ?? byName?.format ?? null;
    format =
      tableFormat && (!libFormat || sameLength(tableFormat, libFormat))
        ? tableFormat
        : (libFormat ?? tableFormat);
    if (own?.format && libFormat && !sameLength(own.format, libFormat))
      notes.push(`table format ${own.format}, library ${libFormat}: the library wins`);
  }
  const codeList = n.codeList ?? row?.codeList ?? null;
  const max = n.max === Infinity ? Number.MAX_SAFE_INTEGER : n.max;
  const node: TreeNode = {
    name: n.name,
    label: row?.label ?? byName?.label ?? humanize(n.name),
    encoding,
    min: n.min,
    max,
    presence: own?.presence ?? (n.min > 0 ? 'M' : row?.presence === 'C' ? 'C' : 'O'),
    format,
    codeList,
    rules: [...n.rules],
    conditions: [...n.conditions],
    wcoId: row?.wcoId ?? byName?.wcoId ?? null,
    provenance: own ? 'table' : 'library',
    from: own ? ctx.message : n.type,
    notes: [...notes, ...(own?.notes ?? [])],
    xsdType: n.type,
    children: [],
  };
  if (ctx.uncertain) node.uncertain = true;
  // White space collapses in xs:token and, always, in xs:decimal, xs:dateTime and xs:boolean (XSD Part 2, whiteSpace).
  if (n.simple && COLLAPSING.has(n.simple.base)) node.collapse = true;
  if (n.simple?.pattern) node.pattern = n.simple.pattern;
  if (encoding === 'amount') {
    const val = n.complex!.attributes.find((a) => a.name === 'value')!;
    const vt = ctx.lib.xsd.simpleTypes.get(val.type);
    node.amount = {
      value: vt
        ? vt.fractionDigits
          ? `n..${vt.totalDigits ?? 16},${vt.fractionDigits}`
          : `n..${vt.totalDigits ?? 16}`
        : 'n..16,2',
      currency: 'a3',
      currencyCodeList: 'CL352',
    };
  }
  if (encoding === 'group') {
    node.children = libraryChildren(n.children, path, ctx, depth + 1);
    if (n.complex?.group === 'choice' && node.children.length > 1) {
      // An xs:choice (Indicator or IndicatorString): the model writes one alternative, the coded `Indicator`
      // where there is one; a document with the other is read with it kept in `$unknown`.
      const keep = node.children.find((c) => c.name === 'Indicator') ?? node.children[0]!;
      const others = node.children.filter((c) => c !== keep).map((c) => c.name);
      keep.notes.push(
        `xs:choice in ${n.type} of ${[keep.name, ...others].join(' or ')}: the model writes ${keep.name}`,
      );
      node.children = [keep];
    }
    node.xsdTypes = [n.type];
  }
  return node;
}

/** XSD built-in bases whose white space the receiver collapses. */
const COLLAPSING = new Set(['xs:token', 'xs:decimal', 'xs:dateTime', 'xs:boolean']);

/** Two formats with the same maximum length and the same decimals (`a2` and `an..2`; `n..16,6` and `n..16,6`). */
const sameLength = (a: string, b: string): boolean => {
  const m = (f: string): string | null => {
    const x = /^(an|a|n)(\.\.)?(\d+)(?:,(\d+))?/.exec(f);
    return x ? `${x[3]},${x[4] ?? 0}` : null;
  };
  return m(a) === m(b);
};

/**
 * The structure to use for an ambiguous match: every element of any candidate, in order; an element that not every
 * candidate has becomes optional; cardinalities widen to the loosest candidate. Returned as library nodes.
 */
export function mergeCandidates(lib: TypeLibrary, types: string[]): LibNode[] {
  const lists = types.map((t) => lib.children(t));
  return mergeLists(lists, 0);
}

function mergeLists(lists: LibNode[][], depth: number): LibNode[] {
  const order: string[] = [];
  for (const list of lists) {
    let cursor = 0;
    for (const n of list) {
      const at = order.indexOf(n.name);
      if (at < 0) {
        order.splice(cursor, 0, n.name);
        cursor += 1;
      } else cursor = at + 1;
    }
  }
  return order.map((name) => {
    const present = lists.map((l) => l.find((n) => n.name === name)).filter((n): n is LibNode => !!n);
    const first = present[0]!;
    const everywhere = present.length === lists.length;
    const rules = [...new Set(present.flatMap((p) => p.rules))].filter(
      (r) => present.every((p) => p.rules.includes(r)) || r !== 'R3024',
    );
    return {
      ...first,
      min: everywhere ? Math.min(...present.map((p) => p.min)) : 0,
      max: Math.max(...present.map((p) => p.max)),
      rules,
      conditions: [...new Set(present.flatMap((p) => p.conditions))],
      children:
        first.complex && depth < 14
          ? mergeLists(
              present.map((p) => p.children),
              depth + 1,
            )
          : [],
    };
  });
}

/**
 * The structure of types that differ only in rule annotations (an `equivalent` match): the first type's, with the
 * rules and conditions that every candidate carries at the same place (applying one that a candidate lacks could
 * refuse a message customs accept).
 */
export function commonRules(lib: TypeLibrary, types: string[]): LibNode[] {
  const lists = types.map((t) => lib.children(t));
  const walk = (ls: LibNode[][]): LibNode[] =>
    ls[0]!.map((n, i) => {
      const same = ls.map((l) => l[i]!);
      return {
        ...n,
        rules: n.rules.filter((r) => same.every((x) => x.rules.includes(r))),
        conditions: n.conditions.filter((c) => same.every((x) => x.conditions.includes(c))),
        children: walk(same.map((x) => x.children)),
      };
    });
  return walk(lists);
}

/** The rule annotations that not every candidate carries: `R3005 on identificationNumber (in DeclarantType04)`. */
function droppedRules(lib: TypeLibrary, types: string[]): string[] {
  const out: string[] = [];
  const walk = (ls: LibNode[][], path: string): void =>
    ls[0]!.forEach((_, i) => {
      const same = ls.map((l) => l[i]!);
      const p = path ? `${path}/${same[0]!.name}` : same[0]!.name;
      for (const r of [...new Set(same.flatMap((x) => [...x.rules, ...x.conditions]))].sort()) {
        const has = types.filter((_t, k) => [...same[k]!.rules, ...same[k]!.conditions].includes(r));
        if (has.length < types.length) out.push(`${r} on ${p} in ${has.join(', ')} only`);
      }
      walk(
        same.map((x) => x.children),
        p,
      );
    });
  walk(
    types.map((t) => lib.children(t)),
    '',
  );
  return out;
}

/** Replace the children of each matched top-level node with the library's structure. */
export function applyMatches(root: TreeNode, matches: Match[], lib: TypeLibrary, rows: RowIndex): void {
  for (const top of root.children) {
    const m = matches.find((x) => x.element === top.name);
    if (!m) continue;
    const uncertain = m.confidence === 'ambiguous';
    const nodes = uncertain
      ? mergeCandidates(lib, m.candidates)
      : m.confidence === 'equivalent'
        ? commonRules(lib, m.candidates)
        : lib.children(m.chosen);
    const ctx: Ctx = { lib, rows, message: root.name, uncertain };
    const wasDateTime = top.encoding === 'dateTime';
    if (wasDateTime) continue;
    top.children = libraryChildren(nodes, top.name, ctx);
    if (lib.xsd.complexTypes.get(m.chosen)?.group === 'choice' && top.children.length > 1) {
      // An xs:choice at top level (Q05's dataRequest: Indicator or IndicatorString): the model writes `Indicator`.
      const keep = top.children.find((c) => c.name === 'Indicator') ?? top.children[0]!;
      keep.notes.push(
        `xs:choice in ${m.chosen} of ${top.children.map((c) => c.name).join(' or ')}: the model writes ${keep.name}`,
      );
      top.children = [keep];
    }
    if (top.encoding !== 'group' && top.format) {
      // A table row read as a value (Q05's dataRequest, n1) whose library type is a group (Indicator): the value
      // goes one level down.
      top.notes.push(
        `the table gives ${top.format}${top.codeList ? ` (${top.codeList})` : ''}; the library wraps the value in ${m.chosen}`,
      );
      const inner = top.children.find((c) => c.encoding === 'text' && !c.codeList);
      if (inner && top.codeList) inner.codeList = top.codeList;
    }
    top.format = null;
    top.codeList = null;
    top.encoding = 'group';
    top.xsdType = m.chosen;
    top.xsdTypes = uncertain ? [...m.candidates] : [m.chosen];
    delete top.xsdMismatch;
    top.match = { type: m.chosen, confidence: m.confidence, candidates: m.candidates, reason: m.reason };
    if (top.provenance !== 'table') top.provenance = 'library';
    if (m.confidence === 'equivalent') {
      const dropped = droppedRules(lib, m.candidates);
      top.notes.push(
        `one structure in ${m.candidates.join(', ')}; they differ only in rule annotations${dropped.length ? ` (${dropped.join('; ')})` : ''}: only the rules all carry apply`,
      );
    }
    if (uncertain) {
      top.uncertain = true;
      top.notes.push(
        `type ambiguous among ${m.candidates.join(', ')}: their union, with what not all share made optional`,
      );
    }
  }
}
