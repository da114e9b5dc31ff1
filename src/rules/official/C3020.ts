/**
 * C3020 — house-level place of delivery in an EU Member State (UN/LOCODE prefix or address country): the
 * class is mandatory; otherwise optional. Applies to every element citing C3020 (`goodsShipment` with buyer
 * and seller, `supplementaryDeclarant`).
 */
import { ancestor, valueAt } from '../paths';
import { EU_MEMBER_STATES, official, placeCountry, presence, rec } from './support';

/**
 * C3020: required when the house consignment is delivered in the EU.
 *
 * @example
 * ```ts
 * runRule(C3020, { meta: IE3F11Meta, data }); // flags delivery "DEHAM" without goodsShipment (buyer/seller)
 * ```
 */
export const C3020 = official(
  'C3020',
  {
    note: 'EU Member States: CL717 without CH and NO, with XI (Northern Ireland); a place without country cannot be decided.',
    example: {
      error: 'consignmentHouseLevel[0].placeOfDelivery.UNLOCODE "DEHAM" and no goodsShipment',
      fix: 'add goodsShipment with buyer and seller',
    },
  },
  presence('C3020', (ctx, site) => {
    const house = ancestor(site.path, 'consignmentHouseLevel');
    if (!house) return undefined;
    const country = placeCountry(rec(valueAt(ctx.data, house))?.placeOfDelivery);
    if (!country) return undefined;
    return EU_MEMBER_STATES.has(country)
      ? {
          presence: 'required',
          because: `the house-level place of delivery is in ${country}, an EU Member State`,
        }
      : { presence: 'optional', because: `the place of delivery is in ${country}` };
  }),
);
