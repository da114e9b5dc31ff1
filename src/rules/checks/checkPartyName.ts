import { GOODS_DESCRIPTION_STOPWORDS } from '../data/goodsDescriptionStopwords';
import type { StopwordList } from '../data/goodsDescriptionStopwords';
import { fail, pass, preflight, show } from './result';
import type { CheckResult } from './result';
import { describeStopword, foldForMatch, stopwordMatcher } from './stopwordMatcher';

/**
 * Check a party name (consignor, consignee, notify party, ... `name`) against the party stop words of the
 * ICS2 list (terms whose `field` is `party`: "Private", "Unknown", "N/A"; `spec/goods-description-stopwords.json`
 * GD-06, sources SHIPGAZ, WT-SW, AEB).
 *
 * The name is refused when, ignoring case, spaces and punctuation, it is one of those terms: so `N/A`, `n/a`,
 * `N.A.`, `NA`, `PRIVATE`, `Unknown.` are all refused. Terms marked `disabled` are not applied. A name that
 * only contains such a word ("Private Label Ltd") is accepted: the sources name only the whole field.
 *
 * Reasons: `not_a_string`, `empty` (also blank), `stop_word`.
 *
 * @example
 * ```ts
 * checkPartyName('ACME Trading GmbH'); // { ok: true }
 * checkPartyName('n/a'); // { ok: false, reason: 'stop_word', message: '... "N/A" ...' }
 * ```
 */
export function checkPartyName(name: string, list: StopwordList = GOODS_DESCRIPTION_STOPWORDS): CheckResult {
  const what = 'Party name';
  const pre = preflight(name, what, { whitespace: true });
  if (pre) return pre;
  if (name.trim() === '') return fail('empty', `${what}: the value is blank`);
  const terms = stopwordMatcher(list, 'party').whole.get(foldForMatch(name)) ?? [];
  const term = terms.find((t) => t.status !== 'disabled');
  if (term === undefined) return pass();
  return fail(
    'stop_word',
    `${what} ${show(name)} is the party stop word "${term.term}" (${describeStopword(term)}): ICS2 refuses it, give the real name`,
  );
}
