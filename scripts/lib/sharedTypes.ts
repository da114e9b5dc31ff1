/**
 * One TypeScript interface per library type the messages use (issue 9 item 6): an address, a party, a goods item
 * of the EU type library is one type across every message that uses it, and message interfaces compose them.
 *
 * A node shares its library type's interface when its TypeScript shape (names, optionality, arrays, value types,
 * and the same for its children) is the type's canonical shape: the shape of the nodes that are certain (not from
 * an ambiguous match). Nodes of an ambiguous match (their structure is a union of candidates) keep an interface of
 * their own in their message file. The cardinalities, formats and code lists of a message stay in its metadata
 * and zod schema: they can be stricter per message without changing the TypeScript shape.
 *
 * Names: the element name in PascalCase where one library type has that element name (`Consignor`); otherwise
 * the unnumbered library type keeps the plain name (`AddressType` -> `Address`), a type used under one parent
 * only takes the parent's name (`PlaceOfDeliveryAddress`), and the rest are named after the first message that
 * uses them, filings first (`ConsignmentMasterLevelF12`: the master level as in IE3F12, and its amendment).
 * The library's numbered name is in each interface's JSDoc.
 */
import type { TreeNode } from './tree';

const pascal = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);
const jsdocText = (s: string): string => s.replace(/\*\//g, '*\\/');

/** Where a node is used: its message and parent element. */
interface Use {
  node: TreeNode;
  message: string;
  parent: string;
  path: string;
}

/** The plan: which nodes share which interface, and the source of `src/generated/types.ts`. */
export interface SharedTypes {
  /** The shared interface name of a node, when it has one. */
  nameOf(node: TreeNode): string | undefined;
  /** The shared names a message uses (for its import line), sorted. */
  usedBy(message: string): string[];
  /** The generated file. */
  source: string;
  /** Library type -> shared interface name (for docs and tests). */
  names: Map<string, string>;
  /** Nodes that keep an interface of their own (an ambiguous match), per message. */
  ownCount: number;
}

/** The TypeScript type of a leaf, as the message files write it. */
export type LeafType = (n: TreeNode) => string;

/** The last field of every generated interface: what `fromXml` kept that the model has no place for. */
export const UNKNOWN_FIELD =
  '  /** Elements `fromXml` could not place here, kept as received and written back by `toXml` (`validate` reports them). */\n  $unknown?: UnknownElement[];\n';

/** A node is certain when it does not come from an ambiguous match (or its match leaves one type). */
const certain = (n: TreeNode): boolean =>
  !n.uncertain || (n.xsdTypes?.length === 1 && n.xsdTypes[0] === n.xsdType);

/** Messages in naming order: filings, amendments, notifications, queries, responses. */
const messageRank = (id: string): string => `${'FANQR'.indexOf(id[3]!)}${id.slice(4)}`;
const shortId = (id: string): string => id.slice(3);

/**
 * Plans the shared interfaces of all messages.
 *
 * @example
 * ```ts
 * const shared = planSharedTypes(trees, leafType, header);
 * shared.nameOf(addressNode); // 'Address'
 * ```
 */
export function planSharedTypes(
  trees: Map<string, TreeNode>,
  leafType: LeafType,
  header: string,
): SharedTypes {
  const shapes = new Map<TreeNode, string>();
  const shapeOf = (n: TreeNode): string => {
    let s = shapes.get(n);
    if (s !== undefined) return s;
    s = `${n.xsdType ?? '?'}{${n.children.map((c) => `${c.name}${c.min === 0 ? '?' : ''}${c.max > 1 ? '[]' : ''}:${c.encoding === 'group' ? shapeOf(c) : leafType(c)}`).join(',')}}`;
    shapes.set(n, s);
    return s;
  };
  const uses = new Map<string, Use[]>(); // library type -> uses
  for (const [message, tree] of [...trees].sort(([a], [b]) => a.localeCompare(b))) {
    const walk = (n: TreeNode, parent: string, path: string): void => {
      for (const c of n.children) {
        if (c.encoding !== 'group') continue;
        const p = path ? `${path}.${c.name}` : c.name;
        if (c.xsdType) {
          const list = uses.get(c.xsdType) ?? [];
          list.push({ node: c, message, parent, path: p });
          uses.set(c.xsdType, list);
        }
        walk(c, c.name, p);
      }
    };
    walk(tree, '', '');
  }

  // The canonical shape of each type: the most common shape among its certain uses. A node shares only when its
  // whole subtree does (a child that keeps its own interface cannot be referenced from the shared file).
  const canonical = new Map<string, string>();
  for (const [type, list] of uses) {
    const counts = new Map<string, number>();
    for (const u of list)
      if (certain(u.node)) counts.set(shapeOf(u.node), (counts.get(shapeOf(u.node)) ?? 0) + 1);
    const best = [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0];
    if (best) canonical.set(type, best[0]);
  }
  const sharedMemo = new Map<TreeNode, boolean>();
  const shares = (n: TreeNode): boolean => {
    let r = sharedMemo.get(n);
    if (r !== undefined) return r;
    r =
      !!n.xsdType &&
      canonical.get(n.xsdType) === shapeOf(n) &&
      n.children.every((c) => c.encoding !== 'group' || shares(c));
    sharedMemo.set(n, r);
    return r;
  };
  const sharedUses = new Map<string, Use[]>();
  let ownCount = 0;
  for (const [type, list] of uses) {
    const s = list.filter((u) => shares(u.node));
    ownCount += list.length - s.length;
    if (s.length) sharedUses.set(type, s);
  }

  // Names.
  const types = [...sharedUses.keys()].sort();
  const baseOf = (type: string): string => {
    const counts = new Map<string, number>();
    for (const u of sharedUses.get(type)!) counts.set(u.node.name, (counts.get(u.node.name) ?? 0) + 1);
    return pascal([...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]![0]);
  };
  const byBase = new Map<string, string[]>();
  for (const t of types) byBase.set(baseOf(t), [...(byBase.get(baseOf(t)) ?? []), t]);
  const names = new Map<string, string>();
  const firstMessage = (t: string): string =>
    [...new Set(sharedUses.get(t)!.map((u) => u.message))].sort((a, b) =>
      messageRank(a).localeCompare(messageRank(b)),
    )[0]!;
  const parentsOf = (t: string): string[] => [...new Set(sharedUses.get(t)!.map((u) => u.parent))].sort();
  for (const [base, ts] of [...byBase].sort(([a], [b]) => a.localeCompare(b))) {
    if (ts.length === 1) {
      names.set(ts[0]!, base);
      continue;
    }
    const plain = ts.find((t) => t === `${base}Type`);
    if (plain) names.set(plain, base);
    const rest = ts.filter((t) => t !== plain);
    // Parent-qualified where one parent only and unique among the base's types.
    const byParent = new Map<string, string[]>();
    for (const t of rest) {
      const ps = parentsOf(t);
      if (ps.length === 1 && ps[0]) byParent.set(ps[0], [...(byParent.get(ps[0]) ?? []), t]);
    }
    for (const [p, list] of byParent) if (list.length === 1) names.set(list[0]!, `${pascal(p)}${base}`);
    // Message-qualified for the others; on a clash, the parent too; on a clash still, the library number.
    const left = rest.filter((t) => !names.has(t));
    const byMsg = new Map<string, string[]>();
    for (const t of left) {
      const n = `${base}${shortId(firstMessage(t))}`;
      byMsg.set(n, [...(byMsg.get(n) ?? []), t]);
    }
    for (const [n, list] of byMsg) {
      if (list.length === 1) names.set(list[0]!, n);
      else for (const t of list) names.set(t, `${pascal(parentsOf(t)[0] || 'root')}${n}`);
    }
  }
  // Global uniqueness (a parent-qualified name may equal another base): the library number settles it.
  const count = new Map<string, number>();
  for (const n of names.values()) count.set(n, (count.get(n) ?? 0) + 1);
  for (const [t, n] of names) if (count.get(n)! > 1) names.set(t, `${n}${/(\d+)$/.exec(t)?.[1] ?? ''}`);
  if (new Set(names.values()).size !== names.size) throw new Error('shared type names are not unique');

  // Source.
  const most = <T>(xs: T[]): T => {
    const c = new Map<T, number>();
    for (const x of xs) c.set(x, (c.get(x) ?? 0) + 1);
    return [...c].sort((a, b) => b[1] - a[1])[0]![0];
  };
  const card = (n: TreeNode): string => `${n.min}..${n.max === Number.MAX_SAFE_INTEGER ? 'n' : n.max}`;
  const listed = (xs: string[], k = 8): string =>
    xs.length > k ? `${xs.slice(0, k).join(', ')} and ${xs.length - k} more` : xs.join(', ');
  const lists = new Set<string>();
  let body = '';
  for (const t of [...types].sort((a, b) => names.get(a)!.localeCompare(names.get(b)!))) {
    const list = sharedUses.get(t)!;
    const exemplar = list[0]!.node;
    const msgs = [...new Set(list.map((u) => u.message))].sort((a, b) =>
      messageRank(a).localeCompare(messageRank(b)),
    );
    const paths = [...new Set(list.map((u) => u.path))].sort();
    body += `/**\n * ${jsdocText(most(list.map((u) => u.node.label)))}: the library's \`${t}\` (ctypes.xsd), one structure in ${msgs.length} message${msgs.length > 1 ? 's' : ''}: ${listed(msgs)}.\n`;
    body += ` * Used as ${jsdocText(
      listed(
        paths.map((p) => `\`${p}\``),
        4,
      ),
    )}.\n`;
    body += ` * Per message, cardinalities, formats and code lists are in its metadata and zod schema.\n */\n`;
    body += `export interface ${names.get(t)} {\n`;
    exemplar.children.forEach((c, i) => {
      const all = list.map((u) => u.node.children[i]!);
      const labels = most(all.map((x) => x.label));
      const formats = [...new Set(all.map((x) => x.format).filter((x): x is string => !!x))];
      const codeLists = [...new Set(all.map((x) => x.codeList).filter((x): x is string => !!x))].sort();
      const cards = [...new Set(all.map(card))];
      const presences = [...new Set(all.map((x) => x.presence))].sort();
      const wco = most(all.map((x) => x.wcoId ?? ''));
      const ruleSets = all.map((x) => [...x.rules, ...x.conditions]);
      const common = ruleSets[0]!.filter((r) => ruleSets.every((rs) => rs.includes(r)));
      const some = [...new Set(ruleSets.flat())].filter((r) => !common.includes(r)).sort();
      const bits = [
        `${labels}${formats.length ? ` (${formats.join(' or ')})` : ''}${codeLists.length ? `, code list ${codeLists.join(' or ')}` : ''}.`,
        `Presence ${presences.join(' or ')}, ${cards.join(' or ')}${wco ? `, WCO ${wco}` : ''}.`,
      ];
      if (common.length || some.length)
        bits.push(
          `Rules and conditions: ${[...common, ...(some.length ? [`in some messages ${some.join(', ')}`] : [])].join(', ')}.`,
        );
      if (c.encoding === 'dateTime') bits.push('UTC `YYYY-MM-DDThh:mm:ssZ`; wrapped in `<DateTime>` in XML.');
      if (c.encoding === 'amount') bits.push('Amount: `value` and `currency` are XML attributes.');
      if (c.xsdType || c.from) bits.push(`Library: ${c.encoding === 'group' ? c.xsdType : c.from}.`);
      const tt = c.encoding === 'group' ? names.get(c.xsdType!)! : leafType(c);
      if (/^CL\d+$/.test(tt)) lists.add(tt);
      body += `  /** ${jsdocText(bits.join(' '))} */\n  ${c.name}${c.min === 0 ? '?' : ''}: ${c.max > 1 ? `${tt}[]` : tt};\n`;
    });
    body += UNKNOWN_FIELD + `}\n\n`;
  }
  let source = header;
  source += `/**\n * The structures of the EU ICS2 type library (ctypes.xsd) that the messages use: one interface per library type,\n`;
  source += ` * shared by every message that uses it (${types.length} types). Message interfaces (\`IE3F32\`, \`Message<'IE3F32'>\`) compose them.\n`;
  source += ` *\n * @example\n * \`\`\`ts\n * import type { Address } from 'ics2/types';\n * const address: Address = { city: 'Lyon', country: 'FR' };\n * \`\`\`\n *\n * @packageDocumentation\n */\n`;
  source += `import type { Amount } from '../core/fields';\nimport type { UnknownElement } from '../core/unknown';\n`;
  if (lists.size) source += `import type { ${[...lists].sort().join(', ')} } from './codelists';\n`;
  source += `\nexport type { Amount };\n\n` + body;

  const byMessage = new Map<string, Set<string>>();
  for (const [t, list] of sharedUses)
    for (const u of list)
      byMessage.set(u.message, (byMessage.get(u.message) ?? new Set()).add(names.get(t)!));
  return {
    nameOf: (n) => (shares(n) ? names.get(n.xsdType!) : undefined),
    usedBy: (m) => [...(byMessage.get(m) ?? [])].sort(),
    source: source.replace(/\n+$/, '\n'),
    names,
    ownCount,
  };
}
