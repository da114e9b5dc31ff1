/**
 * R3014 — the last country in the active means' routing equals the place-of-unloading country (UN/LOCODE prefix or
 * address country of `consignmentMasterLevel.placeOfUnloading`).
 * Applies to every `countriesOfRoutingOfMeansOfTransport` citing R3014.
 */
import { atSites } from '../applicability';
import { routingOrder } from './routing';
import { official, placeCountry, placeFor } from './support';

/**
 * R3014: the last routing country is the country of the place of unloading.
 *
 * @example
 * ```ts
 * runRule(R3014, { meta: IE3F50Meta, data }); // flags routing CN..DE when placeOfUnloading is in another country
 * ```
 */
export const R3014 = official(
  'R3014',
  {
    example: {
      error: 'routing [CN, NL, DE] with placeOfUnloading.UNLOCODE "BEANR"',
      fix: 'end the routing with BE (or correct the place of unloading)',
    },
  },
  atSites('R3014', (ctx, site) => {
    const order = routingOrder(site.value);
    const entry = order.at(-1);
    if (!entry?.country) return [];
    const want = placeCountry(placeFor(ctx, site.path, 'placeOfUnloading'));
    if (!want || want === entry.country) return [];
    return [
      {
        path: [...site.path, entry.index, 'country'],
        message: `The last country of routing (${entry.country}) must be the place-of-unloading country ${want} (R3014)`,
      },
    ];
  }),
);
