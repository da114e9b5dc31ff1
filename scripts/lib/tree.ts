/**
 * From assembled rows to an element tree, held against the EU type library (ctypes.xsd): each complex
 * element's children must fit some XSD type (in its order, a subset of its elements that includes every
 * element it requires). The encoding of values (wrapped date-times, amounts with attributes) is read from
 * the XSD types, so the XML layer needs no hand-kept tables.
 */
import type { AssembledMessage, FlatRow, Provenance } from './assemble';
import { candidateTypes, fitProblems, type XsdComplexType, type XsdLibrary } from './xsd';

export type Encoding = 'group' | 'text' | 'dateTime' | 'amount';

export interface TreeNode {
  name: string;
  label: string;
  encoding: Encoding;
  min: number;
  max: number;
  presence: 'M' | 'O' | 'C';
  format: string | null;
  codeList: string | null;
  rules: string[];
  conditions: string[];
  wcoId: string | null;
  provenance: Provenance;
  from: string;
  notes: string[];
  /** The XSD simple type derives from xs:token (or xs:decimal, xs:dateTime, xs:boolean): the receiver collapses white space. */
  collapse?: boolean;
  /** For amounts: the formats of the `value` and `currency` attributes. */
  amount?: { value: string; currency: string; currencyCodeList: string | null };
  children: TreeNode[];
  /** For groups: the XSD types the children fit (empty when none). */
  xsdTypes?: string[];
  /** For groups that fit no XSD type: the best candidate and what does not fit. */
  xsdMismatch?: { type: string | null; problems: string[] };
  /** The library type of the element (from the matched type of its top-level element). */
  xsdType?: string;
  /** The XSD pattern of the element's simple type. */
  pattern?: string;
  /** The element comes from an ambiguous match: structure not certain. */
  uncertain?: boolean;
  /** A fixed value (the message's own Specific Circumstance Indicator). */
  fixed?: string;
  /** For a top-level element: the matched library type, its confidence and reason. */
  match?: { type: string; confidence: string; candidates: string[]; reason: string };
}

/** `0..9999` -> [0, 9999]; `n` or `*` -> the largest safe integer. */
export const parseCard = (card: string): [number, number] => {
  const m = /^(\d+)\.\.(\d+|\*|n)$/.exec(card.trim());
  if (!m) throw new Error(`bad cardinality ${card}`);
  return [Number(m[1]), m[2] === '*' || m[2] === 'n' ? Number.MAX_SAFE_INTEGER : Number(m[2])];
};

function nodeOf(r: FlatRow): TreeNode {
  const [min, max] = parseCard(r.card);
  return {
    name: r.xml,
    label: r.label,
    encoding:
      r.kind === 'Composition' ? 'group' : r.format && /^an20 \(/.test(r.format) ? 'dateTime' : 'text',
    min,
    max,
    presence: r.presence,
    format: r.format,
    codeList: r.codeList,
    rules: r.rules,
    conditions: r.conditions,
    wcoId: r.wcoId,
    provenance: r.provenance,
    from: r.from,
    notes: r.notes,
    children: [],
  };
}

/** Build the tree of one assembled message. */
/** A mandatory single group with no children yet (a message root, a top-level element seen in a real message). */
export function groupNode(
  name: string,
  provenance: Provenance,
  from: string,
  notes: string[] = [],
): TreeNode {
  return {
    name,
    label: name,
    encoding: 'group',
    min: 1,
    max: 1,
    presence: 'M',
    format: null,
    codeList: null,
    rules: [],
    conditions: [],
    wcoId: null,
    provenance,
    from,
    notes,
    children: [],
  };
}

export function buildTree(msg: AssembledMessage, xsd: XsdLibrary): TreeNode {
  const root = groupNode(
    msg.id,
    msg.table.present ? 'table' : (msg.entries[0]?.provenance ?? 'inferred'),
    msg.id,
  );
  const byPath = new Map<string, TreeNode>([['', root]]);
  for (const r of msg.entries) {
    const parts = r.path.split('/');
    let parentPath = '';
    // Make sure every ancestor exists (an ancestor row can stand in a chunk nobody holds).
    for (let i = 0; i < parts.length - 1; i++) {
      const p = parts.slice(0, i + 1).join('/');
      if (!byPath.has(p)) {
        const parent = byPath.get(parentPath)!;
        const implied: TreeNode = {
          ...nodeOf({
            ...r,
            kind: 'Composition',
            xml: parts[i]!,
            label: parts[i]!,
            card: '0..1',
            format: null,
            codeList: null,
            rules: [],
            conditions: [],
            wcoId: null,
            presence: 'O',
          }),
          provenance: 'inferred',
          notes: ['ancestor implied by its children; its own row is in a chunk not held'],
        };
        parent.children.push(implied);
        byPath.set(p, implied);
      }
      parentPath = p;
    }
    const parent = byPath.get(parentPath)!;
    if (parent.children.some((c) => c.name === r.xml)) continue; // duplicate path: keep the first
    const node = nodeOf(r);
    parent.children.push(node);
    byPath.set(r.path, node);
  }
  fixAmounts(root);
  holdAgainstXsd(root, xsd, true, msg.id);
  return root;
}

/** An attribute row with `value` and `currency` children is an amount: both become XML attributes. */
function fixAmounts(node: TreeNode): void {
  for (const c of node.children) {
    if (c.encoding !== 'group' && c.children.length > 0) {
      const v = c.children.find((x) => x.name === 'value');
      const cur = c.children.find((x) => x.name === 'currency');
      if (!v || !cur) throw new Error(`attribute ${c.name} with children other than value/currency`);
      c.encoding = 'amount';
      c.amount = {
        value: v.format ?? 'n..16,2',
        currency: cur.format ?? 'a3',
        currencyCodeList: cur.codeList,
      };
      c.children = [];
    }
    fixAmounts(c);
  }
}

/** What keeps a node from fitting an XSD type, looking into the types it declares for its group children. */
function problemsFor(node: TreeNode, t: XsdComplexType, xsd: XsdLibrary): string[] {
  const out = fitProblems(
    t,
    node.children.map((c) => c.name),
  );
  for (const c of node.children) {
    if (c.encoding !== 'group') continue;
    const declared = t.elements.find((e) => e.name === c.name)?.type;
    const dt = declared ? xsd.complexTypes.get(declared) : undefined;
    if (!dt) continue;
    const sub = problemsFor(c, dt, xsd);
    if (sub.length) out.push(`${c.name} (as ${dt.name}, declared by ${t.name}): ${sub.join('; ')}`);
  }
  return out;
}

function holdAgainstXsd(node: TreeNode, xsd: XsdLibrary, isRoot: boolean, msgId: string): void {
  let candidates: XsdComplexType[] = [];
  if (isRoot) {
    const t = xsd.roots.get(msgId);
    if (t && xsd.complexTypes.has(t)) candidates = [xsd.complexTypes.get(t)!];
  } else {
    candidates = candidateTypes(xsd, node.name);
  }
  // Children first (for their own report); a parent type fits only if every group child fits, recursively, the
  // type that the parent type declares for it.
  for (const c of node.children) if (c.encoding === 'group') holdAgainstXsd(c, xsd, false, msgId);
  if (candidates.length) {
    const problems = (t: XsdComplexType): string[] => problemsFor(node, t, xsd);
    const fits = candidates.filter((t) => problems(t).length === 0);
    if (fits.length) {
      node.xsdTypes = fits.map((t) => t.name);
    } else {
      const scored = candidates.map((t) => ({ t, p: problems(t) })).sort((a, b) => a.p.length - b.p.length);
      node.xsdTypes = [];
      node.xsdMismatch = { type: scored[0]!.t.name, problems: scored[0]!.p };
    }
  } else if (!isRoot) {
    node.xsdTypes = [];
    node.xsdMismatch = {
      type: null,
      problems: [`no complex type named ${node.name[0]!.toUpperCase()}${node.name.slice(1)}Type*`],
    };
  }
  // Encodings from the XSD: a child whose XSD type is a DateTime choice is a wrapped date-time.
  const typeOf = (child: string): string[] => {
    const pool = node.xsdTypes?.length
      ? node.xsdTypes.map((n) => xsd.complexTypes.get(n)!)
      : [...xsd.complexTypes.values()];
    return pool.flatMap((t) => t.elements.filter((e) => e.name === child).map((e) => e.type));
  };
  for (const c of node.children) {
    if (c.encoding === 'text' || c.encoding === 'dateTime') {
      const types = typeOf(c.name)
        .map((t) => xsd.complexTypes.get(t))
        .filter((t): t is XsdComplexType => !!t);
      if (types.length && types.every((t) => t.group === 'choice' && t.elements[0]?.name === 'DateTime'))
        c.encoding = 'dateTime';
      else if (types.length && types.every((t) => t.attributes.some((a) => a.name === 'currency'))) {
        c.encoding = 'amount';
        c.amount = { value: 'n..16,2', currency: 'a3', currencyCodeList: null };
      } else if (c.encoding === 'dateTime' && types.length === 0)
        c.notes.push('date-time; no XSD element of this name found');
      if (c.encoding === 'text') {
        const simple = typeOf(c.name)
          .map((t) => xsd.simpleTypes.get(t))
          .filter((t): t is NonNullable<typeof t> => !!t);
        if (simple.length && simple.every((t) => ['xs:token', 'xs:decimal', 'xs:dateTime', 'xs:boolean'].includes(t.base))) c.collapse = true;
      }
    }
  }
}

/** Count the nodes of a tree by provenance. */
export function countByProvenance(root: TreeNode): Record<Provenance, number> {
  const out: Record<Provenance, number> = { table: 0, library: 0, twin: 0, sibling: 0, inferred: 0 };
  const walk = (n: TreeNode): void => {
    for (const c of n.children) {
      out[c.provenance]++;
      walk(c);
    }
  };
  walk(root);
  return out;
}

/** Every group that fits no XSD type, with its path. */
export function mismatches(root: TreeNode): { path: string; type: string | null; problems: string[] }[] {
  const out: { path: string; type: string | null; problems: string[] }[] = [];
  const walk = (n: TreeNode, path: string): void => {
    if (n.xsdMismatch) out.push({ path: path || '/', ...n.xsdMismatch });
    for (const c of n.children) if (c.encoding === 'group') walk(c, path ? `${path}/${c.name}` : c.name);
  };
  walk(root, '');
  return out;
}
