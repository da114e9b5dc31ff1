/**
 * R3013 — the first country in the active means' routing equals the place-of-loading country (UN/LOCODE prefix or
 * address country of `consignmentMasterLevel.placeOfLoading`).
 * Applies to every `countriesOfRoutingOfMeansOfTransport` citing R3013.
 */
import { atSites } from '../applicability';
import { routingOrder } from './routing';
import { official, placeCountry, placeFor } from './support';

/**
 * R3013: the first routing country is the country of the place of loading.
 *
 * @example
 * ```ts
 * runRule(R3013, { meta: IE3F50Meta, data }); // flags routing CN..DE when placeOfLoading is in another country
 * ```
 */
export const R3013 = official(
  'R3013',
  {
    example: {
      error: 'routing [CN, NL, DE] with placeOfLoading.UNLOCODE "HKHKG"',
      fix: 'start the routing with HK (or correct the place of loading)',
    },
  },
  atSites('R3013', (ctx, site) => {
    const order = routingOrder(site.value);
    const entry = order.at(0);
    if (!entry?.country) return [];
    const want = placeCountry(placeFor(ctx, site.path, 'placeOfLoading'));
    if (!want || want === entry.country) return [];
    return [
      {
        path: [...site.path, entry.index, 'country'],
        message: `The first country of routing (${entry.country}) must be the place-of-loading country ${want} (R3013)`,
      },
    ];
  }),
);
