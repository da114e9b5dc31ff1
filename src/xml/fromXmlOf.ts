/**
 * `fromXmlOf`, what `ics2/lite` exports as `fromXml`: the reader of `fromXml` for the message modules given
 * (`{ messages: [IE3R01Message, IE3N99Message] }`), with no registry of the 84 and no other message.
 */
import { issue, type Issue } from '../core/issue';
import type { MessageMeta } from '../core/meta';
import { isMessageModule, type MessageModule } from '../core/messageModule';
import { validateMessage, type ValidateOptions } from '../validateMessage';
import { badOptions, checkReadOptions, notAString, readFailed, readXml, type FromXmlRefused } from './fromXmlCore';
import type { XmlLimits } from './safety';

/**
 * Options of {@link fromXmlOf}: the messages expected, as modules, and the options of `fromXml`.
 *
 * @example
 * ```ts
 * import { IE3R01Message } from 'ics2/messages/IE3R01';
 * const options: FromXmlOfOptions<typeof IE3R01Message> = { messages: [IE3R01Message], validate: false };
 * ```
 */
export interface FromXmlOfOptions<M extends MessageModule = MessageModule> {
  /** The messages expected (at least one): a document whose root is none of them is refused (`unexpected_root`). */
  messages: readonly M[];
  /** Validate the model read (default `true`); its issues are returned and decide `ok`. */
  validate?: boolean;
  /** Options passed to `validate` (e.g. `{ rules: false }`); customs answers (`c2t`) never run trader rules. */
  validateOptions?: ValidateOptions;
  /** Limits of the reader (default `DEFAULT_XML_LIMITS`: 10 MiB, 64 levels). */
  limits?: Partial<XmlLimits>;
  /** Most issues returned (default 1000), then one `too_many_issues`. */
  maxIssues?: number;
}

/**
 * A message read by {@link fromXmlOf}: `messageType` is the id of one of the modules given and narrows `value`
 * to that module's model.
 *
 * @example
 * ```ts
 * import { IE3R01Message } from 'ics2/messages/IE3R01';
 * const r: FromXmlOfRead<typeof IE3R01Message> = { ok: true, messageType: 'IE3R01', value: r01, issues: [] };
 * ```
 */
export type FromXmlOfRead<M extends MessageModule> =
  M extends MessageModule<infer Id, infer T> ? { ok: boolean; messageType: Id; value: T; issues: Issue[] } : never;

/**
 * Result of {@link fromXmlOf}: a message read (discriminated by `messageType`), or refused.
 *
 * @example
 * ```ts
 * import { fromXml } from 'ics2/lite';
 * import { IE3R01Message } from 'ics2/messages/IE3R01';
 * import { IE3N99Message } from 'ics2/messages/IE3N99';
 * const r: FromXmlOfResult<typeof IE3R01Message | typeof IE3N99Message> = fromXml(xml, { messages: [IE3R01Message, IE3N99Message] });
 * if (r.ok && r.messageType === 'IE3R01') console.log(r.value.MRN);
 * ```
 */
export type FromXmlOfResult<M extends MessageModule> = FromXmlOfRead<M> | FromXmlRefused;

/**
 * Read an ICS2 XML message into the model of one of the message modules given, with the same single-pass
 * reader, limits, refusals, `$unknown` entries and issues as `fromXml` of `ics2/xml` (see there); a root that
 * names none of `messages` is refused with `unexpected_root`. Pulls in only the modules given: no registry of
 * the 84, no zod. Validates with `validate` of `ics2/lite` unless `validate: false`. Never throws.
 *
 * @example
 * ```ts
 * import { fromXml } from 'ics2/lite';
 * import { IE3R01Message } from 'ics2/messages/IE3R01';
 * import { IE3N99Message } from 'ics2/messages/IE3N99';
 * const r = fromXml(xmlString, { messages: [IE3R01Message, IE3N99Message] });
 * if (r.ok && r.messageType === 'IE3R01') console.log(r.value.MRN);
 * else for (const i of r.issues) console.log(i.code, i.pointer, i.message);
 * ```
 */
export function fromXmlOf<const M extends MessageModule>(xml: string, options: FromXmlOfOptions<M>): FromXmlOfResult<M> {
  try {
    if (typeof xml !== 'string') return notAString(xml);
    const o: unknown = options;
    if (o === null || typeof o !== 'object' || Array.isArray(o)) {
      return badOptions([], `fromXml options must be an object with messages, got ${o === null ? 'null' : Array.isArray(o) ? 'an array' : typeof o}`);
    }
    const limits = checkReadOptions(o);
    if ('issues' in limits) return limits;
    const given: unknown = options.messages;
    if (!Array.isArray(given) || given.length === 0 || !given.every(isMessageModule)) {
      return badOptions(['messages'], 'messages must be a non-empty array of message modules (IE3F32Message from ics2/messages/IE3F32)');
    }
    const modules = given as readonly MessageModule[];
    const byId = new Map<string, MessageModule>();
    for (const m of modules) byId.set(m.id, m);
    let found: MessageModule | undefined;
    return readXml(xml, options, limits, {
      metaOf: (local): MessageMeta | undefined => (found = byId.get(local))?.meta,
      wanted: () => true,
      // Any other root, one of the 84 or not, is a message this reader was not given.
      refuseRoot: (local) =>
        issue('unexpected_root', [], `/${local}`, `Expected ${[...byId.keys()].join(' or ')}, got ${local}: the document is not read`),
      validate: (_meta, value, vo, rulesOff) =>
        validateMessage(found!, value, rulesOff ? { ...(vo as ValidateOptions), rules: false } : (vo as ValidateOptions | undefined)),
    }) as FromXmlOfResult<M>;
  } catch (e) {
    return readFailed(e);
  }
}
