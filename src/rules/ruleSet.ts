/**
 * `RuleSet`: an immutable list of rules with per-id severity overrides, to add your own rules and to
 * disable or downgrade (error -> warning) official ones.
 */
import type { Issue, Severity } from '../core/issue';
import type { MessageMeta } from '../core/meta';
import { runRule } from './runRule';
import type { Rule } from './types';

/** An immutable set of rules. Every method returns a new set. */
export interface RuleSet {
  readonly rules: readonly Rule[];
  /** Ids whose findings are reported as warnings. */
  readonly downgraded: ReadonlySet<string>;
  get(id: string): Rule | undefined;
  /** Add rules (a rule with an existing id replaces it). */
  add(...rules: Rule[]): RuleSet;
  disable(...ids: string[]): RuleSet;
  downgrade(...ids: string[]): RuleSet;
  /** Keep only these ids. */
  only(...ids: string[]): RuleSet;
  /** Run every rule that may apply to the message. */
  run(meta: MessageMeta, data: unknown): Issue[];
}

/**
 * Create a rule set.
 *
 * @example
 * ```ts
 * import { createRuleSet, officialRules, rule, forEach, required } from 'ics2';
 * const mine = createRuleSet(officialRules)
 *   .disable('R3021')
 *   .downgrade('C3034')
 *   .add(rule('company-ucr', { summary: 'No filing without a UCR' }, forEach('consignmentMasterLevel.consignmentHouseLevel[*]', required('UCR'))));
 * mine.run(IE3F32Meta, data);
 * ```
 */
export function createRuleSet(rules: readonly Rule[] = [], downgraded: Iterable<string> = []): RuleSet {
  const list = Object.freeze([...new Map(rules.map((r) => [r.id, r])).values()]);
  const down: ReadonlySet<string> = new Set(downgraded);
  return Object.freeze({
    rules: list,
    downgraded: down,
    get: (id: string) => list.find((r) => r.id === id),
    add: (...more: Rule[]) => createRuleSet([...list, ...more], down),
    disable: (...ids: string[]) =>
      createRuleSet(
        list.filter((r) => !ids.includes(r.id)),
        down,
      ),
    downgrade: (...ids: string[]) => createRuleSet(list, [...down, ...ids]),
    only: (...ids: string[]) =>
      createRuleSet(
        list.filter((r) => ids.includes(r.id)),
        down,
      ),
    run: (meta: MessageMeta, data: unknown): Issue[] => {
      const ctx = { meta, data };
      const out: Issue[] = [];
      for (const r of list) {
        if (r.messages && !r.messages.includes(meta.id)) continue;
        const severity: Severity = down.has(r.id) ? 'warning' : r.severity;
        out.push(...runRule(r, ctx, severity));
      }
      return out;
    },
  });
}
