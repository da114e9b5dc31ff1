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
  /** Run every rule that may apply to the message; stop once `maxFindings` issues are found (default: no cap). */
  run(meta: MessageMeta, data: unknown, maxFindings?: number): Issue[];
}

const APPLICABLE = new WeakMap<readonly Rule[], WeakMap<MessageMeta, readonly Rule[]>>();

/** The rules of a list that may run on a message (its `messages` filter), cached per list and message. */
function applicable(list: readonly Rule[], meta: MessageMeta): readonly Rule[] {
  let byMeta = APPLICABLE.get(list);
  if (!byMeta) APPLICABLE.set(list, (byMeta = new WeakMap()));
  let rules = byMeta.get(meta);
  if (!rules) byMeta.set(meta, (rules = list.filter((r) => !r.messages || r.messages.includes(meta.id))));
  return rules;
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
    run: (meta: MessageMeta, data: unknown, maxFindings = Infinity): Issue[] => {
      const budget = { remaining: maxFindings };
      const ctx = { meta, data, budget };
      const out: Issue[] = [];
      for (const r of applicable(list, meta)) {
        const severity: Severity = down.has(r.id) ? 'warning' : r.severity;
        const found = runRule(r, ctx, severity);
        // A loop, not push(...found): a rule may find a million things.
        for (let i = 0; i < found.length && out.length < maxFindings; i++) out.push(found[i]!);
        budget.remaining = maxFindings - out.length;
        if (out.length >= maxFindings) break;
      }
      return out;
    },
  });
}
