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
import type { MessageModule } from '../core/messageModule';
import { badOptions, checkReadOptions, notAString, readFailed, readXml, type FromXmlRefused } from './fromXmlCore';
import { fromXmlOf, type FromXmlOfOptions, type FromXmlOfResult } from './fromXmlOf';
import type { XmlLimits } from './safety';

export { IssueList, type FromXmlRefused } from './fromXmlCore';
export type { FromXmlOfOptions, FromXmlOfRead, FromXmlOfResult } from './fromXmlOf';

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

/** `expect` checked: the message types, or `undefined` for any. */
function checkExpect(options: FromXmlOptions | undefined): readonly MessageType[] | undefined | FromXmlRefused {
  if (options?.expect === undefined) return undefined;
  const e: unknown = options.expect;
  const list: unknown[] = typeof e === 'string' ? [e] : Array.isArray(e) ? [...(e as unknown[])] : [e];
  const wrong = list.find((t) => !isMessageType(t));
  if (wrong !== undefined || list.length === 0) {
    return badOptions(['expect'], `expect must be one or more of the 84 message types, got ${wrong === undefined ? 'none' : JSON.stringify(wrong)}`);
  }
  return list as MessageType[];
}

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
 * With `messages` (message modules, `{ messages: [IE3R01Message, IE3N99Message] }`) instead of `expect`, it is
 * `fromXml` of `ics2/lite`: the result is narrowed to those modules' models, and a root that names none of
 * them is refused (`unexpected_root`). `expect` and `messages` together are refused (`bad_options`).
 *
 * @example
 * ```ts
 * import { fromXml } from 'ics2/xml';
 * const r = fromXml(xmlString, { expect: ['IE3R01', 'IE3N99'] });
 * if (r.ok && r.messageType === 'IE3R01') console.log(r.value.MRN);
 * else for (const i of r.issues) console.log(i.code, i.pointer, i.message);
 * ```
 *
 * @example
 * ```ts
 * import { fromXml } from 'ics2';
 * import { IE3R01Message } from 'ics2/messages/IE3R01';
 * const r = fromXml(xmlString, { messages: [IE3R01Message] });
 * if (r.ok) console.log(r.value.MRN); // r.value: IE3R01
 * ```
 */
export function fromXml<const K extends MessageType>(
  xml: string,
  options: FromXmlOptions & { expect: K | readonly K[] },
): FromXmlResult<K>;
export function fromXml<const M extends MessageModule>(xml: string, options: FromXmlOfOptions<M>): FromXmlOfResult<M>;
export function fromXml(xml: string, options?: FromXmlOptions): FromXmlResult;
export function fromXml(xml: string, options?: FromXmlOptions | FromXmlOfOptions): FromXmlResult | FromXmlOfResult<MessageModule> {
  try {
    if (options !== null && typeof options === 'object' && (options as { messages?: unknown }).messages !== undefined) {
      if ((options as FromXmlOptions).expect !== undefined)
        return badOptions(['messages'], 'Give the messages expected as expect (ids) or as messages (modules), not both');
      return fromXmlOf(xml, options as FromXmlOfOptions);
    }
    if (typeof xml !== 'string') return notAString(xml);
    const limits = checkReadOptions(options);
    if ('issues' in limits) return limits;
    const expect = checkExpect(options);
    if (expect !== undefined && 'issues' in expect) return expect;
    return readXml(xml, options, limits, {
      metaOf: (local) => (isMessageType(local) ? (registry[local].meta as MessageMeta) : undefined),
      wanted: (id) => expect === undefined || expect.includes(id as MessageType),
      refuseRoot: (local, name, unwanted) =>
        unwanted
          ? issue('unexpected_root', [], `/${local}`, `Expected ${(expect ?? []).join(' or ')}, got ${local}: the document is not read`)
          : issue('unknown_root', [], `/${local}`, `<${name}> is not one of the 84 ICS2 messages`),
      validate: (meta, value, vo, rulesOff) =>
        validate(meta.id as MessageType, value, rulesOff ? { ...(vo as ValidateOptions), rules: false } : (vo as ValidateOptions | undefined)),
    }) as FromXmlResult;
  } catch (e) {
    return readFailed(e);
  }
}
