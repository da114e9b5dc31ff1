import type { StopwordList, StopwordSource, StopwordTerm } from '../data/goodsDescriptionStopwords';
import { foldForMatch } from './stopwordMatcher';

/** A term to add: only `term` is required. */
export type StopwordAddition = Pick<StopwordTerm, 'term'> & Partial<Omit<StopwordTerm, 'term'>>;

/**
 * A new stop-word list: `base` plus `additions` (the base list is not changed).
 *
 * An addition with the same term and field as a base term (compared ignoring case, spaces and punctuation)
 * replaces it; use this to update a term, for example to mark `Fish` active again or to give a term's
 * enforcement date. Defaults for an addition: kind `reject`, status `active`, since `null`, field
 * `goodsDescription`, source `user`, confidence `user`. The new list's version is `options.version`, or the
 * base version with `+user` appended; `options.sources` are added to the base sources.
 *
 * @example
 * ```ts
 * const list = extendStopwords(GOODS_DESCRIPTION_STOPWORDS, [
 *   { term: 'Widgetry', source: 'our own list' },
 *   { term: 'Fish', status: 'active' },
 * ]);
 * checkGoodsDescription('Widgetry', list)[0]?.reason; // 'stop_word'
 * ```
 */
export function extendStopwords(
  base: StopwordList,
  additions: readonly StopwordAddition[],
  options: { version?: string; sources?: readonly StopwordSource[] } = {},
): StopwordList {
  const key = (t: { term: string; field?: string }): string =>
    `${t.field ?? 'goodsDescription'}\u0000${foldForMatch(t.term)}`;
  const added: StopwordTerm[] = additions.map((a) => ({
    kind: 'reject',
    status: 'active',
    since: null,
    field: 'goodsDescription',
    source: 'user',
    confidence: 'user',
    ...definedOnly(a),
    term: a.term,
  }));
  const replaced = new Set(added.map(key));
  const kept = base.terms.filter((t) => !replaced.has(key(t)));
  return {
    ...base,
    version: options.version ?? `${base.version}+user`,
    sources: [...base.sources, ...(options.sources ?? [])],
    terms: [...kept, ...added],
  };
}

function definedOnly<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>;
}
