/**
 * R3004 — MRN layout (year, country, 11-character id, trader-interface and procedure letters, check character).
 * Applies to the elements citing R3004 whose name is an MRN. Some tables we hold also cite R3004 on an
 * `LRN` row (IE3F32 and others); an LRN is not an MRN, so those rows are not checked (source anomaly).
 */
import { atSites } from '../applicability';
import { checkMrn } from '../checks/checkMrn';
import { official, str } from './support';

/**
 * R3004: every cited MRN passes `checkMrn` (layout and check character).
 *
 * @example
 * ```ts
 * runRule(R3004, { meta: IE3F23Meta, data: { MRN: '24DE123456789012J5' } }); // check character error
 * ```
 */
export const R3004 = official(
  'R3004',
  {
    status: 'partial',
    note: 'Checked where the element is an MRN; the tables also cite R3004 on some LRN rows, which are not MRNs and are skipped.',
    example: {
      error: 'MRN "24DE12345678901J4" (17 characters)',
      fix: 'give the 18-character MRN customs returned, e.g. "24DE123456789012J4"',
    },
  },
  atSites('R3004', (_ctx, site) => {
    const v = str(site.value);
    if (!v || !/MRN/i.test(site.name)) return [];
    const r = checkMrn(v);
    return r.ok ? [] : [{ path: site.path, message: `${r.message} (R3004)` }];
  }),
);
