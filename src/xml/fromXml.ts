/**
 * `fromXml`: read ICS2 STI XML into the message model, driven only by the element metadata. Hostile input is
 * refused by a pre-scan before parsing; anything the metadata does not know is reported, never dropped.
 */
import { XMLParser } from 'fast-xml-parser';
import { issue, type Issue, type ModelPath } from '../core/issue';
import type { ElementMeta, MessageMeta } from '../core/meta';
import { pointerFor } from '../core/pointer';
import type { MessageType } from '../generated/catalogue';
import { registry } from '../generated/registry';
import { validate, type Message, type ValidateOptions } from '../validate';
import { prescanXml, type XmlLimits } from './safety';
import { ICS2_NAMESPACE } from './toXml';

/** Options of {@link fromXml}. */
export interface FromXmlOptions {
  /** Validate the model read (default `true`); its issues are returned and decide `ok`. */
  validate?: boolean;
  /** Options passed to `validate()` (e.g. `{ rules: false }`). */
  validateOptions?: ValidateOptions;
  /** Limits of the pre-scan (default `DEFAULT_XML_LIMITS`: 10 MiB, 64 levels). */
  limits?: Partial<XmlLimits>;
  /** The message type(s) expected: another root gives `unexpected_root`. */
  expect?: MessageType | readonly MessageType[];
}

/** Result of {@link fromXml}. `ok` is true when no issue is an error. */
export interface FromXmlResult {
  ok: boolean;
  /** The root element's message type, when it is one of the 84 messages. */
  messageType?: MessageType;
  /** The model read (also when `ok` is false, as far as it could be read), when the root is known. */
  value?: Message<MessageType>;
  issues: Issue[];
}

const ATTR = '@_';
const TEXT = '#text';

const CHILDREN = new WeakMap<ElementMeta, Map<string, ElementMeta>>();
function childMap(node: ElementMeta): Map<string, ElementMeta> {
  let m = CHILDREN.get(node);
  if (m === undefined) CHILDREN.set(node, (m = new Map((node.children ?? []).map((c) => [c.name, c]))));
  return m;
}

const localName = (name: string): string => {
  const i = name.indexOf(':');
  return i === -1 ? name : name.slice(i + 1);
};
const has = (o: object, k: string): boolean => Object.prototype.hasOwnProperty.call(o, k);
const isMessageType = (t: string): t is MessageType => has(registry, t);

/**
 * Parser options, decided: values stay strings (`parseTagValue: false`, so `010121` keeps its zero);
 * `trimValues: false` so leading/trailing whitespace round-trips exactly (whitespace between elements of a
 * pretty-printed document is ignored by the walk, other text in a group is `unexpected_text`). The parser's
 * ordered output is read directly (`preserveOrder: true` skips its conversion to objects, about a quarter of
 * its time), so repeated elements are grouped by the walk, which decides by the metadata (`max > 1`: always
 * an array); no `isArray` callback, and `jPath: false` so that no path string is built per element. The
 * defaults `stopNodes: []` and `unpairedTags: []` are kept (no element is read raw or unpaired). Entities are not
 * processed by the parser (`processEntities: false`): the pre-scan has already refused DOCTYPEs, entity
 * declarations and every reference other than the five predefined entities and numeric character references,
 * and the walk decodes those itself ({@link decodeReferences}) in the values that contain `&`. CDATA sections
 * must not be decoded, and the parser joins them with the text around them, so a document with a CDATA section
 * is read by a second parser that decodes the references itself (`processEntities` + `htmlEntities` for the
 * numeric ones, such as `&#13;` that toXml writes for CR).
 */
const OPTIONS = {
  parseTagValue: false,
  parseAttributeValue: false,
  ignoreAttributes: false,
  attributeNamePrefix: ATTR,
  textNodeName: TEXT,
  trimValues: false,
  ignoreDeclaration: true,
  ignorePiTags: true,
  jPath: false,
  preserveOrder: true,
} as const;
const parser = new XMLParser({ ...OPTIONS, processEntities: false, htmlEntities: false });
const decodingParser = new XMLParser({ ...OPTIONS, processEntities: true, htmlEntities: true });

const REFERENCE = /&(?:(amp)|(lt)|(gt)|(quot)|(apos)|#([0-9]+)|#x([0-9a-fA-F]+));/g;
const PREDEFINED = ['&', '<', '>', '"', "'"] as const;

/**
 * Decode the five predefined entities and numeric character references, in one pass (`&amp;lt;` gives
 * `&lt;`). The pre-scan guarantees there are no others and that every reference is to an allowed character.
 */
function decodeReferences(s: string): string {
  if (!s.includes('&')) return s;
  return s.replace(REFERENCE, (m, ...g: (string | undefined)[]) => {
    for (let k = 0; k < 5; k++) if (g[k] !== undefined) return PREDEFINED[k]!;
    const cp = g[5] !== undefined ? parseInt(g[5], 10) : parseInt(g[6] ?? '', 16);
    return Number.isFinite(cp) && cp <= 0x10ffff ? String.fromCodePoint(cp) : m;
  });
}

const XSI_NAMESPACE = 'http://www.w3.org/2001/XMLSchema-instance';
/** Schema location hints a sender may put on the root; they do not change the message. */
const SCHEMA_HINTS = new Set(['schemaLocation', 'noNamespaceSchemaLocation']);

interface Ctx {
  meta: MessageMeta;
  /** Decode references in values (the parser did not). */
  decode: boolean;
  issues: Issue[];
  /** The root's namespace prefix (`''` for the default namespace). */
  prefix: string;
}

/** A value as the document means it: references decoded when the parser did not. */
const decoded = (ctx: Ctx, v: unknown): unknown =>
  ctx.decode && typeof v === 'string' ? decodeReferences(v) : v;

function report(ctx: Ctx, code: string, path: ModelPath, message: string): void {
  ctx.issues.push(issue(code, path.slice(), pointerFor(ctx.meta, path), message));
}

/** The local name of a child element, or `undefined` (reported) when it is in another namespace. */
function childLocalName(ctx: Ctx, name: string, path: ModelPath): string | undefined {
  const i = name.indexOf(':');
  const prefix = i === -1 ? '' : name.slice(0, i);
  if (prefix === ctx.prefix) return i === -1 ? name : name.slice(i + 1);
  path.push(name);
  report(
    ctx,
    'wrong_namespace',
    path,
    `<${name}> is not in the namespace ${ICS2_NAMESPACE} of the root element`,
  );
  path.pop();
  return undefined;
}

/** Report attributes other than a redundant declaration of the ICS2 namespace. */
function checkAttribute(ctx: Ctx, key: string, raw: unknown, path: ModelPath, where: string): void {
  const v = decoded(ctx, raw);
  const name = key.slice(ATTR.length);
  if (name === 'xmlns' || name.startsWith('xmlns:')) {
    if (v === ICS2_NAMESPACE && (name === 'xmlns' ? ctx.prefix === '' : name.slice(6) === ctx.prefix)) return;
    report(
      ctx,
      'wrong_namespace',
      path,
      `Namespace declaration ${name}="${String(v)}" on ${where} is not allowed: ICS2 elements are in ${ICS2_NAMESPACE}`,
    );
    return;
  }
  path.push(`@${name}`);
  report(ctx, 'unknown_attribute', path, `Attribute ${name} is not allowed on ${where}`);
  path.pop();
}

function checkText(ctx: Ctx, raw: unknown, path: ModelPath, where: string): void {
  const v = decoded(ctx, raw);
  if (typeof v === 'string' && v.trim() !== '') {
    report(
      ctx,
      'unexpected_text',
      path,
      `<${where}> holds elements only, found text ${JSON.stringify(v.length > 40 ? `${v.slice(0, 40)}…` : v)}`,
    );
  }
}

const isRecord = (v: unknown): v is Record<string, unknown> =>
  v !== null && typeof v === 'object' && !Array.isArray(v);

/**
 * The parser's ordered output (`preserveOrder: true`): an element is `{ [name]: Node[], ':@'?: attributes }`,
 * a text node `{ '#text': string }`. Reading it directly skips the parser's own conversion to objects.
 */
type Node = Record<string, unknown>;
type Attrs = Record<string, unknown>;
const ATTRS = ':@';

/** The name of an element node (its first key), or `#text`. */
function nodeName(n: Node): string {
  for (const k in n) return k;
  return '';
}
const kidsOf = (n: Node, name: string): Node[] => {
  const k = n[name];
  return Array.isArray(k) ? (k as Node[]) : [];
};
const attrsOf = (n: Node): Attrs | undefined => {
  const a = n[ATTRS];
  return isRecord(a) ? a : undefined;
};

/** The content of an element: its text (the text nodes joined) and its child elements by name, in order. */
interface Content {
  text: string | undefined;
  elements: Map<string, Node[]> | undefined;
}
function contentOf(kids: Node[]): Content {
  let text: string | undefined;
  let elements: Map<string, Node[]> | undefined;
  for (const n of kids) {
    const name = nodeName(n);
    if (name === TEXT) {
      const t = String(n[TEXT]);
      text = text === undefined ? t : text + t;
    } else {
      elements ??= new Map();
      const same = elements.get(name);
      if (same === undefined) elements.set(name, [n]);
      else same.push(n);
    }
  }
  return { text, elements };
}

function checkAttributes(ctx: Ctx, attrs: Attrs | undefined, path: ModelPath, where: string): void {
  if (attrs !== undefined) for (const key in attrs) checkAttribute(ctx, key, attrs[key], path, where);
}

function readGroup(ctx: Ctx, node: ElementMeta, kids: Node[], attrs: Attrs | undefined, path: ModelPath) {
  const out: Record<string, unknown> = {};
  const { text, elements } = contentOf(kids);
  const children = childMap(node);
  if (elements !== undefined) {
    for (const [key, items] of elements) {
      const name = childLocalName(ctx, key, path);
      if (name === undefined) continue;
      const c = children.get(name);
      path.push(name);
      if (c === undefined) {
        report(
          ctx,
          'unknown_element',
          path,
          `<${name}> is not an element of <${node.name}> in ${ctx.meta.id}`,
        );
      } else if (c.max > 1) {
        const arr: unknown[] = new Array(items.length);
        path.push(0);
        for (let j = 0; j < items.length; j++) {
          path[path.length - 1] = j;
          const item = items[j]!;
          arr[j] = readElement(ctx, c, kidsOf(item, key), attrsOf(item), path);
        }
        path.pop();
        out[name] = arr;
      } else {
        if (items.length > 1) {
          report(
            ctx,
            'duplicate_element',
            path,
            `<${name}> occurs ${items.length} times in <${node.name}>; at most once is allowed`,
          );
        }
        const item = items[0]!;
        out[name] = readElement(ctx, c, kidsOf(item, key), attrsOf(item), path);
      }
      path.pop();
    }
  }
  if (text !== undefined) checkText(ctx, text, path, node.name);
  checkAttributes(ctx, attrs, path, `<${node.name}>`);
  return out;
}

/** Content of a simple element: its text, reporting attributes and child elements. */
function readText(ctx: Ctx, name: string, kids: Node[], attrs: Attrs | undefined, path: ModelPath): string {
  if (attrs === undefined && kids.length <= 1) {
    // The usual case, without building a Content: no attributes, one text node or none.
    const only = kids[0];
    if (only === undefined) return '';
    const t = only[TEXT];
    if (typeof t === 'string' && nodeName(only) === TEXT) return ctx.decode ? decodeReferences(t) : t;
  }
  const { text, elements } = contentOf(kids);
  if (elements !== undefined) {
    for (const key of elements.keys()) {
      path.push(localName(key));
      report(ctx, 'unknown_element', path, `<${name}> holds text only, found <${key}>`);
      path.pop();
    }
  }
  checkAttributes(ctx, attrs, path, `<${name}>`);
  return text === undefined ? '' : ctx.decode ? decodeReferences(text) : text;
}

function readDateTime(ctx: Ctx, node: ElementMeta, kids: Node[], attrs: Attrs | undefined, path: ModelPath) {
  const { text, elements } = contentOf(kids);
  if (elements === undefined && attrs === undefined) {
    report(ctx, 'missing_datetime_wrapper', path, `<${node.name}> must wrap its value in <DateTime>`);
    return text === undefined ? '' : (decoded(ctx, text) as string);
  }
  let value: string | undefined;
  if (elements !== undefined) {
    for (const [key, items] of elements) {
      if (childLocalName(ctx, key, path) === 'DateTime') {
        const first = items[0]!;
        value = readText(ctx, 'DateTime', kidsOf(first, key), attrsOf(first), path);
        if (items.length > 1)
          report(ctx, 'duplicate_element', path, `<DateTime> occurs ${items.length} times in <${node.name}>`);
      } else if (childLocalName(ctx, key, []) !== undefined) {
        path.push(localName(key));
        report(ctx, 'unknown_element', path, `<${node.name}> holds one <DateTime> only, found <${key}>`);
        path.pop();
      }
    }
  }
  if (text !== undefined) checkText(ctx, text, path, node.name);
  checkAttributes(ctx, attrs, path, `<${node.name}>`);
  if (value === undefined) {
    report(ctx, 'missing_datetime_wrapper', path, `<${node.name}> must wrap its value in <DateTime>`);
    return '';
  }
  return value;
}

function readAmount(ctx: Ctx, node: ElementMeta, kids: Node[], attrs: Attrs | undefined, path: ModelPath) {
  const out: Record<string, unknown> = {};
  const { text, elements } = kids.length === 0 ? { text: undefined, elements: undefined } : contentOf(kids);
  if (elements !== undefined) {
    for (const key of elements.keys()) {
      path.push(localName(key));
      report(
        ctx,
        'unknown_element',
        path,
        `<${node.name}> carries value and currency attributes only, found <${key}>`,
      );
      path.pop();
    }
  }
  if (text !== undefined) checkText(ctx, text, path, node.name);
  if (attrs !== undefined) {
    for (const key in attrs) {
      const v = attrs[key];
      if (key === '@_value') out.value = decoded(ctx, v);
      else if (key === '@_currency') out.currency = decoded(ctx, v);
      else checkAttribute(ctx, key, v, path, `<${node.name}>`);
    }
  }
  return out;
}

function readElement(
  ctx: Ctx,
  node: ElementMeta,
  kids: Node[],
  attrs: Attrs | undefined,
  path: ModelPath,
): unknown {
  switch (node.encoding) {
    case 'text':
      return readText(ctx, node.name, kids, attrs, path);
    case 'dateTime':
      return readDateTime(ctx, node, kids, attrs, path);
    case 'amount':
      return readAmount(ctx, node, kids, attrs, path);
    default:
      return readGroup(ctx, node, kids, attrs, path);
  }
}

function fail(issues: Issue[]): FromXmlResult {
  return { ok: false, issues };
}

/**
 * Read an ICS2 XML message (any of the 84) into the model. Steps: `prescanXml` (size, depth, DOCTYPE,
 * entities, and well-formedness: `xml_syntax`; default limits 10 MiB and 64 levels), parsing with
 * fast-xml-parser (values kept as strings exactly, whitespace included: `trimValues: false`; the five
 * predefined entities and numeric character references decoded), then a walk over the metadata: `<DateTime>`
 * unwrapped, amount attributes read, repeated elements always arrays. Reported, never dropped:
 * `unknown_root`, `unexpected_root`, `missing_namespace`, `wrong_namespace`, `unknown_element`,
 * `unknown_attribute`, `unexpected_text`, `duplicate_element`, `missing_datetime_wrapper`. Then the model is
 * validated (option `validate: false` skips it). Element order is not checked (the model has none).
 * Never throws.
 *
 * @example
 * ```ts
 * import { fromXml } from 'ics2/xml';
 * const r = fromXml(xmlString);
 * if (r.ok && r.messageType === 'IE3N99') console.log(r.value);
 * else for (const i of r.issues) console.log(i.code, i.pointer, i.message);
 * ```
 */
export function fromXml(xml: string, options: FromXmlOptions = {}): FromXmlResult {
  try {
    const scan = prescanXml(xml, options.limits, { wellFormed: true });
    if (!scan.ok) return fail(scan.issues);
    const decode = !xml.includes('<![CDATA[');
    const doc: unknown = (decode ? parser : decodingParser).parse(xml);
    const top = Array.isArray(doc) ? (doc as Node[]).filter((n) => isRecord(n) && nodeName(n) !== TEXT) : [];
    if (top.length !== 1) {
      return fail([issue('xml_syntax', [], '', `Expected exactly one root element, found ${top.length}`)]);
    }
    const rootNode = top[0]!;
    const rootName = nodeName(rootNode);
    const local = localName(rootName);
    if (!isMessageType(local)) {
      return fail([
        issue('unknown_root', [], `/${local}`, `<${rootName}> is not one of the 84 ICS2 messages`),
      ]);
    }
    const messageType = local;
    const meta = registry[messageType].meta;
    const prefix = rootName.includes(':') ? rootName.slice(0, rootName.indexOf(':')) : '';
    const ctx: Ctx = { meta, decode, issues: [], prefix };
    const expect = options.expect;
    if (expect !== undefined && !(typeof expect === 'string' ? [expect] : expect).includes(messageType)) {
      report(ctx, 'unexpected_root', [], `Expected ${[expect].flat().join(' or ')}, got ${messageType}`);
    }
    const attrs = attrsOf(rootNode) ?? {};
    const nsAttr = `${ATTR}${prefix === '' ? 'xmlns' : `xmlns:${prefix}`}`;
    const ns = decoded(ctx, attrs[nsAttr]);
    if (ns === undefined) {
      report(
        ctx,
        'missing_namespace',
        [],
        `<${rootName}> must declare ${prefix === '' ? 'xmlns' : `xmlns:${prefix}`}="${ICS2_NAMESPACE}"`,
      );
    } else if (ns !== ICS2_NAMESPACE) {
      report(
        ctx,
        'wrong_namespace',
        [],
        `<${rootName}> is in namespace "${String(ns)}", expected ${ICS2_NAMESPACE}`,
      );
    }
    // Real traffic declares the XML Schema instance namespace and names the schema on the root
    // (`xsi:schemaLocation`); other namespace declarations are harmless as long as no element uses them (an
    // element in another namespace is reported where it stands).
    const xsiPrefixes = new Set(
      Object.entries(attrs)
        .filter(([k, v]) => k.startsWith(`${ATTR}xmlns:`) && decoded(ctx, v) === XSI_NAMESPACE)
        .map(([k]) => k.slice(ATTR.length + 6)),
    );
    const harmless = (k: string): boolean => {
      const name = k.slice(ATTR.length);
      if (name.startsWith('xmlns:'))
        return name.slice(6) !== prefix && decoded(ctx, attrs[k]) !== ICS2_NAMESPACE;
      const colon = name.indexOf(':');
      return colon > 0 && xsiPrefixes.has(name.slice(0, colon)) && SCHEMA_HINTS.has(name.slice(colon + 1));
    };
    const otherAttrs = Object.fromEntries(
      Object.entries(attrs).filter(([k]) => k !== nsAttr && !harmless(k)),
    );
    const value = readGroup(
      ctx,
      meta.root,
      kidsOf(rootNode, rootName),
      Object.keys(otherAttrs).length > 0 ? otherAttrs : undefined,
      [],
    ) as unknown as Message<MessageType>;
    const issues = ctx.issues;
    if (options.validate !== false) {
      const r = validate(messageType, value, options.validateOptions);
      if (!r.ok || r.issues) issues.push(...(r.issues ?? []));
    }
    return { ok: !issues.some((i) => i.severity === 'error'), messageType, value, issues };
  } catch (e) {
    return fail([
      issue('xml_syntax', [], '', `XML could not be parsed: ${e instanceof Error ? e.message : String(e)}`),
    ]);
  }
}
