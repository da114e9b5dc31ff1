/**
 * C3024 — a house-level additional-information code '10600': required; otherwise optional.
 * Applies to every element citing C3024.
 */
import { ancestor, valueAt } from '../paths';
import { additionalCodes, official, presence } from './support';

/**
 * C3024: presence follows additional-information code 10600 of the house consignment.
 *
 * @example
 * ```ts
 * runRule(C3024, { meta: IE3F11Meta, data });
 * ```
 */
export const C3024 = official(
  'C3024',
  {
    example: { error: 'additionalInformation code "10600" and no notifyParty', fix: 'add the notifyParty' },
  },
  presence('C3024', (ctx, site) => {
    const level = ancestor(site.path, 'consignmentHouseLevel');
    if (!level) return undefined;
    const has = additionalCodes(valueAt(ctx.data, level)).includes('10600');
    return has
      ? { presence: 'required', because: 'additional information code 10600 is given' }
      : { presence: 'optional', because: 'no additional information code 10600' };
  }),
);
