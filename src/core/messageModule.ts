/**
 * Message modules: the value each generated message file exports (`IE3F32Message` from
 * `ics2/messages/IE3F32`) that carries all `validate`, `toXml` and `fromXml` need for that one message:
 * its id, its element metadata and the code lists its elements name. Passing a module instead of the string
 * id keeps a bundle to that one message: no registry of the 84, no zod.
 */
import type { MessageMeta } from './meta';

/**
 * One message, self-contained: what the per-message entry points (`ics2/lite`) and the string-keyed API
 * need. `T` is the model type (`IE3F32`), carried for type inference only.
 *
 * @example
 * ```ts
 * import { IE3F32Message } from 'ics2/messages/IE3F32';
 * import { validate } from 'ics2/lite';
 * IE3F32Message.id; // 'IE3F32'
 * validate(IE3F32Message, data).ok;
 * ```
 */
export interface MessageModule<Id extends string = string, T = unknown> {
  /** Marks a message module (so a module and a string id are told apart). */
  readonly kind: 'ics2.message';
  /** The message id (`IE3F32`), also the XML root element name. */
  readonly id: Id;
  readonly meta: MessageMeta;
  /** Complete code lists named by the message: a code outside one is an error. */
  readonly completeLists: Readonly<Record<string, readonly string[]>>;
  /** Partial code lists named by the message (values we hold): a code outside one is a warning. */
  readonly partialLists: Readonly<Record<string, readonly string[]>>;
  /** Type-level only: the model type. Never set at run time. */
  readonly __model?: T;
}

/**
 * Build a message module (the generator writes one per message; you rarely call this yourself).
 *
 * @example
 * ```ts
 * const m = defineMessage('IE3R01', IE3R01Meta, {}, {});
 * m.kind; // 'ics2.message'
 * ```
 */
/* @__NO_SIDE_EFFECTS__ */
export function defineMessage<Id extends string, T>(
  id: Id,
  meta: MessageMeta,
  completeLists: Readonly<Record<string, readonly string[]>>,
  partialLists: Readonly<Record<string, readonly string[]>>,
): MessageModule<Id, T> {
  return Object.freeze({ kind: 'ics2.message', id, meta, completeLists, partialLists });
}

/**
 * Whether a value is a message module (and not a string id or anything else).
 *
 * @example
 * ```ts
 * isMessageModule(IE3F32Message); // true
 * isMessageModule('IE3F32'); // false
 * ```
 */
export function isMessageModule(v: unknown): v is MessageModule {
  return (
    typeof v === 'object' &&
    v !== null &&
    (v as { kind?: unknown }).kind === 'ics2.message' &&
    typeof (v as { id?: unknown }).id === 'string' &&
    typeof (v as { meta?: unknown }).meta === 'object'
  );
}
