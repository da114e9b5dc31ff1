/**
 * `fromXml`: read ICS2 STI XML into the message model, driven only by the element metadata. Hostile input is
 * refused by a pre-scan before parsing; anything the metadata does not know is reported, never dropped.
 */
import { XMLParser, XMLValidator } from 'fast-xml-parser';
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

/** Per message: the `a.b.c` paths (root included) of repeated elements (max > 1). */
const ARRAY_PATHS = new WeakMap<MessageMeta, Set<string>>();
function arrayPaths(meta: MessageMeta): Set<string> {
  let s = ARRAY_PATHS.get(meta);
  if (s === undefined) {
    s = new Set();
    const walk = (node: ElementMeta, prefix: string): void => {
      for (const c of node.children ?? []) {
        const p = `${prefix}.${c.name}`;
        if (c.max > 1) s!.add(p);
        if (c.encoding === 'group') walk(c, p);
      }
    };
    walk(meta.root, meta.root.name);
    ARRAY_PATHS.set(meta, s);
  }
  return s;
}

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

function isArray(tagName: string, jPath: unknown, _leaf: boolean, isAttribute: boolean): boolean {
  if (isAttribute || typeof jPath !== 'string') return false;
  const path = jPath.includes(':') ? jPath.split('.').map(localName).join('.') : jPath;
  const dot = path.indexOf('.');
  const root = dot === -1 ? path : path.slice(0, dot);
  if (!isMessageType(root)) return false;
  return arrayPaths(registry[root].meta).has(path);
}

/**
 * Parser options, decided: values stay strings (`parseTagValue: false`, so `010121` keeps its zero);
 * `trimValues: false` so leading/trailing whitespace round-trips exactly (whitespace between elements of a
 * pretty-printed document is ignored by the walk, other text in a group is `unexpected_text`);
 * `processEntities` + `htmlEntities` decode the five predefined entities and numeric character references
 * (`&#13;`, which toXml writes for CR) — the pre-scan has already refused DOCTYPEs, entity declarations and
 * every other (e.g. HTML) entity reference; repeated elements are arrays by metadata (`isArray`).
 */
const parser = new XMLParser({
  parseTagValue: false,
  parseAttributeValue: false,
  ignoreAttributes: false,
  attributeNamePrefix: ATTR,
  textNodeName: TEXT,
  trimValues: false,
  processEntities: true,
  htmlEntities: true,
  ignoreDeclaration: true,
  ignorePiTags: true,
  isArray,
});

interface Ctx {
  meta: MessageMeta;
  issues: Issue[];
  /** The root's namespace prefix (`''` for the default namespace). */
  prefix: string;
}

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
function checkAttribute(ctx: Ctx, key: string, v: unknown, path: ModelPath, where: string): void {
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

function checkText(ctx: Ctx, v: unknown, path: ModelPath, where: string): void {
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

function readGroup(ctx: Ctx, node: ElementMeta, v: unknown, path: ModelPath): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  if (!isRecord(v)) {
    checkText(ctx, v, path, node.name);
    return out;
  }
  const children = childMap(node);
  for (const key of Object.keys(v)) {
    const cv = v[key];
    if (key === TEXT) {
      checkText(ctx, cv, path, node.name);
      continue;
    }
    if (key.startsWith(ATTR)) {
      checkAttribute(ctx, key, cv, path, `<${node.name}>`);
      continue;
    }
    const name = childLocalName(ctx, key, path);
    if (name === undefined) continue;
    const c = children.get(name);
    path.push(name);
    if (c === undefined) {
      report(ctx, 'unknown_element', path, `<${name}> is not an element of <${node.name}> in ${ctx.meta.id}`);
    } else if (c.max > 1) {
      const items = Array.isArray(cv) ? cv : [cv];
      const arr: unknown[] = new Array(items.length);
      path.push(0);
      for (let j = 0; j < items.length; j++) {
        path[path.length - 1] = j;
        arr[j] = readElement(ctx, c, items[j], path);
      }
      path.pop();
      out[name] = arr;
    } else {
      let one = cv;
      if (Array.isArray(cv)) {
        report(
          ctx,
          'duplicate_element',
          path,
          `<${name}> occurs ${cv.length} times in <${node.name}>; at most once is allowed`,
        );
        one = cv[0];
      }
      out[name] = readElement(ctx, c, one, path);
    }
    path.pop();
  }
  return out;
}

/** Content of a simple element: its text, reporting attributes and child elements. */
function readText(ctx: Ctx, node: ElementMeta, v: unknown, path: ModelPath): string {
  if (typeof v === 'string') return v;
  if (!isRecord(v)) return '';
  for (const key of Object.keys(v)) {
    if (key === TEXT) continue;
    if (key.startsWith(ATTR)) checkAttribute(ctx, key, v[key], path, `<${node.name}>`);
    else {
      path.push(localName(key));
      report(ctx, 'unknown_element', path, `<${node.name}> holds text only, found <${key}>`);
      path.pop();
    }
  }
  const t = v[TEXT];
  return typeof t === 'string' ? t : '';
}

function readElement(ctx: Ctx, node: ElementMeta, v: unknown, path: ModelPath): unknown {
  switch (node.encoding) {
    case 'text':
      return readText(ctx, node, v, path);
    case 'dateTime': {
      if (!isRecord(v)) {
        report(ctx, 'missing_datetime_wrapper', path, `<${node.name}> must wrap its value in <DateTime>`);
        return typeof v === 'string' ? v : '';
      }
      let value: string | undefined;
      for (const key of Object.keys(v)) {
        const cv = v[key];
        if (key === TEXT) checkText(ctx, cv, path, node.name);
        else if (key.startsWith(ATTR)) checkAttribute(ctx, key, cv, path, `<${node.name}>`);
        else if (childLocalName(ctx, key, path) === 'DateTime') {
          value = readText(ctx, { ...node, name: 'DateTime' }, Array.isArray(cv) ? cv[0] : cv, path);
          if (Array.isArray(cv))
            report(ctx, 'duplicate_element', path, `<DateTime> occurs ${cv.length} times in <${node.name}>`);
        } else if (childLocalName(ctx, key, []) !== undefined) {
          path.push(localName(key));
          report(ctx, 'unknown_element', path, `<${node.name}> holds one <DateTime> only, found <${key}>`);
          path.pop();
        }
      }
      if (value === undefined) {
        report(ctx, 'missing_datetime_wrapper', path, `<${node.name}> must wrap its value in <DateTime>`);
        return '';
      }
      return value;
    }
    case 'amount': {
      const out: Record<string, unknown> = {};
      if (!isRecord(v)) {
        checkText(ctx, v, path, node.name);
        return out;
      }
      for (const key of Object.keys(v)) {
        const cv = v[key];
        if (key === '@_value') out.value = cv;
        else if (key === '@_currency') out.currency = cv;
        else if (key === TEXT) checkText(ctx, cv, path, node.name);
        else if (key.startsWith(ATTR)) checkAttribute(ctx, key, cv, path, `<${node.name}>`);
        else {
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
      return out;
    }
    default:
      return readGroup(ctx, node, v, path);
  }
}

function syntaxIssue(xml: string): Issue | undefined {
  const r = XMLValidator.validate(xml, { allowBooleanAttributes: false });
  if (r === true) return undefined;
  const e = r.err;
  return issue(
    'xml_syntax',
    [],
    '',
    `XML is not well-formed: ${e.msg} (${e.code}), at line ${e.line}, column ${e.col}`,
  );
}

function fail(issues: Issue[]): FromXmlResult {
  return { ok: false, issues };
}

/**
 * Read an ICS2 XML message (any of the 84) into the model. Steps: `prescanXml` (size, depth, DOCTYPE,
 * entities; default limits 10 MiB and 64 levels), a well-formedness check (`xml_syntax`), parsing with
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
    const scan = prescanXml(xml, options.limits);
    if (!scan.ok) return fail(scan.issues);
    const syntax = syntaxIssue(xml);
    if (syntax) return fail([syntax]);
    const doc: unknown = parser.parse(xml);
    const roots = isRecord(doc) ? Object.keys(doc) : [];
    if (roots.length !== 1 || !isRecord(doc)) {
      return fail([issue('xml_syntax', [], '', `Expected exactly one root element, found ${roots.length}`)]);
    }
    const rootName = roots[0]!;
    const local = localName(rootName);
    if (!isMessageType(local)) {
      return fail([
        issue('unknown_root', [], `/${local}`, `<${rootName}> is not one of the 84 ICS2 messages`),
      ]);
    }
    const messageType = local;
    const meta = registry[messageType].meta;
    const prefix = rootName.includes(':') ? rootName.slice(0, rootName.indexOf(':')) : '';
    const ctx: Ctx = { meta, issues: [], prefix };
    const expect = options.expect;
    if (expect !== undefined && !(typeof expect === 'string' ? [expect] : expect).includes(messageType)) {
      report(ctx, 'unexpected_root', [], `Expected ${[expect].flat().join(' or ')}, got ${messageType}`);
    }
    const rootValue = doc[rootName];
    const attrs = isRecord(rootValue) ? rootValue : {};
    const nsAttr = `${ATTR}${prefix === '' ? 'xmlns' : `xmlns:${prefix}`}`;
    const ns = attrs[nsAttr];
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
    const body: unknown = isRecord(rootValue)
      ? Object.fromEntries(Object.entries(rootValue).filter(([k]) => k !== nsAttr))
      : rootValue;
    const value = readGroup(ctx, meta.root, body, []) as unknown as Message<MessageType>;
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
