/**
 * C3037 — a house-level additional-information code '10900' and no house-level additional fiscal
 * references: mandatory; otherwise optional. Applies to every element citing C3037.
 */
import { ancestor, isPresent, valueAt } from '../paths';
import { additionalCodes, official, presence, rec } from './support';

/**
 * C3037: required with code 10900 when no additional fiscal references are given.
 *
 * @example
 * ```ts
 * runRule(C3037, { meta: IE3F32Meta, data }); // flags code 10900, no fiscal references, no typeOfGoods
 * ```
 */
export const C3037 = official(
  'C3037',
  {
    example: {
      error:
        'additionalInformation code "10900", no additionalFiscalReferences, goodsItem[0] without typeOfGoods',
      fix: 'add typeOfGoods (CL749), or the additional fiscal references',
    },
  },
  presence('C3037', (ctx, site) => {
    const level = ancestor(site.path, 'consignmentHouseLevel');
    if (!level) return undefined;
    const house = rec(valueAt(ctx.data, level));
    const code = additionalCodes(house).includes('10900');
    const fiscal =
      isPresent(house?.additionalFiscalReferences) || isPresent(house?.additionalFiscalReference);
    return code && !fiscal
      ? {
          presence: 'required',
          because: 'additional information code 10900 is given without additional fiscal references',
        }
      : { presence: 'optional', because: 'no code 10900 or additional fiscal references given' };
  }),
);
