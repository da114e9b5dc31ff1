/**
 * Public API of the rules: combinators to write rules, `RuleSet`, the 69 official rules and conditions,
 * the stop-word guidance rules and the reference checks.
 *
 * @example
 * ```ts
 * import { createRuleSet, officialRules, rule, forEach, required } from 'ics2';
 * const set = createRuleSet(officialRules).add(rule('company-ucr', { summary: 'No filing without a UCR' }, forEach('consignmentMasterLevel.consignmentHouseLevel[*]', required('referenceNumberUCR'))));
 * ```
 */
export type { Check, Finding, Predicate, Rule, RuleContext, RuleInfo, RuleStatus, Scope } from './types';
export {
  absent,
  all,
  and,
  anyOf,
  atLeastOne,
  checkDigit,
  checkWith,
  equals,
  forbidden,
  forEach,
  matches,
  not,
  oneOf,
  or,
  present,
  required,
  rule,
  sequentialFrom,
  unique,
  when,
} from './combinators';
export {
  ancestor,
  expand,
  isPresent,
  parsePath,
  pathsOf,
  showPath,
  unknownPaths,
  valueAt,
  withPaths,
} from './paths';
export type { PathSpec, PathStep } from './paths';
export { rulesFor, type MessageRules, type RulePath, type RuleTarget, type RulesAt } from './rulesFor';
export { atSites, citedIds, sitesOf, targetsOf } from './applicability';
export type { Site, Target } from './applicability';
export { createRuleSet } from './ruleSet';
export type { RuleSet } from './ruleSet';
export { runRule } from './runRule';
export { ruleSetFor, runRules } from './engine';
export type { RuleOptions } from './engine';
export { defaultRules, guidanceRules, lrnUniqueness, officialRules } from './official/index';
export { GOODS_DESCRIPTION, goodsDescriptionRule } from './guidance/goodsDescription';
export { PARTY_NAME } from './guidance/partyName';
export * from './checks/index';
