/**
 * C3025 — house-level consignor and consignee both natural persons (type of person '1'): optional; otherwise
 * mandatory. Applies to every element citing C3025 (`goodsItem/commodity/commodityCode`).
 */
import { ancestor, valueAt } from '../paths';
import { official, presence, rec, str } from './support';

/**
 * C3025: the commodity code is required unless both parties of the house consignment are natural persons.
 *
 * @example
 * ```ts
 * runRule(C3025, { meta: IE3F11Meta, data }); // flags a goods item without commodityCode between companies
 * ```
 */
export const C3025 = official(
  'C3025',
  {
    example: {
      error: 'consignor.typeOfPerson "2" and goodsItem[0].commodity without commodityCode',
      fix: 'add commodityCode { harmonizedSystemSubHeadingCode: "610910" }',
    },
  },
  presence('C3025', (ctx, site) => {
    const level = ancestor(site.path, 'consignmentHouseLevel');
    if (!level) return undefined;
    const c = rec(valueAt(ctx.data, level));
    const natural =
      str(rec(c?.consignor)?.typeOfPerson) === '1' && str(rec(c?.consignee)?.typeOfPerson) === '1';
    return natural
      ? { presence: 'optional', because: 'consignor and consignee are natural persons' }
      : {
          presence: 'required',
          because: 'consignor and consignee are not both natural persons (type of person 1)',
        };
  }),
);
