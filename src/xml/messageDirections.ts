/**
 * Direction of each of the 84 ICS2 HTI messages: `t2c` (trader to customs, AS4 service `eu_ics2_t2c`) or
 * `c2t` (customs to trader, AS4 service `eu_ics2_c2t`), derived from the generated message catalogue
 * (`spec/messages.json`, ICD v3.30 section 3 and Annex 1).
 */
import { messages, type MessageType } from '../generated/catalogue';

export type { MessageType };

/** Direction of an HTI message: `t2c` trader to customs, `c2t` customs to trader. */
export type MessageDirection = 't2c' | 'c2t';

/**
 * Every HTI message id with its direction.
 *
 * @example
 * ```ts
 * MESSAGE_DIRECTIONS.IE3F32; // 't2c'
 * MESSAGE_DIRECTIONS.IE3R01; // 'c2t'
 * ```
 */
export const MESSAGE_DIRECTIONS: Readonly<Record<MessageType, MessageDirection>> = Object.freeze(
  Object.fromEntries(messages.map((m) => [m.message, m.direction])) as Record<MessageType, MessageDirection>,
);

/**
 * Is `value` one of the 84 HTI message ids? (Own keys only: `toString` is not a message.)
 *
 * @example
 * ```ts
 * isMessageType('IE3F32'); // true
 * isMessageType('IE3A25'); // false: F25 has no amendment
 * ```
 */
export function isMessageType(value: unknown): value is MessageType {
  return typeof value === 'string' && Object.prototype.hasOwnProperty.call(MESSAGE_DIRECTIONS, value);
}
