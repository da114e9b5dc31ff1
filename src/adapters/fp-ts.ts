/**
 * `ics2/fp-ts`: validation as fp-ts `Either`, and rules lifted to fp-ts's applicative validation so that
 * independent checks accumulate every issue. `fp-ts` is an optional peer dependency: only this subpath needs it.
 */
import * as E from 'fp-ts/lib/Either.js';
import { isNonEmpty } from 'fp-ts/lib/Array.js';
import * as NEA from 'fp-ts/lib/NonEmptyArray.js';
import type { Issue } from '../core/issue';
import { messageInfo, validate, type Message, type ValidateOptions } from '../validate';
import type { MessageType } from '../generated/catalogue';
import type { Rule } from '../rules/types';
import { runRule } from '../rules/runRule';

/** Issues, never empty on the left of an `Either`. */
export type Issues = NEA.NonEmptyArray<Issue>;

/**
 * The applicative of `Either<Issues, A>` that concatenates the issues of every failing branch.
 *
 * @example
 * ```ts
 * import { sequenceT } from 'fp-ts/Apply';
 * sequenceT(IssuesValidation)(validateE('IE3F32', a), validateE('IE3F32', b)); // every issue of both
 * ```
 */
export const IssuesValidation = E.getApplicativeValidation(NEA.getSemigroup<Issue>());

/**
 * `validate` as an `Either`: `right(message)` or `left(issues)` (warnings stay out of a `right`).
 *
 * @example
 * ```ts
 * import { validateE } from 'ics2/fp-ts';
 * import { pipe } from 'fp-ts/function';
 * import * as E from 'fp-ts/Either';
 * pipe(validateE('IE3F32', data), E.match((issues) => issues.length, () => 0));
 * ```
 */
export function validateE<K extends MessageType>(
  messageType: K,
  data: unknown,
  options?: ValidateOptions,
): E.Either<Issues, Message<K>> {
  const r = validate(messageType, data, options);
  if (r.ok) return E.right(r.value);
  const errors = r.issues.filter((i) => i.severity === 'error');
  return E.left(isNonEmpty(errors) ? errors : (r.issues as Issues));
}

/**
 * One rule (official or your own, built with the combinators) lifted to `Either`: `right(data)` when it finds
 * no error, else `left(issues)`.
 *
 * @example
 * ```ts
 * import { ruleE } from 'ics2/fp-ts';
 * import { rule, required } from 'ics2/rules';
 * const ucr = rule('company-ucr', { summary: 'Every filing carries a UCR' }, required('consignmentMasterLevel.referenceNumberUCR'));
 * ruleE(ucr)('IE3F32', data);
 * ```
 */
export function ruleE(
  rule: Rule,
): <K extends MessageType>(messageType: K, data: Message<K>) => E.Either<Issues, Message<K>> {
  return (messageType, data) => {
    const issues = runRule(rule, { meta: messageInfo(messageType), data }).filter(
      (i) => i.severity === 'error',
    );
    return isNonEmpty(issues) ? E.left(issues) : E.right(data);
  };
}

/**
 * Run several rules applicatively: every rule runs, and every error of every rule is kept.
 *
 * @example
 * ```ts
 * import { rulesE } from 'ics2/fp-ts';
 * rulesE([ucrRule, noPrivateNames])('IE3F32', data); // Either<Issues, IE3F32>
 * ```
 */
export function rulesE(
  rules: readonly Rule[],
): <K extends MessageType>(messageType: K, data: Message<K>) => E.Either<Issues, Message<K>> {
  return <K extends MessageType>(messageType: K, data: Message<K>) =>
    rules.reduce<E.Either<Issues, Message<K>>>(
      (acc, r) =>
        IssuesValidation.ap(
          IssuesValidation.map(acc, (d) => (_: Message<K>) => d),
          ruleE(r)(messageType, data),
        ),
      E.right(data),
    );
}
