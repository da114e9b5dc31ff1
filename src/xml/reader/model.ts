/**
 * Builds the message model while the reader scans: a handler of {@link scanXml} events driven only by the
 * generated element metadata (names, order, `max > 1` as arrays, encodings `text`, `dateTime`, `amount`,
 * `group`). What it cannot place (an unknown element, one out of the metadata order, one beyond its maximum,
 * one whose content does not fit its encoding, one in another namespace) is kept as raw XML in the `$unknown`
 * entries of its parent group, so nothing read is lost.
 */
import { issue, type Issue, type ModelPath } from '../../core/issue';
import type { ElementMeta, MessageMeta } from '../../core/meta';
import { pointerFor } from '../../core/pointer';
import type { UnknownElement } from '../unknown';
import { scanXml, XMLNS_NS, type XmlAttribute, type XmlError, type XmlHandler } from './scan';

/** The namespace of every ICS2 message (as `ICS2_NAMESPACE` in toXml). */
const ICS2_NS = 'urn:wco:datamodel:eu:ics2:2';
const XSI_NS = 'http://www.w3.org/2001/XMLSchema-instance';

const GROUP = 0;
const TEXT = 1;
const DATETIME = 2;
const AMOUNT = 3;
/** The `<DateTime>` inside a dateTime element. */
const DATETIME_VALUE = 4;

interface Child {
  meta: ElementMeta;
  /** Position in the metadata order. */
  index: number;
  kind: number;
  /** For a group: its children (set at first use). */
  plan: Map<string, Child> | null;
}
const PLANS = new WeakMap<ElementMeta, Map<string, Child>>();
function planOf(node: ElementMeta): Map<string, Child> {
  let m = PLANS.get(node);
  if (m === undefined) {
    m = new Map();
    const children = node.children ?? [];
    for (let i = 0; i < children.length; i++) {
      const c = children[i]!;
      m.set(c.name, { meta: c, index: i, kind: kindOf(c), plan: null });
    }
    PLANS.set(node, m);
  }
  return m;
}

const kindOf = (node: ElementMeta): number =>
  node.encoding === 'text' ? TEXT : node.encoding === 'dateTime' ? DATETIME : node.encoding === 'amount' ? AMOUNT : GROUP;

/** One open element; frames are reused by depth (no allocation per element). */
class Frame {
  kind = GROUP;
  node!: ElementMeta;
  plan: Map<string, Child> | null = null;
  /** Index of the element's `<`. */
  start = 0;
  /** Its name in the parent (model key) and index in the array (-1: not repeated). */
  seg = '';
  idx = -1;
  /** The parent's last placed sibling before this one (for `after` when this element is kept raw). */
  prevIndex = -1;
  prevName: string | null = null;
  prevCount = 0;
  out: Record<string, unknown> | null = null;
  text = '';
  hasText = false;
  /**
   * The last child placed: its index in the metadata order (every child placed so far is at or before it,
   * so a child at this index is already there), its name, how many of it (when repeated) and their array.
   */
  lastIndex = -1;
  lastName: string | null = null;
  lastCount = 0;
  lastArr: unknown[] | null = null;
  unknown: UnknownElement[] | null = null;
  /** Content that does not fit the encoding: the element goes to `$unknown` raw. */
  spoiled = false;
  /** dateTime: the `<DateTime>` value, and how many there were. */
  dt: string | undefined = undefined;
  dtCount = 0;
  /** The start tag's name as written and its attributes, and those of the `<DateTime>` read (for a kept copy). */
  qname = '';
  ns = '';
  attrs: XmlAttribute[] | null = null;
  dtTag: [string, string, string, XmlAttribute[] | null] | null = null;
  /** Its namespace use is being tracked for a kept copy (a child element made it unfit). */
  tracked = false;
  init(kind: number, node: ElementMeta, plan: Map<string, Child> | null, start: number, seg: string, idx: number, prevIndex: number, prevName: string | null, prevCount: number): this {
    this.kind = kind;
    this.node = node;
    this.plan = plan;
    this.start = start;
    this.seg = seg;
    this.idx = idx;
    this.prevIndex = prevIndex;
    this.prevName = prevName;
    this.prevCount = prevCount;
    this.out = null;
    this.text = '';
    this.hasText = false;
    this.lastIndex = -1;
    this.lastName = null;
    this.lastCount = 0;
    this.lastArr = null;
    this.unknown = null;
    this.spoiled = false;
    this.dt = undefined;
    this.dtCount = 0;
    this.attrs = null;
    this.dtTag = null;
    this.tracked = false;
    return this;
  }
}

/** Options of {@link readModel}. */
export interface ReadModelOptions {
  maxDepth: number;
  /** Most issues kept; the rest are counted in `dropped`. */
  maxIssues: number;
  /** The metadata of a root element name, or `undefined` when it is not a message. */
  metaOf: (rootLocal: string) => MessageMeta | undefined;
  /** Whether a message type is wanted (`expect`); an unwanted root is not read. */
  wanted: (id: string) => boolean;
}

/** What {@link readModel} read. */
export interface ReadModel {
  /** A refusal of the reader (not well-formed, unsafe): nothing else is to be used. */
  error?: XmlError;
  /** The root element's name as written, and local name. */
  rootName?: string;
  rootLocal?: string;
  meta?: MessageMeta;
  /** The root is a message but not one of those wanted. */
  unwanted?: boolean;
  value?: Record<string, unknown>;
  issues: Issue[];
  /** Issues left out beyond `maxIssues`. */
  dropped: number;
  /** Number of elements kept in `$unknown` entries. */
  unknown: number;
}

class ModelBuilder implements XmlHandler {
  readonly frames: Frame[] = [];
  private readonly pool: Frame[] = [];
  private frame(): Frame {
    const d = this.frames.length;
    let f = this.pool[d];
    if (f === undefined) this.pool[d] = f = new Frame();
    return f;
  }
  /** Depth inside an element read raw (or ignored) > 0. */
  rawDepth = 0;
  rawKeep = false;
  rawStart = 0;
  rawName = '';
  rawAfter: string | null = null;
  /** The kept element's name as written; whether the namespace use of the raw content is tracked. */
  rawQname = '';
  rawTrack = false;
  /**
   * Namespace bindings that the element being kept uses but does not declare itself (prefix to URI; `''` the
   * default namespace), added to its copy so that it stands alone; `null`: none. `rawDecl`: the prefixes
   * declared inside it, as (depth, prefix) pairs.
   */
  rawNeed: Map<string, string> | null = null;
  readonly rawDecl: (number | string)[] = [];
  docNs = '';
  meta: MessageMeta | undefined;
  value: Record<string, unknown> | undefined;
  rootName: string | undefined;
  rootLocal: string | undefined;
  unwanted = false;
  readonly issues: Issue[] = [];
  dropped = 0;
  /** Number of elements kept in `$unknown`. */
  unknownCount = 0;

  constructor(
    private readonly xml: string,
    private readonly options: ReadModelOptions,
  ) {}

  path(extra?: string): ModelPath {
    const p: ModelPath = [];
    const f = this.frames;
    for (let i = 1; i < f.length; i++) {
      p.push(f[i]!.seg);
      if (f[i]!.idx >= 0) p.push(f[i]!.idx);
    }
    if (extra !== undefined) p.push(extra);
    return p;
  }

  report(code: string, path: ModelPath, message: string): void {
    if (this.issues.length >= this.options.maxIssues) {
      this.dropped++;
      return;
    }
    this.issues.push(issue(code, path, this.meta ? pointerFor(this.meta, path) : '', message));
  }

  open(local: string, ns: string, qname: string, attrs: XmlAttribute[] | null, start: number): void {
    if (this.rawDepth > 0) {
      this.rawDepth++;
      if (this.rawTrack) this.noteNames(local, ns, qname, attrs, this.rawDepth);
      return;
    }
    const frames = this.frames;
    if (frames.length === 0) {
      this.openRoot(local, ns, qname, attrs, start);
      return;
    }
    const f = frames[frames.length - 1]!;
    if (f.kind === GROUP) {
      if (ns !== this.docNs) {
        this.report('wrong_namespace', this.path(local), `<${qname}> is in ${ns === '' ? 'no namespace' : `the namespace ${ns}`}, not ${this.docNs || 'none'} of the root element: kept in $unknown`);
        this.startRaw(local, start, f.lastName, true);
        this.noteRoot(local, ns, qname, attrs);
        return;
      }
      const c = f.plan!.get(local);
      if (c === undefined || c.index < f.lastIndex) {
        this.startRaw(local, start, f.lastName, true);
        this.noteRoot(local, ns, qname, attrs);
        return;
      }
      const m = c.meta;
      // Already there: the last child placed is this one (see Frame.lastIndex).
      const again = c.index === f.lastIndex;
      let idx = -1;
      if (m.max > 1) {
        idx = again ? f.lastCount : 0;
        if (idx >= m.max) {
          this.startRaw(local, start, f.lastName, true);
        this.noteRoot(local, ns, qname, attrs);
          return;
        }
      } else if (again) {
        this.startRaw(local, start, f.lastName, true);
        this.noteRoot(local, ns, qname, attrs);
        return;
      }
      const kind = c.kind;
      const child = this.frame().init(kind, m, kind === GROUP ? (c.plan ??= planOf(m)) : null, start, m.name, idx, f.lastIndex, f.lastName, f.lastCount);
      f.lastIndex = c.index;
      f.lastName = m.name;
      child.qname = qname;
      child.ns = ns;
      if (attrs !== null) child.attrs = attrs;
      f.lastCount = idx + 1;
      frames.push(child);
      if (attrs !== null) this.attributes(child, attrs);
      return;
    }
    if (f.kind === DATETIME && f.dtCount === 0 && local === 'DateTime' && ns === this.docNs) {
      f.dtCount++;
      const child = this.frame().init(DATETIME_VALUE, f.node, null, start, 'DateTime', -1, -1, null, 0);
      f.dtTag = [local, ns, qname, attrs];
      frames.push(child);
      if (attrs !== null) this.attributes(child, attrs);
      return;
    }
    // A child element where the encoding allows none (or a second <DateTime>): the element is kept raw.
    f.spoiled = true;
    this.startRaw(local, start, null, false);
    this.track(f.kind === DATETIME_VALUE ? frames[frames.length - 2]! : f);
    this.rawTrack = true;
    this.noteNames(local, ns, qname, attrs, 1);
  }

  /** Start tracking the namespace use of a kept element (the raw element just started). */
  private noteRoot(local: string, ns: string, qname: string, attrs: XmlAttribute[] | null): void {
    this.rawTrack = true;
    this.rawNeed = null;
    this.rawDecl.length = 0;
    this.rawQname = qname;
    this.noteNames(local, ns, qname, attrs, 1);
  }

  /** Start tracking for a frame that is kept raw: its own tag (depth 0) and that of its `<DateTime>` (depth 1). */
  private track(f: Frame): void {
    if (f.tracked) return;
    f.tracked = true;
    this.rawNeed = null;
    this.rawDecl.length = 0;
    this.noteNames(f.seg, f.ns, f.qname, f.attrs, 0);
    if (f.dtTag !== null) {
      this.noteNames(f.dtTag[0], f.dtTag[1], f.dtTag[2], f.dtTag[3], 1);
      this.popDecl(0);
    }
  }

  /** Record the prefixes an element of kept content declares, then those it uses that come from outside. */
  private noteNames(local: string, ns: string, qname: string, attrs: XmlAttribute[] | null, depth: number): void {
    if (attrs !== null) {
      for (const a of attrs) if (a.ns === XMLNS_NS) this.rawDecl.push(depth, a.qname === 'xmlns' ? '' : a.local);
    }
    this.need(qname.length === local.length ? '' : qname.slice(0, qname.length - local.length - 1), ns);
    if (attrs !== null) {
      for (const a of attrs) {
        if (a.ns !== XMLNS_NS && a.ns !== '') this.need(a.qname.slice(0, a.qname.length - a.local.length - 1), a.ns);
      }
    }
  }

  private need(prefix: string, uri: string): void {
    if (prefix === 'xml' || (prefix === '' && uri === ICS2_NS)) return; // bound where the copy is written
    const d = this.rawDecl;
    for (let i = 1; i < d.length; i += 2) if (d[i] === prefix) return;
    (this.rawNeed ??= new Map()).set(prefix, uri);
  }

  /** Forget the declarations of elements deeper than `depth`. */
  private popDecl(depth: number): void {
    const d = this.rawDecl;
    while (d.length > 0 && (d[d.length - 2] as number) > depth) d.length -= 2;
  }

  /**
   * The kept copy of an element (`text`, a substring of the document; its name as written is `qname`): with the
   * namespace declarations it needs from its ancestors added to its start tag, so that it reads the same alone.
   */
  private copy(text: string, qname: string): string {
    const need = this.rawNeed;
    if (need === null) return text;
    this.rawNeed = null;
    let decls = '';
    for (const [p, uri] of need) decls += ` ${p === '' ? 'xmlns' : `xmlns:${p}`}="${uri.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;')}"`;
    const at = 1 + qname.length;
    return text.slice(0, at) + decls + text.slice(at);
  }

  private openRoot(local: string, ns: string, qname: string, attrs: XmlAttribute[] | null, start: number): void {
    this.rootName = qname;
    this.rootLocal = local;
    const meta = this.options.metaOf(local);
    if (meta === undefined || !this.options.wanted(meta.id)) {
      this.unwanted = meta !== undefined;
      this.startRaw(local, start, null, false);
      return;
    }
    this.meta = meta;
    this.docNs = ns;
    if (ns === '') {
      const decl = qname === local ? 'xmlns' : `xmlns:${qname.slice(0, qname.length - local.length - 1)}`;
      this.report('missing_namespace', [], `<${qname}> must declare ${decl}="${ICS2_NS}"`);
    } else if (ns !== ICS2_NS) {
      this.report('wrong_namespace', [], `<${qname}> is in namespace "${ns}", expected ${ICS2_NS}`);
    }
    const root = this.frame().init(GROUP, meta.root, planOf(meta.root), start, meta.id, -1, -1, null, 0);
    this.frames.push(root);
    if (attrs !== null) this.attributes(root, attrs);
  }

  /** Namespace declarations and schema location hints are not content; `value`/`currency` of an amount are. */
  private attributes(f: Frame, attrs: XmlAttribute[]): void {
    for (const a of attrs) {
      if (a.ns === XMLNS_NS) continue;
      if (a.ns === XSI_NS && (a.local === 'schemaLocation' || a.local === 'noNamespaceSchemaLocation')) continue;
      if (f.kind === AMOUNT && a.ns === '' && (a.local === 'value' || a.local === 'currency')) {
        (f.out ??= {})[a.local] = a.value;
        continue;
      }
      this.report('unknown_attribute', this.path(), `Attribute ${a.qname} is not allowed on <${f.node.name}>${f.kind === DATETIME_VALUE ? ' <DateTime>' : ''}`);
    }
  }

  private startRaw(name: string, start: number, after: string | null, keep: boolean): void {
    this.rawDepth = 1;
    this.rawTrack = false;
    this.rawKeep = keep;
    this.rawStart = start;
    this.rawName = name;
    this.rawAfter = after;
  }

  text(s: string): void {
    if (this.rawDepth > 0) return;
    const frames = this.frames;
    const f = frames[frames.length - 1];
    if (f === undefined) return;
    if (f.kind === TEXT || f.kind === DATETIME_VALUE || f.kind === DATETIME) {
      f.text = f.hasText ? f.text + s : s;
      f.hasText = true;
      return;
    }
    if (isBlank(s)) return;
    if (f.kind === AMOUNT) {
      f.spoiled = true;
      return;
    }
    const shown = JSON.stringify(s.length > 40 ? `${s.slice(0, 40)}…` : s);
    this.report('unexpected_text', this.path(), `<${f.node.name}> holds elements only, found text ${shown}`);
  }

  close(end: number): void {
    if (this.rawDepth > 0) {
      --this.rawDepth;
      if (this.rawTrack) this.popDecl(this.rawDepth);
      if (this.rawDepth === 0 && this.rawKeep) {
        const f = this.frames[this.frames.length - 1]!;
        const xml = this.copy(this.xml.slice(this.rawStart, end), this.rawQname);
        (f.unknown ??= []).push({ name: this.rawName, after: this.rawAfter, xml });
        this.unknownCount++;
      }
      return;
    }
    const frames = this.frames;
    const f = frames.pop()!;
    const parent = frames[frames.length - 1];
    let v: unknown;
    switch (f.kind) {
      case GROUP: {
        const out = f.out ?? {};
        if (f.unknown !== null) out.$unknown = f.unknown;
        if (parent === undefined) {
          this.value = out;
          return;
        }
        v = out;
        break;
      }
      case TEXT:
        v = f.text;
        break;
      case DATETIME_VALUE:
        parent!.dt = f.text;
        // An element inside <DateTime>: the whole dateTime element is kept raw.
        if (f.spoiled) parent!.spoiled = true;
        return;
      case DATETIME:
        if (f.dt !== undefined) {
          if (f.hasText && !isBlank(f.text)) f.spoiled = true;
          v = f.dt;
        } else {
          frames.push(f);
          this.report('missing_datetime_wrapper', this.path(), `<${f.node.name}> must wrap its value in <DateTime>`);
          frames.pop();
          v = f.text;
        }
        break;
      default:
        v = f.out ?? {};
    }
    const p = parent!;
    if (f.spoiled) {
      // Not representable in the model: kept raw, in its place among the siblings.
      p.lastIndex = f.prevIndex;
      p.lastName = f.prevName;
      p.lastCount = f.prevCount;
      this.track(f);
      (p.unknown ??= []).push({ name: f.seg, after: f.prevName, xml: this.copy(this.xml.slice(f.start, end), f.qname) });
      this.unknownCount++;
      return;
    }
    const out = (p.out ??= {});
    if (f.idx > 0) p.lastArr!.push(v);
    else if (f.idx === 0) out[f.seg] = p.lastArr = [v];
    else out[f.seg] = v;
  }
}

function isBlank(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c !== 0x20 && c !== 0x0a && c !== 0x09 && c !== 0x0d) return false;
  }
  return true;
}

/**
 * Read `xml` into the model of the message its root names, in one pass. Never throws on any input string
 * (a refusal comes back as `error`).
 */
export function readModel(xml: string, options: ReadModelOptions): ReadModel {
  const b = new ModelBuilder(xml, options);
  const error = scanXml(xml, b, { maxDepth: options.maxDepth });
  if (error !== undefined) return { error, issues: [], dropped: 0, unknown: 0 };
  const out: ReadModel = { issues: b.issues, dropped: b.dropped, unknown: b.unknownCount };
  if (b.rootName !== undefined) out.rootName = b.rootName;
  if (b.rootLocal !== undefined) out.rootLocal = b.rootLocal;
  if (b.meta !== undefined) out.meta = b.meta;
  if (b.unwanted) out.unwanted = true;
  if (b.value !== undefined) out.value = b.value;
  return out;
}
