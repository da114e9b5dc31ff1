/**
 * C3048 — master-level consignor and consignee both natural persons (type of person '1'): optional; otherwise
 * mandatory. Applies to every element citing C3048 (`goodsItem/commodity/commodityCode`).
 */
import { presenceUnlessNaturalPersons } from './naturalPersons';
import { official } from './support';

/**
 * C3048: the commodity code is required unless both parties of the master consignment are natural persons.
 *
 * @example
 * ```ts
 * runRule(C3048, { meta: IE3F11Meta, data }); // flags a goods item without commodityCode between companies
 * ```
 */
export const C3048 = official(
  'C3048',
  {
    example: {
      error: 'consignor.typeOfPerson "2" and goodsItem[0].commodity without commodityCode',
      fix: 'add commodityCode { harmonizedSystemSubHeadingCode: "610910" }',
    },
  },
  presenceUnlessNaturalPersons('C3048', 'consignmentMasterLevel'),
);
