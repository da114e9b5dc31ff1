/**
 * Nothing lost on read: the `$unknown` entries of a group value. `fromXml` keeps there every element it cannot
 * place in the model (unknown, out of the metadata order, beyond its maximum, content that does not fit its
 * encoding, another namespace) as the raw text it received; `toXml` writes them back at their place;
 * `validate` reports each one (`unknown_element`).
 */
import { issue, type Issue, type ModelPath } from '../core/issue';
import type { UnknownElement } from '../core/unknown';
import type { ElementMeta, MessageMeta } from '../core/meta';
import { metaAt, pointerFor } from '../core/pointer';
import { DEFAULT_XML_LIMITS } from './safety';
import { scanXml, type XmlHandler } from './reader/scan';

/**
 * The key of the unknown elements in a group value.
 *
 * @example
 * ```ts
 * const house: Record<string, unknown> = {};
 * const kept = house[UNKNOWN_KEY]; // UnknownElement[] | undefined
 * ```
 */
export const UNKNOWN_KEY = '$unknown';

export type { UnknownElement } from '../core/unknown';

/** The namespace toXml writes (default namespace of the document). */
const ICS2_NS = 'urn:wco:datamodel:eu:ics2:2';

/** Reads a fragment's root local name only. */
class RootName implements XmlHandler {
  name: string | undefined;
  open(local: string): void {
    this.name ??= local;
  }
  text(): void {}
  close(): void {}
}

/**
 * Why a `$unknown` entry cannot be written back, or `undefined` when it can: it must be an object with a string
 * `name`, `after` a string or `null`, and `xml` one well-formed element named `name` (checked with the reader,
 * as a fragment in the default namespace of the document; DOCTYPEs, entities and the limits refused as on
 * read), with nothing before or after it.
 *
 * @example
 * ```ts
 * checkUnknownEntry({ name: 'x', after: null, xml: '<x>1</x>' }); // undefined
 * checkUnknownEntry({ name: 'x', after: null, xml: '</LRN><x>' }); // 'xml is not one well-formed element: ...'
 * ```
 */
export function checkUnknownEntry(e: unknown): string | undefined {
  if (e === null || typeof e !== 'object' || Array.isArray(e)) return 'an entry must be { name, after, xml }';
  const { name, after, xml } = e as Record<string, unknown>;
  if (typeof name !== 'string' || name === '') return 'name must be a non-empty string';
  if (after !== null && typeof after !== 'string') return 'after must be a string or null';
  if (typeof xml !== 'string') return 'xml must be a string';
  if (xml.length > DEFAULT_XML_LIMITS.maxBytes) return `xml is longer than ${DEFAULT_XML_LIMITS.maxBytes} characters`;
  const h = new RootName();
  const err = scanXml(xml, h, { maxDepth: DEFAULT_XML_LIMITS.maxDepth, fragment: { namespaces: { '': ICS2_NS } } });
  if (err !== undefined) return `xml is not one well-formed element: ${err.message}`;
  if (h.name !== name) return `xml is the element <${h.name ?? ''}>, not <${name}>`;
  return undefined;
}

/**
 * Whether the structure of a group is known for certain: the message's complete table, or a table row, and not
 * `uncertain` (the matcher left several library types: their union is the model).
 */
function certain(meta: MessageMeta, node: ElementMeta | undefined): boolean {
  return node?.uncertain !== true && (meta.table.complete || node?.provenance === 'table');
}

/**
 * The issues for the `$unknown` entries of the group value `group` at model path `path`: one `unknown_element`
 * per entry (an error where the message's structure is certain, a warning where it is not), or `invalid_type`
 * for an entry that cannot be written back. `validate` calls this for every group value that has the key.
 *
 * @example
 * ```ts
 * unknownIssues(IE3R01Meta, [], { $unknown: [{ name: 'x', after: 'LRN', xml: '<x/>' }] });
 * // [{ code: 'unknown_element', severity: 'error', path: ['$unknown', 0], pointer: '/IE3R01/x', ... }]
 * ```
 */
export function unknownIssues(meta: MessageMeta, path: ModelPath, group: unknown, limit = Infinity): Issue[] {
  const out: Issue[] = [];
  if (group === null || typeof group !== 'object') return out;
  const list = (group as Record<string, unknown>)[UNKNOWN_KEY];
  if (list === undefined) return out;
  const node = metaAt(meta, path);
  const base = pointerFor(meta, path);
  const at = [...path, UNKNOWN_KEY];
  if (!Array.isArray(list)) {
    out.push(issue('invalid_type', at, `${base}/${UNKNOWN_KEY}`, `${UNKNOWN_KEY} must be an array of { name, after, xml }`));
    return out;
  }
  const severity = certain(meta, node) ? 'error' : 'warning';
  const seen = new Map<string, number>();
  for (let i = 0; i < list.length && out.length < limit; i++) {
    const e = list[i] as unknown;
    const problem = checkUnknownEntry(e);
    if (problem !== undefined) {
      out.push(issue('invalid_type', [...at, i], `${base}/${UNKNOWN_KEY}[${i + 1}]`, `${UNKNOWN_KEY}[${i}]: ${problem}`));
      continue;
    }
    const { name, after } = e as UnknownElement;
    const known = node?.children?.find((c) => c.name === name);
    const placed = known === undefined ? undefined : (group as Record<string, unknown>)[name];
    const k = (seen.get(name) ?? (Array.isArray(placed) ? placed.length : placed === undefined ? 0 : 1)) + 1;
    seen.set(name, k);
    const pointer = `${base}/${name}${k > 1 || (known?.max ?? 1) > 1 ? `[${k}]` : ''}`;
    const where = node === undefined ? meta.id : `<${node.name}>`;
    const why =
      known === undefined
        ? `<${name}> is not an element of ${where} in ${meta.id}`
        : `<${name}> could not be placed in ${where} (out of the order of ${meta.id}, repeated beyond its maximum ${known.max}, or content that does not fit it)`;
    out.push(
      issue('unknown_element', [...at, i], pointer, `${why}; kept as received in ${UNKNOWN_KEY}${after === null ? '' : ` after <${after}>`}${severity === 'warning' ? ' (the structure of this part of the message is not known for certain)' : ''}`, { severity }),
    );
  }
  return out;
}

/**
 * Every `$unknown` issue of a message value, walking the value along the metadata (what `validate` reports
 * for the entries; `fromXml` with `validate: false` uses this).
 *
 * @example
 * ```ts
 * allUnknownIssues(IE3R01Meta, fromXml(xml, { validate: false }).value);
 * ```
 */
export function allUnknownIssues(meta: MessageMeta, value: unknown, limit = Infinity): Issue[] {
  const out: Issue[] = [];
  const stack: [ElementMeta, unknown, ModelPath][] = [[meta.root, value, []]];
  while (stack.length > 0 && out.length < limit) {
    const [node, v, path] = stack.pop()!;
    if (v === null || typeof v !== 'object' || Array.isArray(v)) continue;
    const o = v as Record<string, unknown>;
    if (o[UNKNOWN_KEY] !== undefined) for (const i of unknownIssues(meta, path, o, limit - out.length)) out.push(i);
    const children = node.children ?? [];
    for (let c = children.length - 1; c >= 0; c--) {
      const child = children[c]!;
      if (child.encoding !== 'group') continue;
      const cv = o[child.name];
      if (Array.isArray(cv)) for (let j = cv.length - 1; j >= 0; j--) stack.push([child, cv[j], [...path, child.name, j]]);
      else if (cv !== undefined) stack.push([child, cv, [...path, child.name]]);
    }
  }
  return out;
}

/** The `$unknown` entries of a group, by the sibling they follow (`null`: first; `undefined` key: at the end). */
export type UnknownSlots = Map<string | null | undefined, string[]>;

/**
 * For toXml: the entries of `o.$unknown` by the sibling after which they are written, or `undefined` when there
 * are none. An entry that cannot be written back is reported through `report` (and not written).
 * Entries whose `after` is no child of the group are written at its end.
 *
 * @example
 * ```ts
 * const slots = unknownSlots(o, node.children ?? [], (code, key, message) => issues.push(...));
 * ```
 */
export function unknownSlots(
  o: Record<string, unknown>,
  children: readonly ElementMeta[],
  report: (code: string, at: (string | number)[], message: string) => void,
): UnknownSlots | undefined {
  const list = o[UNKNOWN_KEY];
  if (list === undefined) return undefined;
  if (!Array.isArray(list)) {
    report('invalid_type', [UNKNOWN_KEY], `${UNKNOWN_KEY} must be an array of { name, after, xml }`);
    return undefined;
  }
  const slots: UnknownSlots = new Map();
  for (let i = 0; i < list.length; i++) {
    const e = list[i] as unknown;
    const problem = checkUnknownEntry(e);
    if (problem !== undefined) {
      report('invalid_type', [UNKNOWN_KEY, i], `${UNKNOWN_KEY}[${i}]: ${problem}`);
      continue;
    }
    const { after, xml } = e as UnknownElement;
    const key = after === null ? null : children.some((c) => c.name === after) ? after : undefined;
    const s = slots.get(key);
    if (s === undefined) slots.set(key, [xml]);
    else s.push(xml);
  }
  return slots;
}

/**
 * For toXml: write the entries of one slot (each preceded by `ind`, the indentation of pretty output).
 *
 * @example
 * ```ts
 * writeUnknown(parts, slots, 'LRN', '');
 * ```
 */
export function writeUnknown(
  out: { push(...parts: string[]): unknown },
  slots: UnknownSlots,
  after: string | null | undefined,
  ind: string,
): void {
  const s = slots.get(after);
  if (s !== undefined) for (const xml of s) out.push(ind, xml);
}
