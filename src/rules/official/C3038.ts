/**
 * C3038 — a house-level additional-information code '10900': mandatory; otherwise optional.
 * Applies to every element citing C3038.
 */
import { ancestor, valueAt } from '../paths';
import { additionalCodes, official, presence } from './support';

/**
 * C3038: required with code 10900.
 *
 * @example
 * ```ts
 * runRule(C3038, { meta: IE3F32Meta, data }); // flags code 10900 without totalAmountInvoiced
 * ```
 */
export const C3038 = official(
  'C3038',
  {
    example: {
      error: 'additionalInformation code "10900" and no totalAmountInvoiced',
      fix: 'add totalAmountInvoiced { value: "120.00", currency: "EUR" }',
    },
  },
  presence('C3038', (ctx, site) => {
    const level = ancestor(site.path, 'consignmentHouseLevel');
    if (!level) return undefined;
    return additionalCodes(valueAt(ctx.data, level)).includes('10900')
      ? { presence: 'required', because: 'additional information code 10900 is given' }
      : { presence: 'optional', because: 'no additional information code 10900' };
  }),
);
