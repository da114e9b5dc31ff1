/**
 * `toXml` / `toXmlChunks`: serialise a message model to ICS2 STI XML, driven only by the element metadata
 * (children order, encodings). Never throws.
 *
 * String building: the writer encodes straight into a UTF-8 byte buffer (escaping and the XML 1.0 character
 * check in the same loop over each value, tags as pre-encoded bytes) and decodes it in blocks of 64 KiB; the
 * document is the join of those blocks. No array of millions of small parts, no rope of concatenations.
 * `toXmlChunks` first takes a snapshot of the data (each own property read once, a throwing getter is an
 * issue), validates and records the snapshot, and its chunks are written from that record: data changed
 * while the chunks are consumed cannot change the document.
 */
import { issue, type Issue, type ModelPath } from '../core/issue';
import { describeValue, tooManyIssues } from '../core/issueText';
import type { ElementMeta, MessageMeta } from '../core/meta';
import { isMessageModule, type MessageModule } from '../core/messageModule';
import { unknownSlots, type UnknownSlots } from './unknown';
import { pointerFor } from '../core/pointer';
import type { MessageType } from '../generated/catalogue';
import { registry } from '../generated/registry';
import { validate, type Message } from '../validate';
import { validateMessage, type ValidateOptions } from '../validateMessage';

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

/** At most this many issues come from the writer itself (then one `too_many_issues`). */
const MAX_WRITER_ISSUES = 1000;

const hasOwn = Object.prototype.hasOwnProperty;

/** ASCII markup as bytes (element names are ASCII). */
const utf8 = new TextEncoder();
const ascii = (s: string): Uint8Array => {
  const b = new Uint8Array(s.length);
  for (let i = 0; i < s.length; i++) b[i] = s.charCodeAt(i);
  return b;
};

/** Pre-encoded tags of one element. */
interface Tags {
  open: Uint8Array;
  close: Uint8Array;
  /** `<name/>` for an empty group. */
  empty: Uint8Array;
  /** dateTime: `<name><DateTime>`; amount: `<name value="`. */
  openValue: Uint8Array;
  /** dateTime: `</DateTime></name>`. */
  closeValue: Uint8Array;
}

const TAGS = new WeakMap<ElementMeta, Tags>();

function tagsOf(node: ElementMeta): Tags {
  let t = TAGS.get(node);
  if (t === undefined) {
    const n = node.name;
    t = {
      open: ascii(`<${n}>`),
      close: ascii(`</${n}>`),
      empty: ascii(`<${n}/>`),
      openValue: ascii(node.encoding === 'dateTime' ? `<${n}><DateTime>` : `<${n} value="`),
      closeValue: ascii(`</DateTime></${n}>`),
    };
    TAGS.set(node, t);
  }
  return t;
}

const CURRENCY_ATTR = ascii('" currency="');
const AMOUNT_END = ascii('"/>');
const NOTHING = new Uint8Array(0);

const INDENTS: Uint8Array[] = [ascii('\n')];
const indent = (depth: number): Uint8Array => {
  while (INDENTS.length <= depth) INDENTS.push(ascii(`\n${'  '.repeat(INDENTS.length)}`));
  return INDENTS[depth]!;
};

/**
 * How each ASCII character is written: 0 as itself, 1 not allowed in XML 1.0, otherwise the index of its
 * escape in {@link ESCAPES}. Text escapes `& < > " '` and CR; attributes also TAB and LF.
 */
const ESCAPES: Uint8Array[] = [NOTHING, NOTHING, ascii('&amp;'), ascii('&lt;'), ascii('&gt;'), ascii('&quot;'), ascii('&apos;'), ascii('&#13;'), ascii('&#9;'), ascii('&#10;')];
function classTable(attr: boolean): Uint8Array {
  const t = new Uint8Array(128);
  for (let c = 0; c < 0x20; c++) t[c] = 1;
  t[0x09] = attr ? 8 : 0;
  t[0x0a] = attr ? 9 : 0;
  t[0x0d] = 7;
  t[0x26] = 2;
  t[0x3c] = 3;
  t[0x3e] = 4;
  t[0x22] = 5;
  t[0x27] = 6;
  return t;
}
const TEXT_CLASS = classTable(false);
const ATTR_CLASS = classTable(true);

/** Where the writer puts markup and values. */
interface Sink {
  /** Trusted ASCII markup. */
  raw(b: Uint8Array): void;
  /**
   * A value, escaped for text (or an attribute): `-1` when written, otherwise the UTF-16 index of the first
   * character XML 1.0 does not allow (nothing is written then).
   */
  text(s: string, attr: boolean): number;
}

/** The block size of the byte sink: a chunk of {@link toXmlChunks}. */
const BLOCK = 64 * 1024;

/** UTF-8 bytes, decoded to a string block whenever 64 KiB are full. */
/**
 * One scratch buffer shared by every write (writing is synchronous: no two writes interleave), so that a
 * small message does not pay for allocating and zeroing a fresh buffer.
 */
let scratch: Uint8Array | undefined;
const KEEP = 4 * 1024 * 1024;
const takeScratch = (): Uint8Array => {
  const b = scratch ?? new Uint8Array(BLOCK + 4096);
  scratch = undefined;
  return b;
};

class ByteSink implements Sink {
  private buf: Uint8Array = takeScratch();
  private pos = 0;
  private readonly decoder = new TextDecoder();
  readonly blocks: string[] = [];

  /** `whole`: grow the buffer rather than cut blocks (one decode for the whole document: {@link toXml}). */
  constructor(private readonly whole = false) {}

  /** Room for `n` more bytes (flushing a block, or growing). */
  private ensure(n: number): void {
    if (this.pos + n <= this.buf.length) return;
    if (this.whole) {
      const grown = new Uint8Array(Math.max(this.buf.length * 2, this.pos + n));
      grown.set(this.buf.subarray(0, this.pos));
      this.buf = grown;
      return;
    }
    this.flush();
    if (n > this.buf.length) this.buf = new Uint8Array(n);
  }

  /** Whether a whole block is ready. */
  full(): boolean {
    return this.pos >= BLOCK;
  }

  /** Done: hand the buffer back for the next write (unless it grew huge). */
  release(): void {
    scratch = this.buf.length <= KEEP ? this.buf : undefined;
  }

  flush(): void {
    if (this.pos === 0) return;
    this.blocks.push(this.decoder.decode(this.buf.subarray(0, this.pos)));
    this.pos = 0;
  }

  raw(b: Uint8Array): void {
    const n = b.length;
    this.ensure(n);
    const buf = this.buf;
    let p = this.pos;
    for (let i = 0; i < n; i++) buf[p++] = b[i]!;
    this.pos = p;
  }

  text(s: string, attr: boolean): number {
    const n = s.length;
    this.ensure(n * 6);
    const buf = this.buf;
    const cls = attr ? ATTR_CLASS : TEXT_CLASS;
    let p = this.pos;
    for (let i = 0; i < n; i++) {
      const c = s.charCodeAt(i);
      if (c < 0x80) {
        const k = cls[c]!;
        if (k === 0) buf[p++] = c;
        else if (k === 1) return i;
        else {
          const e = ESCAPES[k]!;
          for (let j = 0; j < e.length; j++) buf[p++] = e[j]!;
        }
      } else if (c < 0x800) {
        buf[p++] = 0xc0 | (c >> 6);
        buf[p++] = 0x80 | (c & 0x3f);
      } else if (c >= 0xd800 && c <= 0xdfff) {
        const d = i + 1 < n ? s.charCodeAt(i + 1) : 0;
        if (c > 0xdbff || d < 0xdc00 || d > 0xdfff) return i;
        const cp = 0x10000 + ((c - 0xd800) << 10) + (d - 0xdc00);
        buf[p++] = 0xf0 | (cp >> 18);
        buf[p++] = 0x80 | ((cp >> 12) & 0x3f);
        buf[p++] = 0x80 | ((cp >> 6) & 0x3f);
        buf[p++] = 0x80 | (cp & 0x3f);
        i++;
      } else if (c === 0xfffe || c === 0xffff) return i;
      else {
        buf[p++] = 0xe0 | (c >> 12);
        buf[p++] = 0x80 | ((c >> 6) & 0x3f);
        buf[p++] = 0x80 | (c & 0x3f);
      }
    }
    this.pos = p;
    return -1;
  }
}

interface Ctx {
  meta: MessageMeta;
  out: Sink;
  pretty: boolean;
  issues: Issue[];
  leftOut: number;
  /**
   * The children's values of the group being written at each depth ({@link childValues}), reused: each
   * slot is cleared as it is written, so a write allocates one array per depth, not one per group.
   */
  values: unknown[][];
  /** Whether the group whose values {@link childValues} just read has `$unknown` entries. */
  hasUnknown: boolean;
}

/** A writing context. */
const newCtx = (meta: MessageMeta, out: Sink, pretty: boolean): Ctx => ({ meta, out, pretty, issues: [], leftOut: 0, values: [], hasUnknown: false });

function bad(ctx: Ctx, code: string, path: ModelPath, message: string): void {
  if (ctx.issues.length >= MAX_WRITER_ISSUES) {
    ctx.leftOut++;
    return;
  }
  ctx.issues.push(issue(code, path.slice(), pointerFor(ctx.meta, path), message));
}

/** Write a text value; report it when it is no string or holds a character XML 1.0 does not allow. */
function writeText(ctx: Ctx, node: ElementMeta, v: unknown, path: ModelPath, attr: boolean): boolean {
  if (typeof v !== 'string') {
    bad(ctx, 'invalid_type', path, `${node.label} (${node.name}) must be a string, got ${describeValue(v)}`);
    return false;
  }
  const at = ctx.out.text(v, attr);
  if (at === -1) return true;
  const cp = v.codePointAt(at) ?? 0;
  const hex = cp.toString(16).toUpperCase().padStart(4, '0');
  bad(ctx, 'invalid_character', path, `${node.label} (${node.name}) contains U+${hex} at index ${at}, which XML 1.0 does not allow`);
  return false;
}

/** Write one occurrence of `node` (value `v`) at `depth`. `path` is mutated (push/pop) and restored. */
function writeElement(ctx: Ctx, node: ElementMeta, v: unknown, path: ModelPath, depth: number): void {
  const t = tagsOf(node);
  const out = ctx.out;
  const ind = ctx.pretty ? indent(depth) : NOTHING;
  const pretty = ctx.pretty;
  switch (node.encoding) {
    case 'text':
    case 'dateTime': {
      if (typeof v !== 'string') {
        writeText(ctx, node, v, path, false);
        return;
      }
      if (pretty) out.raw(ind);
      out.raw(node.encoding === 'text' ? t.open : t.openValue);
      writeText(ctx, node, v, path, false);
      out.raw(node.encoding === 'text' ? t.close : t.closeValue);
      return;
    }
    case 'amount': {
      if (v === null || typeof v !== 'object' || Array.isArray(v)) {
        bad(ctx, 'invalid_type', path, `${node.label} (${node.name}) must be { value, currency }, got ${describeValue(v)}`);
        return;
      }
      const a = v as Record<string, unknown>;
      const keys = Object.keys(a);
      const value = hasOwn.call(a, 'value') ? a.value : undefined;
      const currency = hasOwn.call(a, 'currency') ? a.currency : undefined;
      if (pretty) out.raw(ind);
      out.raw(t.openValue);
      path.push('value');
      writeText(ctx, node, value, path, true);
      out.raw(CURRENCY_ATTR);
      path[path.length - 1] = 'currency';
      writeText(ctx, node, currency, path, true);
      path.pop();
      out.raw(AMOUNT_END);
      for (const k of keys) {
        if (k !== 'value' && k !== 'currency' && a[k] !== undefined) {
          path.push(k);
          bad(ctx, 'unexpected', path, `${k} is not an element here`);
          path.pop();
        }
      }
      return;
    }
    default:
      writeGroup(ctx, node, v, path, depth, t, ind);
  }
}

const INDEX = new WeakMap<ElementMeta, Map<string, number>>();
const indexOf = (node: ElementMeta): Map<string, number> => {
  let m = INDEX.get(node);
  if (m === undefined) {
    m = new Map();
    const children = node.children ?? [];
    for (let i = 0; i < children.length; i++) m.set(children[i]!.name, i);
    INDEX.set(node, m);
  }
  return m;
};

/** The key under which the XML reader keeps elements it read but could not place: never written as an element. */
const UNKNOWN_KEY = '$unknown';

/**
 * The values of a group's children, in metadata order, read from own properties only (each once), into the
 * array of `depth` in `ctx.values` (whose slots are all empty: {@link writeChildren} clears each as it writes
 * it); other own properties with a value are reported. `undefined` when no child has a value (and no
 * `$unknown` entry). Sets `ctx.hasUnknown`.
 */
function childValues(ctx: Ctx, node: ElementMeta, o: Record<string, unknown>, path: ModelPath, depth: number): unknown[] | undefined {
  const keys = Object.keys(o);
  const index = indexOf(node);
  const pool = ctx.values;
  const values = pool[depth] ?? (pool[depth] = []);
  let any = false;
  let unknown = false;
  for (let i = 0; i < keys.length; i++) {
    const k = keys[i]!;
    const j = index.get(k);
    const v = o[k];
    if (v === undefined) continue;
    if (j === undefined) {
      if (k === UNKNOWN_KEY) {
        // Elements kept from a read document: written back at their place (writeChildren).
        any = unknown = true;
        continue;
      }
      path.push(k);
      bad(ctx, 'unexpected', path, `${k} is not an element here`);
      path.pop();
    } else {
      values[j] = v;
      any = true;
    }
  }
  ctx.hasUnknown = unknown;
  return any ? values : undefined;
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}

function writeGroup(ctx: Ctx, node: ElementMeta, v: unknown, path: ModelPath, depth: number, t: Tags, ind: Uint8Array): void {
  if (!isRecord(v)) {
    bad(ctx, 'invalid_type', path, `${node.label} (${node.name}) must be an object, got ${describeValue(v)}`);
    return;
  }
  const values = childValues(ctx, node, v, path, depth);
  const out = ctx.out;
  if (ctx.pretty) out.raw(ind);
  if (values === undefined) {
    // No child has a value: `<name/>`.
    out.raw(t.empty);
    return;
  }
  out.raw(t.open);
  writeChildren(ctx, node, values, path, depth + 1, ctx.hasUnknown ? v : undefined);
  if (ctx.pretty) out.raw(ind);
  out.raw(t.close);
}

/** The `$unknown` entries of `o` by the child they follow; their problems are reported at `path`. */
function unknownOf(ctx: Ctx, o: Record<string, unknown>, children: readonly ElementMeta[], path: ModelPath): UnknownSlots | undefined {
  return unknownSlots(o, children, (code, at, m) => {
    path.push(...at);
    bad(ctx, code, path, m);
    path.length -= at.length;
  });
}

/** Write the `$unknown` entries kept after the child `after` (`null`: before the first child). */
function writeKept(ctx: Ctx, u: UnknownSlots, after: string | null | undefined, depth: number): void {
  const list = u.get(after);
  if (list === undefined) return;
  for (const xml of list) {
    if (ctx.pretty) ctx.out.raw(indent(depth));
    ctx.out.raw(utf8.encode(xml));
  }
}

/**
 * Write the children (their values in metadata order, see {@link childValues}), clearing each slot of
 * `values` as it goes. `o`: the group, when it has `$unknown` entries to write back in their places.
 */
function writeChildren(ctx: Ctx, node: ElementMeta, values: unknown[], path: ModelPath, depth: number, o?: Record<string, unknown>): void {
  const children = node.children ?? [];
  const u = o !== undefined ? unknownOf(ctx, o, children, path) : undefined;
  if (u) writeKept(ctx, u, null, depth);
  for (let i = 0; i < children.length; i++) {
    const cv = values[i];
    const c = children[i]!;
    if (cv !== undefined) {
      values[i] = undefined;
      path.push(c.name);
      if (c.max > 1) {
        if (!Array.isArray(cv)) bad(ctx, 'invalid_type', path, `${c.label} (${c.name}) must be an array, got ${describeValue(cv)}`);
        else writeList(ctx, c, cv, path, depth);
      } else writeElement(ctx, c, cv, path, depth);
      path.pop();
    }
    if (u) writeKept(ctx, u, c.name, depth);
  }
  if (u) writeKept(ctx, u, undefined, depth);
}

/** Write the items of a repeated element; holes are one issue for the list, never one per hole. */
function writeList(ctx: Ctx, c: ElementMeta, items: unknown[], path: ModelPath, depth: number): void {
  const n = items.length;
  let holes = 0;
  let first = -1;
  path.push(0);
  const at = path.length - 1;
  for (let j = 0; j < n; j++) {
    if (!hasOwn.call(items, j)) {
      if (holes++ === 0) first = j;
      continue;
    }
    path[at] = j;
    writeElement(ctx, c, items[j], path, depth);
  }
  path.pop();
  if (holes > 0) bad(ctx, 'sparse_array', path, `${c.label} (${c.name}): ${String(holes)} empty slot(s) in the list (the first at index ${String(first)})`);
}

/** Write the whole document into `sink`. */
function writeDocument(ctx: Ctx, data: Record<string, unknown>): void {
  const meta = ctx.meta;
  const out = ctx.out;
  out.raw(ascii(`${XML_DECLARATION}\n<${meta.root.name} xmlns="${ICS2_NAMESPACE}">`));
  const values = childValues(ctx, meta.root, data, [], 0);
  if (values) writeChildren(ctx, meta.root, values, [], 1, ctx.hasUnknown ? data : undefined);
  out.raw(ascii(`${ctx.pretty ? '\n' : ''}</${meta.root.name}>${ctx.pretty ? '\n' : ''}`));
}

/** The writer's issues, with the final `too_many_issues` when some were left out. */
function writerIssues(ctx: Ctx): Issue[] {
  if (ctx.leftOut > 0) ctx.issues.push(tooManyIssues(ctx.meta, MAX_WRITER_ISSUES, ctx.leftOut, false));
  return ctx.issues;
}

type Prepared = { ok: true; meta: MessageMeta; data: Record<string, unknown> } | { ok: false; issues: Issue[] };

/** A message given by id or module: its metadata and how to validate it. */
interface Target {
  meta: MessageMeta;
  check: (data: unknown, options?: ValidateOptions) => { ok: boolean; issues?: Issue[] };
}

function targetOf(message: MessageType | MessageModule): Target | Issue {
  if (isMessageModule(message)) return { meta: message.meta, check: (d, o) => validateMessage(message, d, o) };
  if (typeof message !== 'string' || !hasOwn.call(registry, message))
    return issue('unknown_message', [], '/', `${String(message)} is not one of the 84 HTI messages`);
  return { meta: registry[message].meta, check: (d, o) => validate(message, d, o) };
}

function readOptions(options: unknown): ToXmlOptions {
  return options !== null && typeof options === 'object' ? (options as ToXmlOptions) : {};
}

function prepare(target: Target, data: unknown, options: ToXmlOptions): Prepared {
  const meta = target.meta;
  if (options.validate !== false) {
    const r = target.check(data, options.validateOptions);
    if (!r.ok) return { ok: false, issues: r.issues ?? [] };
  }
  if (!isRecord(data)) {
    return { ok: false, issues: [issue('invalid_type', [], `/${meta.id}`, `${meta.id} must be an object, got ${describeValue(data)}`)] };
  }
  return { ok: true, meta, data };
}

/** {@link toXml} for a resolved message. */
function toXmlFor(target: Target | Issue, data: unknown, options: unknown): ToXmlResult {
  if (!('meta' in target)) return { ok: false, issues: [target] };
  try {
    const o = readOptions(options);
    const p = prepare(target, data, o);
    if (!p.ok) return p;
    const sink = new ByteSink(true);
    const ctx = newCtx(p.meta, sink, o.pretty === true);
    try {
      writeDocument(ctx, p.data);
    } finally {
      sink.flush();
      sink.release();
    }
    if (ctx.issues.length > 0) return { ok: false, issues: writerIssues(ctx) };
    return { ok: true, xml: sink.blocks.length === 1 ? sink.blocks[0]! : sink.blocks.join('') };
  } catch (e) {
    // Defensive: getters or proxies in the input may throw.
    return serializeFailed(e);
  }
}

/**
 * Serialise a message to ICS2 XML: the XML declaration, then the root element (the message id) in the
 * default namespace `urn:wco:datamodel:eu:ics2:2`, children in metadata order, `dateTime` values wrapped in
 * `<DateTime>`, `amount` values as `value`/`currency` attributes, text escaped. The message is named by its
 * id or given as its module (`IE3F32Message`). Validates first (option `validate: false` skips it) and never
 * throws: invalid data, non-string values and characters XML 1.0 does not allow (`invalid_character`) come
 * back as issues (at most 1000 from the writer, then `too_many_issues`). Only own properties are read.
 * Output is deterministic. Compact form (default): declaration, a line feed, then the root with no
 * whitespace between elements and no final line feed. `pretty: true`: one element a line, 2-space indent (a
 * `dateTime` stays on one line), final line feed. An optional group present with no children is written
 * `<name/>`.
 *
 * @example
 * ```ts
 * import { toXml } from 'ics2/xml';
 * const r = toXml('IE3R01', { LRN: 'LRN1', MRN: '24DE123456789012J4', registrationDate: '2024-04-12T11:13:57Z', SpecificCircumstanceIndicator: 'F32' });
 * if (r.ok) console.log(r.xml); // <?xml ...?>\n<IE3R01 xmlns="urn:wco:datamodel:eu:ics2:2"><LRN>LRN1</LRN>...
 * else console.log(r.issues);
 * ```
 */
export function toXml<K extends MessageType>(messageType: K, data: Message<K>, options?: ToXmlOptions): ToXmlResult;
export function toXml<Id extends string, T>(message: MessageModule<Id, T>, data: T, options?: ToXmlOptions): ToXmlResult;
export function toXml(message: MessageType | MessageModule, data: unknown, options: ToXmlOptions = {}): ToXmlResult {
  return toXmlFor(targetOf(message), data, options);
}

/**
 * {@link toXml} for a message module only: no registry of the 84 (what `ics2/lite` exports as `toXml`).
 *
 * @example
 * ```ts
 * import { IE3F32Message } from 'ics2/messages/IE3F32';
 * import { toXml } from 'ics2/lite'; // toXmlOf, exported there as toXml
 * const r = toXml(IE3F32Message, data);
 * ```
 */
export function toXmlOf<Id extends string, T>(message: MessageModule<Id, T>, data: T, options: ToXmlOptions = {}): ToXmlResult {
  const target: Target | Issue = isMessageModule(message)
    ? { meta: message.meta, check: (d, o) => validateMessage(message, d, o) }
    : issue('unknown_message', [], '/', `${String(message)} is not a message module`);
  return toXmlFor(target, data, options);
}

/**
 * A copy of `data` as the message reads it: own properties only, each read exactly once; groups and lists
 * copied as far as the metadata goes (a list over its maximum is not read: validation refuses it).
 */
function snapshot(node: ElementMeta, v: unknown): unknown {
  if (node.encoding === 'group') {
    if (!isRecord(v)) return v;
    const o: Record<string, unknown> = {};
    const index = indexOf(node);
    const children = node.children ?? [];
    for (const k of Object.keys(v)) {
      const x = v[k];
      const j = index.get(k);
      if (j === undefined || x === undefined) {
        o[k] = x;
        continue;
      }
      const c = children[j]!;
      if (c.max > 1 && Array.isArray(x)) {
        const n = x.length;
        const copy = new Array<unknown>(n);
        if (n <= c.max) for (let i = 0; i < n; i++) if (hasOwn.call(x, i)) copy[i] = snapshot(c, x[i]);
        o[k] = copy;
      } else o[k] = snapshot(c, x);
    }
    return o;
  }
  if (node.encoding === 'amount' && isRecord(v)) {
    const o: Record<string, unknown> = {};
    for (const k of Object.keys(v)) o[k] = v[k];
    return o;
  }
  return v;
}

/** Yield the blocks, letting go of each once it is handed out. */
function* handOut(blocks: (string | undefined)[]): Generator<string, void, undefined> {
  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i]!;
    blocks[i] = undefined;
    yield b;
  }
}

function toXmlChunksFor(target: Target | Issue, data: unknown, options: unknown): ToXmlChunksResult {
  if (!('meta' in target)) return { ok: false, issues: [target] };
  try {
    const o = readOptions(options);
    // Validation and writing read the data: with validation, both read our own copy (each property of
    // the caller's data is read once), so what is written is what was validated.
    const from = o.validate !== false ? snapshot(target.meta.root, data) : data;
    const p = prepare(target, from, o);
    if (!p.ok) return p;
    const sink = new ByteSink();
    const ctx = newCtx(p.meta, sink, o.pretty === true);
    try {
      writeDocument(ctx, p.data);
    } finally {
      sink.flush();
      sink.release();
    }
    if (ctx.issues.length > 0) return { ok: false, issues: writerIssues(ctx) };
    return { ok: true, chunks: handOut(sink.blocks) };
  } catch (e) {
    return serializeFailed(e);
  }
}

/**
 * Like {@link toXml}, but the document comes as a generator of string chunks (about 64 KiB of UTF-8 each)
 * so that a huge message (an F11 with 1,000 house consignments) never sits in memory as one string (nor
 * twice: peak memory is about the size of the output, and each chunk is let go once handed out).
 * The data is read before the result comes back, each own property once (with validation, from a snapshot
 * that is both validated and written); all checks (validation, value types, XML characters) run before the
 * first chunk, so a consumer never sees half a document, and changing the data while consuming the chunks
 * changes nothing: the result is `{ ok: false, issues }` up front, or chunks that join to exactly the
 * output of `toXml`.
 *
 * @example
 * ```ts
 * import { toXmlChunks } from 'ics2/xml';
 * const r = toXmlChunks('IE3F11', f11);
 * if (r.ok) for (const chunk of r.chunks) stream.write(chunk);
 * ```
 */
export function toXmlChunks<K extends MessageType>(messageType: K, data: Message<K>, options?: ToXmlOptions): ToXmlChunksResult;
export function toXmlChunks<Id extends string, T>(message: MessageModule<Id, T>, data: T, options?: ToXmlOptions): ToXmlChunksResult;
export function toXmlChunks(message: MessageType | MessageModule, data: unknown, options: ToXmlOptions = {}): ToXmlChunksResult {
  return toXmlChunksFor(targetOf(message), data, options);
}

/**
 * {@link toXmlChunks} for a message module only: no registry of the 84 (what `ics2/lite` exports).
 *
 * @example
 * ```ts
 * import { IE3F11Message } from 'ics2/messages/IE3F11';
 * import { toXmlChunks } from 'ics2/lite'; // toXmlChunksOf, exported there as toXmlChunks
 * const r = toXmlChunks(IE3F11Message, f11);
 * ```
 */
export function toXmlChunksOf<Id extends string, T>(message: MessageModule<Id, T>, data: T, options: ToXmlOptions = {}): ToXmlChunksResult {
  const target: Target | Issue = isMessageModule(message)
    ? { meta: message.meta, check: (d, o) => validateMessage(message, d, o) }
    : issue('unknown_message', [], '/', `${String(message)} is not a message module`);
  return toXmlChunksFor(target, data, options);
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
export function elementToXml(node: ElementMeta, value: unknown, options: { pretty?: boolean } = {}): ToXmlResult {
  try {
    const sink = new ByteSink();
    const meta: MessageMeta = { id: node.name, root: node } as MessageMeta;
    const ctx = newCtx(meta, sink, options.pretty === true);
    try {
      writeElement(ctx, node, value, [], 0);
    } finally {
      sink.flush();
      sink.release();
    }
    if (ctx.issues.length > 0) return { ok: false, issues: writerIssues(ctx) };
    const xml = sink.blocks.join('');
    return { ok: true, xml: ctx.pretty && xml.startsWith('\n') ? xml.slice(1) : xml };
  } catch (e) {
    return serializeFailed(e);
  }
}

/** The result for input that could not be read while writing (a throwing getter or proxy). */
function serializeFailed(e: unknown): { ok: false; issues: Issue[] } {
  return {
    ok: false,
    issues: [issue('serialize_failed', [], '/', `Could not serialise: ${e instanceof Error ? e.message : String(e)}`)],
  };
}
