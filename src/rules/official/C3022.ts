/**
 * C3022 — a house-level additional-information code '10600': optional; otherwise required.
 * Applies to every element citing C3022.
 */
import { ancestor, valueAt } from '../paths';
import { additionalCodes, official, presence } from './support';

/**
 * C3022: presence follows additional-information code 10600 of the house consignment.
 *
 * @example
 * ```ts
 * runRule(C3022, { meta: IE3F11Meta, data });
 * ```
 */
export const C3022 = official(
  'C3022',
  {
    example: {
      error: 'no additional information 10600 and no consignee',
      fix: 'add the consignee (or code 10600 when it is unknown)',
    },
  },
  presence('C3022', (ctx, site) => {
    const level = ancestor(site.path, 'consignmentHouseLevel');
    if (!level) return undefined;
    const has = additionalCodes(valueAt(ctx.data, level)).includes('10600');
    return has
      ? { presence: 'optional', because: 'additional information code 10600 is given' }
      : { presence: 'required', because: 'no additional information code 10600' };
  }),
);
