/**
 * `RuleSet`: an immutable list of rules with per-id severity overrides, to add your own rules and to
 * disable or downgrade (error -> warning) official ones.
 */
import { issue, type Issue, type Severity } from '../core/issue';
import type { MessageMeta } from '../core/meta';
import { runContext } from './applicability';
import { unknownPaths } from './paths';
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
  /**
   * Problems of the rules themselves, found when the set is created: for a rule bound to messages
   * (`messages: ['IE3F32']`), every path that matches no element of one of them (`rule_path_unknown`) and
   * every message id that is not one of the 84 (`rule_message_unknown`). `run` reports them for the
   * message they concern, so `validate` fails until the rule is fixed.
   */
  readonly problems: readonly Issue[];
  /** Run every rule that may apply to the message; stop once `maxFindings` issues are found (default: no cap). */
  run(meta: MessageMeta, data: unknown, maxFindings?: number): Issue[];
}

const APPLICABLE = new WeakMap<readonly Rule[], WeakMap<MessageMeta, readonly Rule[]>>();

/** The rules of a list that may run on a message (its `messages` filter), cached per list and message. */
function applicable(list: readonly Rule[], meta: MessageMeta): readonly Rule[] {
  let byMeta = APPLICABLE.get(list);
  if (!byMeta) APPLICABLE.set(list, (byMeta = new WeakMap()));
  let rules = byMeta.get(meta);
  if (!rules) byMeta.set(meta, (rules = list.filter((r) => !r.messages || (r.messages as readonly string[]).includes(meta.id))));
  return rules;
}

const checked = new WeakMap<Rule, readonly Issue[]>();

/**
 * How a rule set finds the metadata of a message it checks paths against. The string-keyed API (the root, `ics2/rules`)
 * installs the registry of all 84 messages (`registryLookup.ts`); the per-message path (`ics2/lite`) holds none, so a
 * bundle of one message pulls no other.
 */
let lookup: (id: string) => { meta: MessageMeta } | undefined = () => undefined;

/**
 * Install the message lookup used to check rule paths (done by `ics2` and `ics2/rules` on import).
 *
 * @example
 * ```ts
 * import { setMessageLookup } from 'ics2/rules';
 * setMessageLookup((id) => (id === 'IE3F32' ? { meta: IE3F32Meta } : undefined));
 * ```
 */
export function setMessageLookup(fn: (id: string) => { meta: MessageMeta } | undefined): void {
  lookup = fn;
}

/** The problems of one rule bound to messages (cached per rule object). */
function ruleProblems(r: Rule): readonly Issue[] {
  if (!r.messages) return [];
  const hit = checked.get(r);
  if (hit) return hit;
  const out: Issue[] = [];
  for (const m of r.messages as readonly string[]) {
    const entry = lookup(m);
    if (!entry) {
      out.push(
        issue('rule_message_unknown', [], `/${m}`, `Rule ${r.id}: ${m} is not one of the 84 HTI messages`, {
          ref: r.id,
        }),
      );
      continue;
    }
    for (const p of unknownPaths(entry.meta, r.check))
      out.push(
        issue('rule_path_unknown', [], `/${m}`, `Rule ${r.id}: the path "${p}" matches no element of ${m}`, {
          ref: r.id,
        }),
      );
  }
  checked.set(r, out);
  return out;
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
 *   .add(rule('company-ucr', { summary: 'No filing without a UCR' }, forEach('consignmentMasterLevel.consignmentHouseLevel[*]', required('referenceNumberUCR'))));
 * mine.run(IE3F32Meta, data);
 * ```
 */
export function createRuleSet(rules: readonly Rule[] = [], downgraded: Iterable<string> = []): RuleSet {
  const list = Object.freeze([...new Map(rules.map((r) => [r.id, r])).values()]);
  const down: ReadonlySet<string> = new Set(downgraded);
  const problems = Object.freeze(list.flatMap((r) => [...ruleProblems(r)]));
  return Object.freeze({
    rules: list,
    problems,
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
      const ctx = runContext(meta, data, budget);
      const out: Issue[] = problems.filter((p) => p.pointer === `/${meta.id}`);
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
