/**
 * C3021 — a master-level additional-information code '10600': optional; otherwise required.
 * Applies to every element citing C3021 (none in our tables: consignmentMasterLevel/consignee by analogy).
 */
import { ancestor, valueAt } from '../paths';
import { additionalCodes, official, presence } from './support';

/**
 * C3021: presence follows additional-information code 10600 of the master consignment.
 *
 * @example
 * ```ts
 * runRule(C3021, { meta: IE3F11Meta, data });
 * ```
 */
export const C3021 = official(
  'C3021',
  {
    appliesTo: 'consignmentMasterLevel/consignee, by analogy with C3022',
    status: 'partial',
    note: 'No table row we hold cites C3021: applied to consignmentMasterLevel/consignee by analogy with C3022, and reported as warnings because the element is inferred.',
    example: {
      error: 'no additional information 10600 and no consignee',
      fix: 'add the consignee (or code 10600 when it is unknown)',
    },
  },
  presence(
    'C3021',
    (ctx, site) => {
      const level = ancestor(site.path, 'consignmentMasterLevel');
      if (!level) return undefined;
      const has = additionalCodes(valueAt(ctx.data, level)).includes('10600');
      return has
        ? { presence: 'optional', because: 'additional information code 10600 is given', severity: 'warning' }
        : { presence: 'required', because: 'no additional information code 10600', severity: 'warning' };
    },
    (t) => t.xmlPath === 'consignmentMasterLevel/consignee',
  ),
);
