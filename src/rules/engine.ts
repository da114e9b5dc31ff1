/**
 * Rules engine entry point used by `validate`. (Replaced by the rules and conditions work.)
 */
import type { Issue } from '../core/issue';
import type { MessageMeta } from '../core/meta';

/** Options choosing which rules run. */
export interface RuleOptions {
  /** Rule or condition ids to skip. */
  disable?: readonly string[];
}

/**
 * Run the rules and conditions that apply to a message.
 *
 * @example
 * ```ts
 * runRules(IE3F32Meta, data, {});
 * ```
 */
export function runRules(_meta: MessageMeta, _data: unknown, _options: RuleOptions = {}): Issue[] {
  return [];
}
