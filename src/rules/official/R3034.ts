/**
 * R3034 — either the customs office of first entry or the addressed Member State.
 * No row we hold cites R3034: applies by analogy to messages where both are optional siblings (IE3N01, IE3N10,
 * IE3N99, IE3R01, IE3R07 in our tables), and reports warnings: a message customs send (IE3N99 without either) must
 * not be refused on a rule no row of it cites.
 */
import { atSites } from '../applicability';
import { isPresent } from '../paths';
import { official, sibling } from './support';

/**
 * R3034: at least one of `customsOfficeOfFirstEntry` and `addressedMemberState`.
 *
 * @example
 * ```ts
 * runRule(R3034, { meta: IE3N10Meta, data }); // flags a message with neither
 * ```
 */
export const R3034 = official(
  'R3034',
  {
    appliesTo:
      'customsOfficeOfFirstEntry where it and addressedMemberState are both optional (no table row cites R3034)',
    note: 'Read as "at least one"; whether giving both is an error is not stated in the paraphrase. No row cites R3034: applied by analogy, so reported as warnings.',
    example: {
      error: 'IE3N10 with neither customsOfficeOfFirstEntry nor addressedMemberState',
      fix: 'add customsOfficeOfFirstEntry { referenceNumber: "NL000396" }',
    },
  },
  atSites(
    'R3034',
    (_ctx, site) =>
      isPresent(site.value) || isPresent(sibling(site, 'addressedMemberState'))
        ? []
        : [
            {
              path: site.path,
              message: 'Give the customs office of first entry or the addressed Member State (R3034, applied by analogy)',
              severity: 'warning' as const,
            },
          ],
    (t) =>
      t.element.name === 'customsOfficeOfFirstEntry' &&
      t.element.min === 0 &&
      !!t.parentElement.children?.some((c) => c.name === 'addressedMemberState' && c.min === 0),
  ),
);
