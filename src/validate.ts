/**
 * `validate(messageType, data)`: structure, formats, code lists, then the rules and conditions. Takes the
 * string id (any of the 84, through the registry) or a message module (`IE3F32Message`).
 */
import './rules/registryLookup';
import { issue, type Result } from './core/issue';
import type { MessageMeta } from './core/meta';
import { defineMessage, isMessageModule, type MessageModule } from './core/messageModule';
import type { MessageType } from './generated/catalogue';
import { codeLists } from './generated/codelists';
import { registry, type MessageTypes } from './generated/registry';
import { validateMessage, type ValidateOptions } from './validateMessage';

export type { ValidateOptions } from './validateMessage';

/** The model type of a message: `Message<'IE3F32'>`. */
export type Message<K extends MessageType> = MessageTypes[K];

const isMessageType = (t: unknown): t is MessageType => typeof t === 'string' && Object.prototype.hasOwnProperty.call(registry, t);

let allLists: { complete: Record<string, readonly string[]>; partial: Record<string, readonly string[]> } | undefined;
const MODULES = new Map<MessageType, MessageModule>();

/**
 * The module of a message named by its id: its metadata from the registry and every code list we hold (complete
 * ones: a code outside is an error; partial: a warning), what `validate(id)` checks and the string form of
 * `createBuilder` builds with. The generated module (`IE3F32Message`) carries only the lists its message
 * names, the same codes for each (tested), so both validate alike. Throws a `TypeError` for any other string.
 *
 * @example
 * ```ts
 * messageModuleOf('IE3F32').meta === IE3F32Message.meta; // true
 * ```
 */
export function messageModuleOf(messageType: MessageType): MessageModule {
  let m = MODULES.get(messageType);
  if (m) return m;
  if (!isMessageType(messageType)) throw new TypeError(`${String(messageType)} is not one of the 84 HTI messages`);
  if (!allLists) {
    allLists = { complete: {}, partial: {} };
    for (const [id, list] of Object.entries(codeLists)) {
      if (list.values.length) (list.complete ? allLists.complete : allLists.partial)[id] = list.values.map((v) => v.code);
    }
  }
  MODULES.set(messageType, (m = defineMessage(messageType, registry[messageType].meta, allLists.complete, allLists.partial)));
  return m;
}

/**
 * Validate data as one of the 84 HTI messages, named by its id or given as its module. Never throws, whatever
 * `data` (or `options`) is; reports every issue up to `maxIssues` (default 1000, then one `too_many_issues`).
 * `ok` is true when no issue is an error (warnings, such as a code outside a partial code list, come along).
 *
 * @example
 * ```ts
 * import { validate } from 'ics2';
 * const r = validate('IE3R01', { LRN: 'LRN1', MRN: '24DE123456789012J4', registrationDate: '2024-04-12T11:13:57Z', SpecificCircumstanceIndicator: 'F32' });
 * if (!r.ok) for (const i of r.issues) console.log(i.pointer, i.message);
 * ```
 */
export function validate<K extends MessageType>(messageType: K, data: unknown, options?: ValidateOptions | null): Result<Message<K>>;
export function validate<Id extends string, T>(message: MessageModule<Id, T>, data: unknown, options?: ValidateOptions | null): Result<T>;
export function validate(message: MessageType | MessageModule, data: unknown, options?: ValidateOptions | null): Result<unknown> {
  if (isMessageModule(message)) return validateMessage(message, data, options);
  if (!isMessageType(message)) {
    return { ok: false, issues: [issue('unknown_message', [], '/', `${String(message)} is not one of the 84 HTI messages`)] };
  }
  return validateMessage(messageModuleOf(message), data, options);
}

/**
 * The catalogue entry of a message with its provenance: how its element tree was assembled, the share of
 * elements by source, and the full element metadata.
 *
 * @example
 * ```ts
 * import { messageInfo } from 'ics2';
 * messageInfo('IE3F32').coverage; // { table: 0, twin: 143, sibling: 0, inferred: 0 }
 * ```
 */
export function messageInfo(messageType: MessageType): MessageMeta {
  if (!isMessageType(messageType)) throw new TypeError(`${String(messageType)} is not one of the 84 HTI messages`);
  return registry[messageType].meta;
}
