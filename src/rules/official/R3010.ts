/**
 * R3010 — type of identification '80': the identification number is an 8-digit ENI.
 * Not cited by any row we hold: applies to every `identificationNumber` with a sibling `typeOfIdentification`.
 */
import { atSites } from '../applicability';
import { checkEni } from '../checks/checkEni';
import { official, sibling, str } from './support';

/**
 * R3010: with `typeOfIdentification` '80' the number passes `checkEni`.
 *
 * @example
 * ```ts
 * runRule(R3010, { meta: IE3N06Meta, data }); // flags { typeOfIdentification: '80', identificationNumber: '1234' }
 * ```
 */
export const R3010 = official(
  'R3010',
  {
    appliesTo: 'every identificationNumber next to a typeOfIdentification (no table row cites R3010)',
    example: {
      error: 'activeBorderTransportMeans = { typeOfIdentification: "80", identificationNumber: "0230" }',
      fix: 'identificationNumber "02300001" (8 digits)',
    },
  },
  atSites(
    'R3010',
    (_ctx, site) => {
      const v = str(site.value);
      if (!v || sibling(site, 'typeOfIdentification') !== '80') return [];
      const r = checkEni(v);
      return r.ok ? [] : [{ path: site.path, message: `${r.message} (R3010)` }];
    },
    (t) =>
      t.element.name === 'identificationNumber' &&
      !!t.parentElement.children?.some((c) => c.name === 'typeOfIdentification'),
  ),
);
