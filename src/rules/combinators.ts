/**
 * A small typed library to write rules: `rule(id, info, check)` and checks composed from `all`, `forEach`,
 * `when`, `required`, `forbidden`, `oneOf`, `atLeastOne`, `unique`, `sequentialFrom`, `matches`, `checkDigit`,
 * `checkWith`, with predicates `present`, `absent`, `equals`, `anyOf`, `not`, `and`, `or`.
 * Paths are relative to the current scope (the message root, or what `forEach` visits) and take `[*]` over
 * arrays: `forEach('consignmentMasterLevel.consignmentHouseLevel[*].goodsItem[*]', required('commodity.cusCode'))`.
 */
import type { Severity } from '../core/issue';
import type { CheckResult } from './checks/result';
import { expand, isPresent, parsePath, pathsOf, showPath, withPaths, type PathSpec } from './paths';
import type { Check, Finding, Predicate, Rule, RuleInfo, Scope } from './types';

const lastName = (path: string): string => parsePath(path).at(-1)?.name ?? path;
const at = (...paths: readonly string[]): PathSpec[] => paths.map((path) => ({ path }));
const of = (...fns: (object | undefined)[]): PathSpec[] => fns.flatMap((f) => [...pathsOf(f)]);

/**
 * Make a rule from an id, its description and a check.
 *
 * @example
 * ```ts
 * const ucr = rule('company-ucr', { summary: 'No filing without a UCR' },
 *   forEach('consignmentMasterLevel.consignmentHouseLevel[*]', required('referenceNumberUCR')));
 * ```
 */
export function rule(id: string, info: RuleInfo, check: Check): Rule {
  return {
    ...info,
    id,
    kind: info.kind ?? 'custom',
    severity: info.severity ?? 'error',
    status: info.status ?? 'checked',
    check,
  };
}

/**
 * Run every check; findings are concatenated.
 *
 * @example
 * ```ts
 * all(required('LRN'), matches('LRN', /^[A-Z0-9]+$/));
 * ```
 */
export function all(...checks: Check[]): Check {
  return withPaths<Check>((ctx, scope) => checks.flatMap((c) => c(ctx, scope)), of(...checks));
}

/**
 * Run a check at every scope a path reaches.
 *
 * @example
 * ```ts
 * forEach('consignmentMasterLevel.consignmentHouseLevel[*].goodsItem[*]', required('commodity.cusCode'));
 * ```
 */
export function forEach(path: string, check: Check): Check {
  return withPaths<Check>(
    (ctx, scope) => expand(scope, path).flatMap((s) => check(ctx, s)),
    [{ path, inner: of(check) }],
  );
}

/**
 * Run `then` where the predicate holds, `otherwise` (if given) where it does not.
 *
 * @example
 * ```ts
 * when(equals('containerIndicator', '1'), required('transportEquipment'), forbidden('transportEquipment'));
 * ```
 */
export function when(condition: Predicate, then: Check, otherwise?: Check): Check {
  return withPaths<Check>(
    (ctx, scope) => (condition(ctx, scope) ? then(ctx, scope) : otherwise ? otherwise(ctx, scope) : []),
    of(condition, then, otherwise),
  );
}

/**
 * The path must be given (for `[*]` steps: in every element that exists). Missing single steps on the
 * way are reported at the full path.
 *
 * @example
 * ```ts
 * required('consignmentMasterLevel.transportDocumentMasterLevel.documentNumber');
 * ```
 */
export function required(path: string, message?: string): Check {
  return withPaths<Check>(
    (_ctx, scope) =>
      expand(scope, path, true)
        .filter((s) => !isPresent(s.value))
        .map((s) => ({
          path: s.path,
          message: message ?? `${lastName(path)} is required (${showPath(s.path)})`,
        })),
    at(path),
  );
}

/**
 * The path must not be given.
 *
 * @example
 * ```ts
 * forbidden('activeBorderTransportMeans.conveyanceReferenceNumber');
 * ```
 */
export function forbidden(path: string, message?: string): Check {
  return withPaths<Check>(
    (_ctx, scope) =>
      expand(scope, path)
        .filter((s) => isPresent(s.value))
        .map((s) => ({
          path: s.path,
          message: message ?? `${lastName(path)} must not be given (${showPath(s.path)})`,
        })),
    at(path),
  );
}

const presentOf = (scope: Scope, paths: readonly string[]): Scope[] =>
  paths.flatMap((p) => expand(scope, p).filter((s) => isPresent(s.value)));

/**
 * Exactly one of the paths must be given: none is reported at the scope, a second one where it is.
 *
 * @example
 * ```ts
 * oneOf(['MRN', 'transportDocument']);
 * ```
 */
export function oneOf(paths: readonly string[], message?: string): Check {
  return withPaths<Check>(
    (_ctx, scope) => {
      const found = presentOf(scope, paths);
      if (found.length === 1) return [];
      const text =
        message ?? `Give exactly one of ${paths.join(', ')}${found.length ? `, not ${found.length}` : ''}`;
      if (!found.length) return [{ path: scope.path, message: text }];
      return found.slice(1).map((s) => ({ path: s.path, message: text }));
    },
    at(...paths),
  );
}

/**
 * At least one of the paths must be given (reported at the scope).
 *
 * @example
 * ```ts
 * atLeastOne(['estimatedDateAndTimeOfArrival', 'relatedMRN']);
 * ```
 */
export function atLeastOne(paths: readonly string[], message?: string): Check {
  return withPaths<Check>(
    (_ctx, scope) =>
      presentOf(scope, paths).length
        ? []
        : [{ path: scope.path, message: message ?? `Give at least one of ${paths.join(', ')}` }],
    at(...paths),
  );
}

/**
 * The values a path reaches must be unique (by a key, default the value itself as JSON); every repeat is
 * reported.
 *
 * @example
 * ```ts
 * unique('consignmentHouseLevel[*].transportDocumentHouseLevel', (d) => JSON.stringify(d));
 * ```
 */
export function unique(
  path: string,
  by: (value: unknown) => string = (v) => JSON.stringify(v) ?? 'undefined',
  message?: string,
): Check {
  return withPaths<Check>((_ctx, scope) => {
    const seen = new Map<string, Scope>();
    const out: Finding[] = [];
    for (const s of expand(scope, path)) {
      if (!isPresent(s.value)) continue;
      const key = by(s.value);
      const first = seen.get(key);
      if (first)
        out.push({ path: s.path, message: message ?? `${lastName(path)} repeats ${showPath(first.path)}` });
      else seen.set(key, s);
    }
    return out;
  }, at(path));
}

/**
 * The numbers a path reaches must run `start`, `start + 1`, ... in order; the first that does not is
 * reported, with the expected number.
 *
 * @example
 * ```ts
 * sequentialFrom('goodsItem[*].goodsItemNumber', 1);
 * ```
 */
export function sequentialFrom(path: string, start = 1, message?: string): Check {
  return withPaths<Check>((_ctx, scope) => {
    const out: Finding[] = [];
    let expected = start;
    for (const s of expand(scope, path)) {
      const ok = typeof s.value === 'string' && /^\d+$/.test(s.value) && Number(s.value) === expected;
      if (!ok)
        out.push({
          path: s.path,
          message: message ?? `${lastName(path)} should be ${expected}, got ${JSON.stringify(s.value)}`,
        });
      expected++;
    }
    return out;
  }, at(path));
}

/**
 * Every string a path reaches must match a pattern.
 *
 * @example
 * ```ts
 * matches('LRN', /^[A-Z0-9-]+$/, 'LRN: capitals, digits and hyphens only');
 * ```
 */
export function matches(path: string, pattern: RegExp, message?: string): Check {
  return withPaths<Check>(
    (_ctx, scope) =>
      expand(scope, path)
        .filter((s) => typeof s.value === 'string' && s.value !== '' && !pattern.test(s.value))
        .map((s) => ({
          path: s.path,
          message: message ?? `${lastName(path)} ${JSON.stringify(s.value)} does not match ${pattern}`,
        })),
    at(path),
  );
}

/**
 * Every string a path reaches must pass a reference check (from `./checks`); its message is reported.
 *
 * @example
 * ```ts
 * import { checkWith, checkContainerNumber } from 'ics2/rules';
 * checkWith('consignmentMasterLevel.consignmentHouseLevel[*].transportEquipment[*].containerIdentificationNumber', checkContainerNumber);
 * ```
 */
export function checkWith(path: string, check: (value: string) => CheckResult, severity?: Severity): Check {
  return withPaths<Check>((_ctx, scope) => {
    const out: Finding[] = [];
    for (const s of expand(scope, path)) {
      if (typeof s.value !== 'string' || s.value === '') continue;
      const r = check(s.value);
      if (!r.ok)
        out.push(
          severity ? { path: s.path, message: r.message, severity } : { path: s.path, message: r.message },
        );
    }
    return out;
  }, at(path));
}

/**
 * The last character of every string a path reaches must be the check character computed from the rest
 * (`algorithm` returns `null` when the rest cannot carry one).
 *
 * @example
 * ```ts
 * import { checkDigit, imoCheckDigit } from 'ics2/rules';
 * checkDigit('activeBorderTransportMeans.identificationNumber', (imo) => imoCheckDigit(imo.slice(3)));
 * ```
 */
export function checkDigit(
  path: string,
  algorithm: (payload: string) => string | null,
  message?: string,
): Check {
  return withPaths<Check>((_ctx, scope) => {
    const out: Finding[] = [];
    for (const s of expand(scope, path)) {
      if (typeof s.value !== 'string' || s.value === '') continue;
      const want = algorithm(s.value.slice(0, -1));
      if (want !== s.value.slice(-1)) {
        out.push({
          path: s.path,
          message:
            message ??
            `${lastName(path)} ${JSON.stringify(s.value)}: expected check character ${want ?? '(none computable)'}`,
        });
      }
    }
    return out;
  }, at(path));
}

/**
 * Predicate: the path is given (somewhere, for `[*]` paths).
 *
 * @example
 * ```ts
 * when(present('referenceNumberUCR'), matches('referenceNumberUCR', /^\d/));
 * ```
 */
export function present(path: string): Predicate {
  return withPaths<Predicate>((_ctx, scope) => expand(scope, path).some((s) => isPresent(s.value)), at(path));
}

/**
 * Predicate: the path is not given anywhere.
 *
 * @example
 * ```ts
 * when(absent('UNLOCODE'), required('address'));
 * ```
 */
export function absent(path: string): Predicate {
  return withPaths<Predicate>((ctx, scope) => !present(path)(ctx, scope), at(path));
}

/**
 * Predicate: some value the path reaches equals `value`.
 *
 * @example
 * ```ts
 * equals('containerIndicator', '1');
 * ```
 */
export function equals(path: string, value: string): Predicate {
  return withPaths<Predicate>((_ctx, scope) => expand(scope, path).some((s) => s.value === value), at(path));
}

/**
 * Predicate: some value the path reaches is one of `values`.
 *
 * @example
 * ```ts
 * anyOf('goodsItem[*].packaging[*].typeOfPackages', ['VQ', 'VG']);
 * ```
 */
export function anyOf(path: string, values: readonly string[]): Predicate {
  const set = new Set(values);
  return withPaths<Predicate>(
    (_ctx, scope) => expand(scope, path).some((s) => typeof s.value === 'string' && set.has(s.value)),
    at(path),
  );
}

/**
 * Predicate: negation.
 *
 * @example
 * ```ts
 * not(equals('containerIndicator', '1'));
 * ```
 */
export function not(p: Predicate): Predicate {
  return withPaths<Predicate>((ctx, scope) => !p(ctx, scope), of(p));
}

/**
 * Predicate: all hold.
 *
 * @example
 * ```ts
 * and(present('a'), present('b'));
 * ```
 */
export function and(...ps: Predicate[]): Predicate {
  return withPaths<Predicate>((ctx, scope) => ps.every((p) => p(ctx, scope)), of(...ps));
}

/**
 * Predicate: any holds.
 *
 * @example
 * ```ts
 * or(present('a'), present('b'));
 * ```
 */
export function or(...ps: Predicate[]): Predicate {
  return withPaths<Predicate>((ctx, scope) => ps.some((p) => p(ctx, scope)), of(...ps));
}
