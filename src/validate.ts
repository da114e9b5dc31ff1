/**
 * `validate(messageType, data)`: structure, formats, code lists, then the rules and conditions.
 */
import { issue, type Issue, type Result } from './core/issue';
import type { MessageMeta } from './core/meta';
import { validateStructure } from './core/validateStructure';
import type { MessageType } from './generated/catalogue';
import { registry, type MessageTypes } from './generated/registry';
import { runRules, type RuleOptions } from './rules/engine';

/** The model type of a message: `Message<'IE3F32'>`. */
export type Message<K extends MessageType> = MessageTypes[K];

/** Options of {@link validate}. */
export interface ValidateOptions {
  /** Rules and conditions: `false` checks structure only; otherwise options for the rule engine. */
  rules?: false | RuleOptions;
}

const isMessageType = (t: unknown): t is MessageType => typeof t === 'string' && Object.prototype.hasOwnProperty.call(registry, t);

/**
 * Validate data as one of the 84 HTI messages. Never throws, whatever `data` is; reports every issue.
 * `ok` is true when no issue is an error (warnings, such as a code outside a partial code list, come along).
 *
 * @example
 * ```ts
 * import { validate } from 'ics2';
 * const r = validate('IE3R01', { LRN: 'LRN1', MRN: '24DE123456789012J4', registrationDate: '2024-04-12T11:13:57Z', SpecificCircumstanceIndicator: 'F32' });
 * if (!r.ok) for (const i of r.issues) console.log(i.pointer, i.message);
 * ```
 */
export function validate<K extends MessageType>(messageType: K, data: unknown, options: ValidateOptions = {}): Result<Message<K>> {
  if (!isMessageType(messageType)) {
    return { ok: false, issues: [issue('unknown_message', [], '/', `${String(messageType)} is not one of the 84 HTI messages`)] };
  }
  const { schema, meta } = registry[messageType] as { schema: Parameters<typeof validateStructure>[0]; meta: MessageMeta };
  const issues: Issue[] = validateStructure(schema, meta, data);
  if (options.rules !== false) {
    try {
      issues.push(...runRules(meta, data, options.rules ?? {}));
    } catch (e) {
      issues.push(issue('rules_failed', [], `/${meta.id}`, `A rule could not run on this input: ${e instanceof Error ? e.message : String(e)}`));
    }
  }
  if (issues.some((i) => i.severity === 'error')) return { ok: false, issues };
  return issues.length ? { ok: true, value: data as Message<K>, issues } : { ok: true, value: data as Message<K> };
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
