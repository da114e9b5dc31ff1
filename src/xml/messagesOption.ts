/**
 * The `messages` option of `fromXml` given as message modules (`fromXml(xml, { messages: [IE3R01Message,
 * IE3N99Message] })`): which message a root element names, resolved without the registry of the 84, so a
 * reader bundle holds only the messages it expects.
 */
import type { MessageMeta } from '../core/meta';
import { isMessageModule, type MessageModule } from '../core/messageModule';

/** What `fromXml`'s `messages` option takes: string ids (resolved through the registry by the caller) or modules. */
export type MessagesOption = readonly (string | MessageModule)[];

/**
 * The module of the message a root element names, among the modules given in `messages`; `undefined` when
 * none of them is that message (string ids are left to the caller, which holds the registry).
 *
 * @example
 * ```ts
 * messageFor('IE3R01', [IE3R01Message, IE3N99Message])?.meta.id; // 'IE3R01'
 * messageFor('IE3F32', [IE3R01Message]); // undefined
 * ```
 */
export function messageFor(rootName: string, messages: MessagesOption | undefined): MessageModule | undefined {
  if (!messages) return undefined;
  for (const m of messages) if (isMessageModule(m) && m.id === rootName) return m;
  return undefined;
}

/**
 * The metadata of every module in `messages`, by id (for a reader that looks up root names itself).
 *
 * @example
 * ```ts
 * metasOf([IE3R01Message]).get('IE3R01') === IE3R01Message.meta; // true
 * ```
 */
export function metasOf(messages: MessagesOption | undefined): Map<string, MessageMeta> {
  const out = new Map<string, MessageMeta>();
  for (const m of messages ?? []) if (isMessageModule(m)) out.set(m.id, m.meta);
  return out;
}
