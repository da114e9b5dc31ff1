/**
 * `validate(messageType, data)`: structure, formats, code lists, then the rules and conditions. Takes the
 * string id (any of the 84, through the registry) or a message module (`IE3F32Message`).
 */
import './rules/registryLookup';
import { codeListsFrom, type CodeLists } from './core/compiled';
import { issue, type Result } from './core/issue';
import type { MessageMeta } from './core/meta';
import { isMessageModule, type MessageModule } from './core/messageModule';
import type { MessageType } from './generated/catalogue';
import { codeLists } from './generated/codelists';
import { registry, type MessageTypes } from './generated/registry';
import { validateMessage, validateWith, type ValidateOptions } from './validateMessage';

export type { ValidateOptions } from './validateMessage';

/** The model type of a message: `Message<'IE3F32'>`. */
export type Message<K extends MessageType> = MessageTypes[K];

const isMessageType = (t: unknown): t is MessageType => typeof t === 'string' && Object.prototype.hasOwnProperty.call(registry, t);

let registryLists: CodeLists | undefined;
/** Every code list we hold, as the compiled validator reads them (complete ones: errors; partial: warnings). */
function allLists(): CodeLists {
  if (registryLists) return registryLists;
  const complete: Record<string, readonly string[]> = {};
  const partial: Record<string, readonly string[]> = {};
  for (const [id, list] of Object.entries(codeLists)) {
    if (!list.values.length) continue;
    (list.complete ? complete : partial)[id] = list.values.map((v) => v.code);
  }
  return (registryLists = codeListsFrom(complete, partial));
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
  return validateWith(registry[message].meta, allLists(), data, options);
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
