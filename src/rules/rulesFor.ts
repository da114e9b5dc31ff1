/**
 * `rulesFor('IE3F32')`: the rule combinators bound to one message, with paths the compiler checks against
 * its model, and `rule()` bound to the message (so the rule set checks the paths at run time too).
 */
import './registryLookup';
import type { Severity } from '../core/issue';
import type { MessageType } from '../generated/catalogue';
import type { Message } from '../validate';
import type { CheckResult } from './checks/result';
import * as c from './combinators';
import type { Check, Predicate, Rule, RuleInfo } from './types';

type Prev = [never, 0, 1, 2, 3, 4, 5, 6, 7];
type Elem<T> = T extends readonly (infer U)[] ? U : T;

/**
 * Every path into `T` a rule combinator takes: `a`, `a.b`, and `[*]` after arrays (`goodsItem[*].commodity`),
 * to a depth of 8 steps.
 *
 * @example
 * ```ts
 * import type { RulePath } from 'ics2/rules';
 * type P = RulePath<{ a: { b: string }[] }>; // 'a' | 'a[*]' | 'a[*].b' | 'a.b'
 * ```
 */
// The outer conditional on `T` stays deferred while `T` is a type parameter, so the compiler (and the API docs)
// keep the name `RulePath<T>` instead of expanding the paths of a generic `T` (which took typedoc minutes).
export type RulePath<T> = T extends object ? PathsOf<T, 8> : never;

/** {@link RulePath} to a depth of `D` steps. */
type PathsOf<T, D extends number> = [D] extends [never]
  ? never
  : T extends object
    ? {
        [K in keyof T & string]: NonNullable<T[K]> extends readonly (infer U)[]
          ? | K
            | `${K}[*]`
            | (U extends object ? `${K}[*].${PathsOf<U, Prev[D]>}` | `${K}.${PathsOf<U, Prev[D]>}` : never)
          : NonNullable<T[K]> extends object
            ? K | `${K}.${PathsOf<NonNullable<T[K]>, Prev[D]>}`
            : K;
      }[keyof T & string]
    : never;

type Step<T, S extends string> = S extends `${infer N}[*]`
  ? Elem<NonNullable<T[N & keyof T]>>
  : Elem<NonNullable<T[S & keyof T]>>;

/**
 * The type a path reaches in `T` (one element, for arrays).
 *
 * @example
 * ```ts
 * import type { RuleTarget } from 'ics2/rules';
 * type G = RuleTarget<{ a: { b: string }[] }, 'a[*]'>; // { b: string }
 * ```
 */
export type RuleTarget<T, P extends string> = P extends `${infer H}.${infer R}`
  ? RuleTarget<Step<T, H>, R>
  : Step<T, P>;

/**
 * The combinators with paths relative to a scope of type `T` (the message, or what `forEach` visits).
 *
 * @example
 * ```ts
 * import { rulesFor, type RulesAt } from 'ics2/rules';
 * const f32: RulesAt<import('ics2').Message<'IE3F32'>> = rulesFor('IE3F32');
 * ```
 */
export interface RulesAt<T> {
  required(path: RulePath<T>, message?: string): Check;
  forbidden(path: RulePath<T>, message?: string): Check;
  oneOf(paths: readonly RulePath<T>[], message?: string): Check;
  atLeastOne(paths: readonly RulePath<T>[], message?: string): Check;
  unique(path: RulePath<T>, by?: (value: unknown) => string, message?: string): Check;
  sequentialFrom(path: RulePath<T>, start?: number, message?: string): Check;
  matches(path: RulePath<T>, pattern: RegExp, message?: string): Check;
  checkWith(path: RulePath<T>, check: (value: string) => CheckResult, severity?: Severity): Check;
  checkDigit(path: RulePath<T>, algorithm: (payload: string) => string | null, message?: string): Check;
  present(path: RulePath<T>): Predicate;
  absent(path: RulePath<T>): Predicate;
  equals(path: RulePath<T>, value: string): Predicate;
  anyOf(path: RulePath<T>, values: readonly string[]): Predicate;
  /** Run the checks `inner` builds (with paths relative to what `path` reaches) at every scope it reaches. */
  forEach<P extends RulePath<T>>(path: P, inner: (at: RulesAt<RuleTarget<T, P>>) => Check): Check;
  all(...checks: Check[]): Check;
  when(condition: Predicate, then: Check, otherwise?: Check): Check;
  not(p: Predicate): Predicate;
  and(...ps: Predicate[]): Predicate;
  or(...ps: Predicate[]): Predicate;
}

/**
 * The combinators bound to one message: `rule()` sets `messages: [messageType]`.
 *
 * @example
 * ```ts
 * import { rulesFor, type MessageRules } from 'ics2/rules';
 * const f32: MessageRules<'IE3F32'> = rulesFor('IE3F32');
 * ```
 */
// A type, not an interface extending RulesAt: the API docs of an interface list the inherited members, and
// typedoc expanded `forEach`'s `P extends RulePath<Message<K>>` into every path of all 84 messages (a 3.4 MB page).
export type MessageRules<K extends MessageType> = RulesAt<Message<K>> & {
  readonly messageType: K;
  /** A rule that runs for this message only (`info.messages` is set to it). */
  rule(id: string, info: Omit<RuleInfo, 'messages'>, check: Check): Rule;
};

interface Loose extends Omit<RulesAt<never>, 'forEach'> {
  forEach(path: string, inner: (at: Loose) => Check): Check;
}

const loose: Loose = {
  required: c.required,
  forbidden: c.forbidden,
  oneOf: c.oneOf,
  atLeastOne: c.atLeastOne,
  unique: c.unique,
  sequentialFrom: c.sequentialFrom,
  matches: c.matches,
  checkWith: c.checkWith,
  checkDigit: c.checkDigit,
  present: c.present,
  absent: c.absent,
  equals: c.equals,
  anyOf: c.anyOf,
  all: c.all,
  when: c.when,
  not: c.not,
  and: c.and,
  or: c.or,
  forEach: (path, inner) => c.forEach(path, inner(loose)),
};

/**
 * The rule combinators bound to one message: every path is checked by the compiler against the message's
 * model (`consignmentHouseLevl[*]` does not compile), `forEach` hands its callback the combinators of the
 * element it visits, and `rule()` binds the rule to the message, so that a rule set also checks every path
 * at run time (for paths built from strings) and reports one that matches no element.
 *
 * @example
 * ```ts
 * import { rulesFor } from 'ics2/rules';
 * const f32 = rulesFor('IE3F32');
 * const ucr = f32.rule(
 *   'company-ucr',
 *   { summary: 'Every house consignment carries our UCR' },
 *   f32.forEach('consignmentMasterLevel.consignmentHouseLevel[*]', (house) => house.required('referenceNumberUCR')),
 * );
 * ```
 */
export function rulesFor<K extends MessageType>(messageType: K): MessageRules<K> {
  return {
    ...(loose as unknown as RulesAt<Message<K>>),
    messageType,
    rule: (id, info, check) => c.rule(id, { ...info, messages: [messageType] }, check),
  };
}
