/**
 * R3009 — type of identification '10': the identification number is an IMO ship number.
 * The tables we hold cite R3009 on no row, so it applies (by its own wording) to every `identificationNumber`
 * that has a sibling `typeOfIdentification`.
 */
import { atSites } from '../applicability';
import { checkImoNumber } from '../checks/checkImoNumber';
import { official, sibling, str } from './support';

/**
 * R3009: with `typeOfIdentification` '10' the number passes `checkImoNumber` ('IMO' + 7 digits, check digit).
 *
 * @example
 * ```ts
 * runRule(R3009, { meta: IE3N06Meta, data }); // flags { typeOfIdentification: '10', identificationNumber: 'IMO9074728' }
 * ```
 */
export const R3009 = official(
  'R3009',
  {
    appliesTo: 'every identificationNumber next to a typeOfIdentification (no table row cites R3009)',
    example: {
      error:
        'activeBorderTransportMeans = { typeOfIdentification: "10", identificationNumber: "IMO9074728" }',
      fix: 'identificationNumber "IMO9074729" (check digit 9)',
    },
  },
  atSites(
    'R3009',
    (_ctx, site) => {
      const v = str(site.value);
      if (!v || sibling(site, 'typeOfIdentification') !== '10') return [];
      const r = checkImoNumber(v);
      return r.ok ? [] : [{ path: site.path, message: `${r.message} (R3009)` }];
    },
    (t) =>
      t.element.name === 'identificationNumber' &&
      !!t.parentElement.children?.some((c) => c.name === 'typeOfIdentification'),
  ),
);
