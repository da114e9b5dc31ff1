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

/** A number per rule object (for the key of a derived set: two rules with one id are still two rules). */
const ruleNumbers = new WeakMap<Rule, number>();
let nextRuleNumber = 0;
const numberOf = (r: Rule): number => {
  let n = ruleNumbers.get(r);
  if (n === undefined) ruleNumbers.set(r, (n = nextRuleNumber++));
  return n;
};
/** Derived sets (extra, only, disable, downgrade) per base set, by what the options say: options written as a
 * literal in every `validate` call build their set once, not per call. At most {@link DERIVED_MAX} per base. */
const derived = new WeakMap<RuleSet, Map<string, RuleSet>>();
const DERIVED_MAX = 64;
/** The key part of an id list; `undefined` for anything but an array of strings (such options are not cached). */
const ids = (a: readonly string[] | undefined): string | undefined => {
  if (a === undefined) return '-';
  if (!Array.isArray(a) || !a.every((x) => typeof x === 'string')) return undefined;
  return JSON.stringify(a);
};

/**
 * The rule set options describe. A set derived by the same options from the same base is built once and reused
 * (sets are immutable).
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
  const { extra, only, disable, downgrade } = options;
  if (!extra?.length && !only && !disable?.length && !downgrade?.length) return set;
  const parts = [ids(only), ids(disable), ids(downgrade)];
  const cacheable = !parts.includes(undefined) && (extra === undefined || (Array.isArray(extra) && extra.every((r) => r !== null && typeof r === 'object')));
  const key = cacheable ? `${extra?.length ? extra.map(numberOf).join(',') : '-'}|${parts.join('|')}` : '';
  let byKey = derived.get(set);
  const hit = cacheable ? byKey?.get(key) : undefined;
  if (hit !== undefined) return hit;
  const base = set;
  if (extra?.length) set = set.add(...extra);
  if (only) set = set.only(...only);
  if (disable?.length) set = set.disable(...disable);
  if (downgrade?.length) set = set.downgrade(...downgrade);
  if (!cacheable) return set;
  if (byKey === undefined) derived.set(base, (byKey = new Map()));
  if (byKey.size >= DERIVED_MAX) byKey.delete(byKey.keys().next().value!);
  byKey.set(key, set);
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
