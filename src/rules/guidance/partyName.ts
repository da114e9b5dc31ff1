/**
 * PARTY_NAME — party names that are placeholders ("Private", "Unknown", "N/A", the party stop words of
 * `spec/goods-description-stopwords.json`). Not one of the numbered HTI rules; on by default.
 */
import { atSites } from '../applicability';
import { checkPartyName } from '../checks/checkPartyName';
import type { Rule } from '../types';

/**
 * PARTY_NAME: every `name` of a party (a group with an address or identification number) passes
 * `checkPartyName`.
 *
 * @example
 * ```ts
 * runRule(PARTY_NAME, { meta: IE3F32Meta, data }); // flags consignee.name "N/A"
 * ```
 */
export const PARTY_NAME: Rule = {
  id: 'PARTY_NAME',
  kind: 'guidance',
  appliesTo: 'every name of a party (a group with an address or identification number)',
  summary: 'Party names must name the party: not "Private", "Unknown", "N/A" (party stop words).',
  severity: 'error',
  status: 'partial',
  note: 'The party stop words come from industry sources (SHIPGAZ, WT-SW, AEB), not from the HTI rules.',
  example: { error: 'consignee.name "N/A"', fix: 'the consignee\'s real name, e.g. "Erika Mustermann"' },
  check: atSites(
    'PARTY_NAME',
    (_ctx, site) => {
      if (typeof site.value !== 'string') return [];
      const r = checkPartyName(site.value);
      return r.ok || r.reason !== 'stop_word' ? [] : [{ path: site.path, message: r.message }];
    },
    (t) =>
      t.element.name === 'name' &&
      !!t.parentElement.children?.some((c) => c.name === 'address' || c.name === 'identificationNumber'),
  ),
};
