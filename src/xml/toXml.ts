/**
 * `toXml` / `toXmlChunks`: serialise a message model to ICS2 STI XML, driven only by the element metadata
 * (children order, encodings). Never throws.
 */
import { issue, type Issue, type ModelPath } from '../core/issue';
import type { ElementMeta, MessageMeta } from '../core/meta';
import { pointerFor } from '../core/pointer';
import type { MessageType } from '../generated/catalogue';
import { registry } from '../generated/registry';
import { validate, type Message, type ValidateOptions } from '../validate';
import { escapeAttr, escapeText, findIllegalXmlChar } from './safety';
import { unknownSlots, writeUnknown } from './unknown';

/**
 * The namespace of every ICS2 message (common domain, version 2).
 *
 * @example
 * ```ts
 * xml.includes(`xmlns="${ICS2_NAMESPACE}"`); // true for toXml output
 * ```
 */
export const ICS2_NAMESPACE = 'urn:wco:datamodel:eu:ics2:2';

/**
 * The XML declaration written at the start of every document.
 *
 * @example
 * ```ts
 * xml.startsWith(`${XML_DECLARATION}\n`); // true for toXml output
 * ```
 */
export const XML_DECLARATION = '<?xml version="1.0" encoding="UTF-8"?>';

/** Options of {@link toXml} and {@link toXmlChunks}. */
export interface ToXmlOptions {
  /** Validate the data first and refuse it with the validation issues (default `true`). */
  validate?: boolean;
  /** Options passed to `validate()` (e.g. `{ rules: false }` for structure only). */
  validateOptions?: ValidateOptions;
  /** Indent with 2 spaces, one element a line (default `false`: compact, no whitespace between elements). */
  pretty?: boolean;
}

/** Result of {@link toXml}: the document, or the issues that prevented it. */
export type ToXmlResult = { ok: true; xml: string } | { ok: false; issues: Issue[] };

/** Result of {@link toXmlChunks}: an iterable of string chunks, or the issues that prevented it. */
export type ToXmlChunksResult =
  { ok: true; chunks: Generator<string, void, undefined> } | { ok: false; issues: Issue[] };

/** Pre-computed tag strings of one element. */
interface Tags {
  open: string;
  close: string;
  /** `<name/>` for an empty group. */
  empty: string;
  /** dateTime: `<name><DateTime>`; amount: `<name value="`. */
  openValue: string;
  /** dateTime: `</DateTime></name>`. */
  closeValue: string;
  /** Whether a repeated group is somewhere below (the chunked writer descends into such groups). */
  container: boolean;
}

const TAGS = new WeakMap<ElementMeta, Tags>();

function tagsOf(node: ElementMeta): Tags {
  let t = TAGS.get(node);
  if (t === undefined) {
    const n = node.name;
    const container =
      node.encoding === 'group' &&
      (node.children ?? []).some((c) => c.encoding === 'group' && (c.max > 1 || tagsOf(c).container));
    t = {
      open: `<${n}>`,
      close: `</${n}>`,
      empty: `<${n}/>`,
      openValue: node.encoding === 'dateTime' ? `<${n}><DateTime>` : `<${n} value="`,
      closeValue: `</DateTime></${n}>`,
      container,
    };
    TAGS.set(node, t);
  }
  return t;
}

const INDENTS: string[] = ['\n'];
const indent = (depth: number): string => {
  while (INDENTS.length <= depth) INDENTS.push(`${INDENTS[INDENTS.length - 1]!}  `);
  return INDENTS[depth]!;
};

/** Where the parts go: an array, or a sink that only counts (the check pass of the chunked writer). */
interface Sink {
  push(...parts: string[]): unknown;
  length: number;
}

interface Ctx {
  meta: MessageMeta;
  out: Sink;
  pretty: boolean;
  issues: Issue[];
}

const describe = (v: unknown): string => (v === null ? 'null' : Array.isArray(v) ? 'an array' : typeof v);

function bad(ctx: Ctx, code: string, path: ModelPath, message: string): void {
  ctx.issues.push(issue(code, path.slice(), pointerFor(ctx.meta, path), message));
}

/**
 * Pre-filter: any character that needs escaping or might be illegal in XML 1.0 (control characters,
 * surrogates, U+FFFE/U+FFFF). Most values match nothing and skip both slower checks of `safety.ts`.
 */
// eslint-disable-next-line no-control-regex -- control characters are exactly what this looks for
const ATTENTION = /[&<>"'\t\n\r\u0000-\u001F\uD800-\uDFFF\uFFFE\uFFFF]/;

/**
 * Check a text value (a string with only XML 1.0 characters) and escape it with `escape`; `undefined`
 * (reported) when it cannot be written.
 */
function textOf(
  ctx: Ctx,
  node: ElementMeta,
  v: unknown,
  path: ModelPath,
  escape: (s: string) => string,
): string | undefined {
  if (typeof v !== 'string') {
    bad(ctx, 'invalid_type', path, `${node.label} (${node.name}) must be a string, got ${describe(v)}`);
    return undefined;
  }
  if (!ATTENTION.test(v)) return v;
  const ill = findIllegalXmlChar(v);
  if (ill !== undefined) {
    const hex = ill.codePoint.toString(16).toUpperCase().padStart(4, '0');
    bad(
      ctx,
      'invalid_character',
      path,
      `${node.label} (${node.name}) contains U+${hex} at index ${ill.index}, which XML 1.0 does not allow`,
    );
    return undefined;
  }
  return escape(v);
}

/** Write one occurrence of `node` (value `v`) at `depth`. `path` is mutated (push/pop) and restored. */
function writeElement(ctx: Ctx, node: ElementMeta, v: unknown, path: ModelPath, depth: number): void {
  const t = tagsOf(node);
  const out = ctx.out;
  const ind = ctx.pretty ? indent(depth) : '';
  switch (node.encoding) {
    case 'text': {
      const s = textOf(ctx, node, v, path, escapeText);
      if (s !== undefined) out.push(ind, t.open, s, t.close);
      return;
    }
    case 'dateTime': {
      const s = textOf(ctx, node, v, path, escapeText);
      if (s !== undefined) out.push(ind, t.openValue, s, t.closeValue);
      return;
    }
    case 'amount': {
      if (v === null || typeof v !== 'object' || Array.isArray(v)) {
        bad(
          ctx,
          'invalid_type',
          path,
          `${node.label} (${node.name}) must be { value, currency }, got ${describe(v)}`,
        );
        return;
      }
      const a = v as Record<string, unknown>;
      path.push('value');
      const value = textOf(ctx, node, a.value, path, escapeAttr);
      path[path.length - 1] = 'currency';
      const currency = textOf(ctx, node, a.currency, path, escapeAttr);
      path.pop();
      checkKeys(ctx, a, AMOUNT_KEYS, path);
      if (value !== undefined && currency !== undefined) {
        out.push(ind, t.openValue, value, '" currency="', currency, '"/>');
      }
      return;
    }
    default:
      writeGroup(ctx, node, v, path, depth, t, ind);
  }
}

const AMOUNT_KEYS = new Set(['value', 'currency']);
const CHILD_NAMES = new WeakMap<ElementMeta, Set<string>>();
const childNames = (node: ElementMeta): Set<string> => {
  let s = CHILD_NAMES.get(node);
  if (s === undefined) CHILD_NAMES.set(node, (s = new Set((node.children ?? []).map((c) => c.name))));
  return s;
};

/** Report own properties that are not elements (validation does this too; this covers `validate: false`). */
function checkKeys(ctx: Ctx, o: Record<string, unknown>, names: Set<string>, path: ModelPath): void {
  for (const k of Object.keys(o)) {
    if (!names.has(k) && o[k] !== undefined) {
      path.push(k);
      bad(ctx, 'unexpected', path, `${k} is not an element here`);
      path.pop();
    }
  }
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}

function writeGroup(
  ctx: Ctx,
  node: ElementMeta,
  v: unknown,
  path: ModelPath,
  depth: number,
  t: Tags,
  ind: string,
): void {
  if (!isRecord(v)) {
    bad(ctx, 'invalid_type', path, `${node.label} (${node.name}) must be an object, got ${describe(v)}`);
    return;
  }
  const out = ctx.out;
  const before = out.length;
  out.push(ind, t.open);
  const opened = out.length;
  writeChildren(ctx, node, v, path, depth + 1);
  if (out.length === opened) {
    // No child was written: `<name/>`.
    out.length = before;
    out.push(ind, t.empty);
  } else out.push(ctx.pretty ? ind : '', t.close);
}

function writeChildren(
  ctx: Ctx,
  node: ElementMeta,
  o: Record<string, unknown>,
  path: ModelPath,
  depth: number,
): void {
  const children = node.children ?? [];
  const u = o.$unknown === undefined ? undefined : unknownSlots(o, children, (code, at, m) => { path.push(...at); bad(ctx, code, path, m); path.length -= at.length; });
  const uInd = ctx.pretty ? indent(depth) : '';
  let seen = o.$unknown === undefined ? 0 : 1;
  if (u) writeUnknown(ctx.out, u, null, uInd);
  for (let i = 0; i < children.length; i++) {
    const c = children[i]!;
    const cv = o[c.name];
    if (cv === undefined) {
      if (u) writeUnknown(ctx.out, u, c.name, uInd);
      continue;
    }
    seen++;
    path.push(c.name);
    if (c.max > 1) {
      if (!Array.isArray(cv))
        bad(ctx, 'invalid_type', path, `${c.label} (${c.name}) must be an array, got ${describe(cv)}`);
      else {
        path.push(0);
        for (let j = 0; j < cv.length; j++) {
          path[path.length - 1] = j;
          writeElement(ctx, c, cv[j], path, depth);
        }
        path.pop();
      }
    } else writeElement(ctx, c, cv, path, depth);
    path.pop();
    if (u) writeUnknown(ctx.out, u, c.name, uInd);
  }
  if (u) writeUnknown(ctx.out, u, undefined, uInd);
  if (seen !== Object.keys(o).length) checkKeys(ctx, o, childNames(node), path);
}

function rootOpen(meta: MessageMeta): string {
  return `<${meta.root.name} xmlns="${ICS2_NAMESPACE}">`;
}

type Prepared =
  { ok: true; meta: MessageMeta; data: Record<string, unknown> } | { ok: false; issues: Issue[] };

function prepare(messageType: MessageType, data: unknown, options: ToXmlOptions): Prepared {
  if (!Object.prototype.hasOwnProperty.call(registry, messageType)) {
    return {
      ok: false,
      issues: [issue('unknown_message', [], '/', `${String(messageType)} is not one of the 84 HTI messages`)],
    };
  }
  const meta = registry[messageType].meta;
  if (options.validate !== false) {
    const r = validate(messageType, data, options.validateOptions);
    if (!r.ok) return { ok: false, issues: r.issues };
  }
  if (!isRecord(data)) {
    return {
      ok: false,
      issues: [
        issue('invalid_type', [], `/${meta.id}`, `${meta.id} must be an object, got ${describe(data)}`),
      ],
    };
  }
  return { ok: true, meta, data };
}

/**
 * Serialise a message to ICS2 XML: the XML declaration, then the root element (the message id) in the
 * default namespace `urn:wco:datamodel:eu:ics2:2`, children in metadata order, `dateTime` values wrapped in
 * `<DateTime>`, `amount` values as `value`/`currency` attributes, text escaped. Validates first (option
 * `validate: false` skips it) and never throws: invalid data, non-string values and characters XML 1.0 does
 * not allow (`invalid_character`) come back as issues. Output is deterministic. Compact form (default):
 * declaration, a line feed, then the root with no whitespace between elements and no final line feed.
 * `pretty: true`: one element a line, 2-space indent (a `dateTime` stays on one line), final line feed.
 * An optional group present with no children is written `<name/>`.
 *
 * @example
 * ```ts
 * import { toXml } from 'ics2/xml';
 * const r = toXml('IE3R01', { LRN: 'LRN1', MRN: '24DE123456789012J4', registrationDate: '2024-04-12T11:13:57Z', SpecificCircumstanceIndicator: 'F32' });
 * if (r.ok) console.log(r.xml); // <?xml ...?>\n<IE3R01 xmlns="urn:wco:datamodel:eu:ics2:2"><LRN>LRN1</LRN>...
 * else console.log(r.issues);
 * ```
 */
export function toXml<K extends MessageType>(
  messageType: K,
  data: Message<K>,
  options: ToXmlOptions = {},
): ToXmlResult {
  try {
    const p = prepare(messageType, data, options);
    if (!p.ok) return p;
    const pretty = options.pretty === true;
    const parts: string[] = [XML_DECLARATION, '\n', rootOpen(p.meta)];
    const ctx: Ctx = { meta: p.meta, out: parts, pretty, issues: [] };
    writeChildren(ctx, p.meta.root, p.data, [], 1);
    if (ctx.issues.length > 0) return { ok: false, issues: ctx.issues };
    parts.push(pretty ? '\n' : '', `</${p.meta.root.name}>`, pretty ? '\n' : '');
    return { ok: true, xml: parts.join('') };
  } catch (e) {
    // Defensive: getters or proxies in the input may throw.
    return serializeFailed(e);
  }
}

/** A sink that keeps nothing but counts parts (used for the check pass). */
class CountingSink implements Sink {
  length = 0;
  push(...parts: string[]): number {
    return (this.length += parts.length);
  }
}

/** Default size (in UTF-16 units, roughly) above which {@link toXmlChunks} yields a chunk. */
const CHUNK_SIZE = 64 * 1024;

function* chunked(
  meta: MessageMeta,
  data: Record<string, unknown>,
  pretty: boolean,
): Generator<string, void, undefined> {
  let parts: string[] = [];
  let size = 0;
  const ctx: Ctx = { meta, out: parts, pretty, issues: [] };
  const flush = (): string => {
    const s = parts.join('');
    parts.length = 0;
    size = 0;
    return s;
  };
  const measure = (from: number): void => {
    for (let i = from; i < parts.length; i++) size += parts[i]!.length;
  };
  function* group(
    node: ElementMeta,
    o: Record<string, unknown>,
    path: ModelPath,
    depth: number,
  ): Generator<string, void, undefined> {
    const u = o.$unknown === undefined ? undefined : unknownSlots(o, node.children ?? [], () => {});
    if (u) writeUnknown(parts, u, null, pretty ? indent(depth) : '');
    for (const c of node.children ?? []) {
      const cv = o[c.name];
      if (cv === undefined) {
        if (u) writeUnknown(parts, u, c.name, pretty ? indent(depth) : '');
        continue;
      }
      const items = c.max > 1 ? (cv as unknown[]) : [cv];
      path.push(c.name);
      for (let j = 0; j < items.length; j++) {
        if (c.max > 1) path.push(j);
        const item = items[j];
        const from = parts.length;
        if (
          tagsOf(c).container &&
          isRecord(item) &&
          (c.children ?? []).some((g) => item[g.name] !== undefined)
        ) {
          const ind = pretty ? indent(depth) : '';
          parts.push(ind, tagsOf(c).open);
          yield* group(c, item, path, depth + 1);
          parts.push(pretty ? ind : '', tagsOf(c).close);
        } else writeElement(ctx, c, item, path, depth);
        measure(from);
        if (size >= CHUNK_SIZE) {
          yield flush();
          parts = ctx.out = [] as string[];
        }
        if (c.max > 1) path.pop();
      }
      path.pop();
      if (u) writeUnknown(parts, u, c.name, pretty ? indent(depth) : '');
    }
    if (u) writeUnknown(parts, u, undefined, pretty ? indent(depth) : '');
  }
  parts.push(XML_DECLARATION, '\n', rootOpen(meta));
  yield* group(meta.root, data, [], 1);
  parts.push(pretty ? '\n' : '', `</${meta.root.name}>`, pretty ? '\n' : '');
  yield flush();
}

/**
 * Like {@link toXml}, but the document comes as a generator of string chunks (about 64 K characters
 * each) so that a huge message (an F11 with 1,000 house consignments) never sits in memory as one string.
 * All checks (validation, value types, XML characters) run before the first chunk, so a consumer never sees
 * half a document: the result is `{ ok: false, issues }` up front, or chunks that join to exactly the
 * output of `toXml`.
 *
 * @example
 * ```ts
 * import { toXmlChunks } from 'ics2/xml';
 * const r = toXmlChunks('IE3F11', f11);
 * if (r.ok) for (const chunk of r.chunks) stream.write(chunk);
 * ```
 */
export function toXmlChunks<K extends MessageType>(
  messageType: K,
  data: Message<K>,
  options: ToXmlOptions = {},
): ToXmlChunksResult {
  try {
    const p = prepare(messageType, data, options);
    if (!p.ok) return p;
    const ctx: Ctx = { meta: p.meta, out: new CountingSink(), pretty: false, issues: [] };
    writeChildren(ctx, p.meta.root, p.data, [], 1);
    if (ctx.issues.length > 0) return { ok: false, issues: ctx.issues };
    return { ok: true, chunks: chunked(p.meta, p.data, options.pretty === true) };
  } catch (e) {
    return serializeFailed(e);
  }
}

/**
 * Serialise one element (not a whole message) without validation: `<name>…</name>` with no namespace
 * declaration, the same bytes `toXml` writes for it inside a message. Meant for tests and tools that check
 * fragments (e.g. against the ctypes.xsd complex type of a group).
 *
 * @example
 * ```ts
 * import { IE3F32Meta } from 'ics2/messages/IE3F32';
 * const node = IE3F32Meta.root.children!.find((c) => c.name === 'addressedMemberState')!;
 * elementToXml(node, { country: 'BE' }); // { ok: true, xml: '<addressedMemberState><country>BE</country></addressedMemberState>' }
 * ```
 */
export function elementToXml(
  node: ElementMeta,
  value: unknown,
  options: { pretty?: boolean } = {},
): ToXmlResult {
  try {
    const parts: string[] = [];
    const meta: MessageMeta = { id: node.name, root: node } as MessageMeta;
    const ctx: Ctx = { meta, out: parts, pretty: options.pretty === true, issues: [] };
    writeElement(ctx, node, value, [], 0);
    if (ctx.issues.length > 0) return { ok: false, issues: ctx.issues };
    return { ok: true, xml: (options.pretty === true ? parts.slice(1) : parts).join('') };
  } catch (e) {
    return serializeFailed(e);
  }
}

/** The result for input that could not be read while writing (a throwing getter or proxy). */
function serializeFailed(e: unknown): { ok: false; issues: Issue[] } {
  return {
    ok: false,
    issues: [
      issue(
        'serialize_failed',
        [],
        '/',
        `Could not serialise: ${e instanceof Error ? e.message : String(e)}`,
      ),
    ],
  };
}
