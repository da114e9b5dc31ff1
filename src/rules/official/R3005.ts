/**
 * R3005 — the identification number must be an EORI number.
 * Applies to every `identificationNumber` citing R3005. Checks the EORI shape (country prefix and national
 * layout) with `checkEori`; whether the EORI is registered needs the EU EORI service (not checked).
 */
import { atSites } from '../applicability';
import { checkEori } from '../checks/checkEori';
import { official, str } from './support';

/**
 * R3005: cited identification numbers are EORI-shaped.
 *
 * @example
 * ```ts
 * runRule(R3005, { meta: IE3F32Meta, data }); // flags declarant.identificationNumber "123"
 * ```
 */
export const R3005 = official(
  'R3005',
  {
    status: 'partial',
    note: 'Shape only: whether the EORI is registered and valid needs the EU EORI validation service.',
    example: {
      error: 'declarant.identificationNumber = "123456"',
      fix: 'use the EORI number, e.g. "DE123456789012345"',
    },
  },
  atSites('R3005', (_ctx, site) => {
    const v = str(site.value);
    if (!v) return [];
    const r = checkEori(v);
    return r.ok ? [] : [{ path: site.path, message: `${r.message} (R3005)` }];
  }),
);
