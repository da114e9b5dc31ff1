/**
 * C3025 — house-level consignor and consignee both natural persons (type of person '1'): optional; otherwise
 * mandatory. Applies to every element citing C3025 (`goodsItem/commodity/commodityCode`).
 */
import { presenceUnlessNaturalPersons } from './naturalPersons';
import { official } from './support';

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
  presenceUnlessNaturalPersons('C3025', 'consignmentHouseLevel'),
);
