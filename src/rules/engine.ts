/**
 * Rules engine entry point used by `validate`: the official rules and conditions (plus the stop-word
 * guidance) by default, with options to disable, downgrade, add or replace rules.
 */
import type { Issue } from '../core/issue';
import type { MessageMeta } from '../core/meta';
import { defaultRules } from './official/index';
import { createRuleSet, type RuleSet } from './ruleSet';
import type { Rule } from './types';

/** Options choosing which rules run (`validate(type, data, { rules: { ... } })`). */
export interface RuleOptions {
  /** Rule or condition ids to skip. */
  disable?: readonly string[];
  /** Ids whose errors are reported as warnings. */
  downgrade?: readonly string[];
  /** Your own rules, run after the base set (same id replaces). */
  extra?: readonly Rule[];
  /** Run only these ids. */
  only?: readonly string[];
  /** The base set instead of the official rules (a `RuleSet` or a list of rules). */
  base?: RuleSet | readonly Rule[];
  /** Stop once this many issues are found (`validate` passes what is left of its `maxIssues`). */
  maxFindings?: number;
}

const cache = new WeakMap<object, RuleSet>();
let defaultSet: RuleSet | undefined;

/**
 * The rule set options describe.
 *
 * @example
 * ```ts
 * ruleSetFor({ disable: ['R3021'] }).get('R3021'); // undefined
 * ```
 */
export function ruleSetFor(options: RuleOptions = {}): RuleSet {
  let set: RuleSet;
  if (options.base === undefined) set = defaultSet ??= createRuleSet(defaultRules);
  else if ('run' in options.base) set = options.base;
  else {
    const base = options.base as readonly Rule[];
    set = cache.get(base) ?? createRuleSet(base);
    cache.set(base, set);
  }
  if (options.extra?.length) set = set.add(...options.extra);
  if (options.only) set = set.only(...options.only);
  if (options.disable?.length) set = set.disable(...options.disable);
  if (options.downgrade?.length) set = set.downgrade(...options.downgrade);
  return set;
}

/**
 * Run the rules and conditions that apply to a message. Never throws: a rule that fails yields a
 * `rule_failed` issue. Non-object data yields no rule issue (the structure check reports it).
 *
 * @example
 * ```ts
 * runRules(IE3F32Meta, data, { disable: ['R3021'], downgrade: ['C3034'] });
 * ```
 */
export function runRules(meta: MessageMeta, data: unknown, options: RuleOptions = {}): Issue[] {
  if (data === null || typeof data !== 'object' || Array.isArray(data)) return [];
  return ruleSetFor(options).run(meta, data, options.maxFindings);
}
