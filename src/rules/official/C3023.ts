/**
 * C3023 — a master-level additional-information code '10600': required; otherwise optional.
 * Applies to every element citing C3023 (none in our tables: consignmentMasterLevel/notifyParty by analogy).
 */
import { ancestor, valueAt } from '../paths';
import { additionalCodes, official, presence } from './support';

/**
 * C3023: presence follows additional-information code 10600 of the master consignment.
 *
 * @example
 * ```ts
 * runRule(C3023, { meta: IE3F11Meta, data });
 * ```
 */
export const C3023 = official(
  'C3023',
  {
    appliesTo: 'consignmentMasterLevel/notifyParty, by analogy with C3024',
    status: 'partial',
    note: 'No table row we hold cites C3023: applied to consignmentMasterLevel/notifyParty by analogy with C3024, and reported as warnings because the element is inferred.',
    example: { error: 'additionalInformation code "10600" and no notifyParty', fix: 'add the notifyParty' },
  },
  presence(
    'C3023',
    (ctx, site) => {
      const level = ancestor(site.path, 'consignmentMasterLevel');
      if (!level) return undefined;
      const has = additionalCodes(valueAt(ctx.data, level)).includes('10600');
      return has
        ? { presence: 'required', because: 'additional information code 10600 is given', severity: 'warning' }
        : { presence: 'optional', because: 'no additional information code 10600', severity: 'warning' };
    },
    (t) => t.xmlPath === 'consignmentMasterLevel/notifyParty',
  ),
);
