/**
 * `fromXml`: read ICS2 STI XML into the message model with the one reader of `ics2` (src/xml/reader): a single
 * pass that checks well-formedness, enforces the safety limits and builds the model from the element metadata.
 * Anything the metadata cannot place is kept in `$unknown`, never dropped.
 */
import { issue, type Issue } from '../core/issue';
import type { MessageMeta } from '../core/meta';
import type { MessageType } from '../generated/catalogue';
import { registry } from '../generated/registry';
import { validate, type Message, type ValidateOptions } from '../validate';
import { readModel } from './reader/model';
import { DEFAULT_XML_LIMITS, type XmlLimits } from './safety';
import { allUnknownIssues } from './unknown';

/** Options of {@link fromXml}. */
export interface FromXmlOptions {
  /** Validate the model read (default `true`); its issues are returned and decide `ok`. */
  validate?: boolean;
  /**
   * Options passed to `validate()` (e.g. `{ rules: false }`). Customs answers (direction `c2t`) are never
   * checked against trader rules, whatever this says.
   */
  validateOptions?: ValidateOptions;
  /** Limits of the reader (default `DEFAULT_XML_LIMITS`: 10 MiB, 64 levels). */
  limits?: Partial<XmlLimits>;
  /** The message type(s) expected: a document of another type is refused (`unexpected_root`), not read. */
  expect?: MessageType | readonly MessageType[];
  /**
   * Most issues returned (default 1000); when more are found, the last issue is `too_many_issues`, saying
   * how many were left out.
   */
  maxIssues?: number;
}

/**
 * A message read: `messageType` tells which, and narrows `value`. `ok` is true when no issue is an error.
 *
 * @example
 * ```ts
 * const r: FromXmlRead<'IE3R01'> = { ok: true, messageType: 'IE3R01', value: r01, issues: [] };
 * ```
 */
export type FromXmlRead<K extends MessageType> = {
  [T in K]: {
    ok: boolean;
    /** The root element's message type. */
    messageType: T;
    /**
     * The model read. When `ok` is false it may not conform to `Message<T>` (it holds what the document
     * held, as far as it could be read); elements that could not be placed are in `$unknown` entries.
     */
    value: Message<T>;
    issues: Issue[];
  };
}[K];

/**
 * Nothing read: the input is not a well-formed, safe ICS2 message of an expected type.
 *
 * @example
 * ```ts
 * const r = fromXml('<!DOCTYPE x><x/>'); // { ok: false, issues: [{ code: 'xml_doctype', ... }] }
 * ```
 */
export interface FromXmlRefused {
  ok: false;
  messageType?: undefined;
  value?: undefined;
  issues: Issue[];
}

/**
 * Result of {@link fromXml}: discriminated by `messageType` (and `ok`), so that
 * `if (r.ok && r.messageType === 'IE3R01') r.value.MRN` compiles. With `expect`, `K` is the expected types.
 *
 * @example
 * ```ts
 * import { fromXml, type FromXmlResult } from 'ics2/xml';
 * const r: FromXmlResult<'IE3R01' | 'IE3N99'> = fromXml(xml, { expect: ['IE3R01', 'IE3N99'] });
 * if (r.ok && r.messageType === 'IE3R01') console.log(r.value.MRN);
 * ```
 */
export type FromXmlResult<K extends MessageType = MessageType> =
  | (FromXmlRead<K> & { ok: true })
  | FromXmlRead<K>
  | FromXmlRefused;

const has = (o: object, k: string): boolean => Object.prototype.hasOwnProperty.call(o, k);
const isMessageType = (t: unknown): t is MessageType => typeof t === 'string' && has(registry, t);

/** UTF-8 length of `s`, stopping early once it exceeds `stopAbove`. A surrogate unit counts 2 bytes. */
function utf8Length(s: string, stopAbove: number): number {
  let bytes = 0;
  for (let i = 0; i < s.length && bytes <= stopAbove; i++) {
    const c = s.charCodeAt(i);
    bytes += c < 0x80 ? 1 : c < 0x800 || (c >= 0xd800 && c <= 0xdfff) ? 2 : 3;
  }
  return bytes;
}

const refused = (issues: Issue[]): FromXmlRefused => ({ ok: false, issues });
const badOptions = (path: string[], message: string): FromXmlRefused =>
  refused([issue('bad_options', path, '', message)]);

/**
 * Issues capped at `max`, with a final `too_many_issues` saying how many were left out.
 *
 * @example
 * ```ts
 * const list = new IssueList(1000);
 * list.addAll(more);
 * return list.done();
 * ```
 */
export class IssueList {
  readonly issues: Issue[] = [];
  dropped = 0;
  constructor(private readonly max: number) {}
  add(i: Issue): void {
    if (this.issues.length < this.max) this.issues.push(i);
    else this.dropped++;
  }
  addAll(list: readonly Issue[]): void {
    for (let k = 0; k < list.length; k++) this.add(list[k]!);
  }
  done(): Issue[] {
    if (this.dropped > 0) {
      this.issues.push(
        issue('too_many_issues', [], '', `${this.dropped} more issue(s) left out (at most ${this.max} are reported)`, {
          severity: this.issues.some((i) => i.severity === 'error') ? 'error' : 'warning',
        }),
      );
      this.dropped = 0;
    }
    return this.issues;
  }
}

const DEFAULT_MAX_ISSUES = 1000;

interface Checked {
  maxBytes: number;
  maxDepth: number;
  maxIssues: number;
  expect: readonly MessageType[] | undefined;
}

function checkOptions(options: unknown): Checked | FromXmlRefused {
  if (options === undefined) {
    return { ...DEFAULT_XML_LIMITS, maxIssues: DEFAULT_MAX_ISSUES, expect: undefined };
  }
  if (options === null || typeof options !== 'object' || Array.isArray(options)) {
    return badOptions([], `fromXml options must be an object, got ${options === null ? 'null' : Array.isArray(options) ? 'an array' : typeof options}`);
  }
  const o = options as FromXmlOptions;
  const limits: unknown = o.limits;
  if (limits !== undefined && (limits === null || typeof limits !== 'object')) {
    return badOptions(['limits'], `limits must be an object, got ${limits === null ? 'null' : typeof limits}`);
  }
  const l = (limits ?? {}) as Partial<XmlLimits>;
  const maxBytes = l.maxBytes ?? DEFAULT_XML_LIMITS.maxBytes;
  const maxDepth = l.maxDepth ?? DEFAULT_XML_LIMITS.maxDepth;
  const bad: Issue[] = [];
  for (const [name, v, min] of [['maxBytes', maxBytes, 0], ['maxDepth', maxDepth, 1]] as const) {
    if (!(typeof v === 'number' && Number.isSafeInteger(v) && v >= min)) {
      bad.push(issue('bad_limit', [name], '', `${name} must be an integer of at least ${min}, got ${String(v)}`));
    }
  }
  if (bad.length > 0) return refused(bad);
  const maxIssues = o.maxIssues ?? DEFAULT_MAX_ISSUES;
  if (!(typeof maxIssues === 'number' && Number.isSafeInteger(maxIssues) && maxIssues >= 1)) {
    return badOptions(['maxIssues'], `maxIssues must be an integer of at least 1, got ${String(maxIssues)}`);
  }
  let expect: readonly MessageType[] | undefined;
  if (o.expect !== undefined) {
    const list: unknown[] = typeof o.expect === 'string' ? [o.expect] : Array.isArray(o.expect) ? [...(o.expect as unknown[])] : [o.expect];
    const wrong = list.find((t) => !isMessageType(t));
    if (wrong !== undefined || list.length === 0) {
      return badOptions(['expect'], `expect must be one or more of the 84 message types, got ${wrong === undefined ? 'none' : JSON.stringify(wrong)}`);
    }
    expect = list as MessageType[];
  }
  if (o.validate !== undefined && typeof o.validate !== 'boolean') {
    return badOptions(['validate'], `validate must be a boolean, got ${typeof o.validate}`);
  }
  if (o.validateOptions !== undefined && (o.validateOptions === null || typeof o.validateOptions !== 'object')) {
    return badOptions(['validateOptions'], 'validateOptions must be an object');
  }
  return { maxBytes, maxDepth, maxIssues, expect };
}

/** A customs answer: its structure issues are warnings, and no trader rule runs on it. */
const lenient = (meta: MessageMeta): boolean => meta.direction === 'c2t';
const asWarning = (i: Issue): Issue => (i.severity === 'warning' ? i : { ...i, severity: 'warning' });

/**
 * Read an ICS2 XML message (any of the 84) into the model, with the one reader of `ics2`, in a single pass:
 * - refused (`ok: false`, no value): not a string (`not_a_string`); over `limits.maxBytes` UTF-8 bytes
 *   (`xml_too_large`, 10 MiB by default: a longer string in O(1)) or nested deeper than `limits.maxDepth`
 *   (`xml_too_deep`, 64); a DOCTYPE or markup declaration (`xml_doctype`); an entity declaration or a
 *   reference other than `&amp; &lt; &gt; &quot; &apos;` and character references (`xml_entity`); a
 *   reference to a character XML 1.0 does not allow (`xml_char_ref`, e.g. `&#0;`); such a character itself
 *   (`xml_illegal_char`); an XML declaration with another version or encoding than 1.0 and UTF-8
 *   (`xml_declaration`); anything not well-formed (`xml_syntax`, `xml_unterminated`, `xml_namespace` for
 *   Namespaces in XML); an unknown root (`unknown_root`); a root that is not expected (`unexpected_root`);
 *   bad options (`bad_options`, `bad_limit`).
 * - read: values exactly as strings (white space kept, references decoded, line ends normalised as XML
 *   does), `<DateTime>` unwrapped, amount attributes read, repeated elements always arrays, namespaces
 *   resolved (`<ics:IE3R01 xmlns:ics="urn:wco:datamodel:eu:ics2:2">` is the same document as the
 *   unprefixed one; `xsi:schemaLocation` allowed). Elements that cannot be placed (unknown, out of order,
 *   beyond the maximum, content that does not fit, another namespace) are kept raw in the `$unknown` entries
 *   of their group ({@link UnknownElement}), reported as `unknown_element`. Also reported: `missing_namespace`,
 *   `wrong_namespace`, `unknown_attribute`, `unexpected_text`, `missing_datetime_wrapper`.
 * - then validated (option `validate: false` skips it). A customs answer (direction `c2t`) is read
 *   leniently: its structure issues are warnings and no trader rule runs.
 *
 * Issues are capped (`maxIssues`, 1000) with a final `too_many_issues`. Never throws.
 *
 * @example
 * ```ts
 * import { fromXml } from 'ics2/xml';
 * const r = fromXml(xmlString, { expect: ['IE3R01', 'IE3N99'] });
 * if (r.ok && r.messageType === 'IE3R01') console.log(r.value.MRN);
 * else for (const i of r.issues) console.log(i.code, i.pointer, i.message);
 * ```
 */
export function fromXml<const K extends MessageType>(
  xml: string,
  options: FromXmlOptions & { expect: K | readonly K[] },
): FromXmlResult<K>;
export function fromXml(xml: string, options?: FromXmlOptions): FromXmlResult;
export function fromXml(xml: string, options?: FromXmlOptions): FromXmlResult {
  try {
    if (typeof xml !== 'string') {
      return refused([issue('not_a_string', [], '', `XML input must be a string, got ${xml === null ? 'null' : typeof xml}`)]);
    }
    const o = checkOptions(options);
    if ('issues' in o) return o;
    const n = xml.length;
    if (n > o.maxBytes || (n * 3 > o.maxBytes && utf8Length(xml, o.maxBytes) > o.maxBytes)) {
      return refused([issue('xml_too_large', [], '', `XML input is over the limit of ${o.maxBytes} bytes (UTF-8)`)]);
    }
    const expect = o.expect;
    const r = readModel(xml, {
      maxDepth: o.maxDepth,
      maxIssues: o.maxIssues,
      metaOf: (local) => (isMessageType(local) ? (registry[local].meta as MessageMeta) : undefined),
      wanted: (id) => expect === undefined || expect.includes(id as MessageType),
    });
    if (r.error !== undefined) {
      const issues = [issue(r.error.code, [], '', r.error.message)];
      for (const code of r.error.also ?? []) issues.push(issue(code, [], '', `${code}: found while refusing the document`));
      return refused(issues);
    }
    if (r.meta === undefined || r.value === undefined) {
      const local = r.rootLocal ?? '';
      if (r.unwanted) {
        return refused([
          issue('unexpected_root', [], `/${local}`, `Expected ${(expect ?? []).join(' or ')}, got ${local}: the document is not read`),
        ]);
      }
      return refused([issue('unknown_root', [], `/${local}`, `<${r.rootName ?? ''}> is not one of the 84 ICS2 messages`)]);
    }
    const meta = r.meta;
    const messageType = meta.id as MessageType;
    const value = r.value;
    const list = new IssueList(o.maxIssues);
    list.addAll(r.issues);
    list.dropped += r.dropped;
    const soft = lenient(meta);
    if (options?.validate !== false) {
      const vo = options?.validateOptions;
      const v = validate(messageType, value, soft ? { ...vo, rules: false } : vo);
      if (v.issues) list.addAll(v.issues);
    } else if (r.unknown > 0) list.addAll(allUnknownIssues(meta, value, o.maxIssues + 1));
    let issues = list.done();
    if (soft) issues = issues.map(asWarning);
    return {
      ok: !issues.some((i) => i.severity === 'error'),
      messageType,
      value: value as unknown as Message<MessageType>,
      issues,
    } as FromXmlResult;
  } catch (e) {
    return refused([issue('xml_read_failed', [], '', `XML could not be read: ${e instanceof Error ? e.message : String(e)}`)]);
  }
}
