/**
 * R3022 — the countries of routing of the consignment include the countries of the place of acceptance
 * and of the place of delivery (of the house consignment, else of the master consignment).
 * Applies to every `countriesOfRoutingOfConsignment` citing R3022.
 */
import { atSites } from '../applicability';
import type { Finding } from '../types';
import { arr, official, placeCountry, placeFor, rec, str } from './support';

/**
 * R3022: routing of the consignment contains the acceptance and delivery countries.
 *
 * @example
 * ```ts
 * runRule(R3022, { meta: IE3F11Meta, data }); // flags routing [CN, NL] with delivery in DE
 * ```
 */
export const R3022 = official(
  'R3022',
  {
    example: {
      error: 'countriesOfRoutingOfConsignment [CN, NL] with placeOfDelivery.UNLOCODE "DEHAM"',
      fix: 'add DE to the routing of the consignment',
    },
  },
  atSites('R3022', (ctx, site) => {
    if (!Array.isArray(site.value)) return [];
    const countries = new Set(arr(site.value).map((e) => str(rec(e)?.country)));
    const out: Finding[] = [];
    for (const [name, label] of [
      ['placeOfAcceptance', 'acceptance'],
      ['placeOfDelivery', 'delivery'],
    ] as const) {
      const c = placeCountry(placeFor(ctx, site.path, name));
      if (c && !countries.has(c)) {
        out.push({
          path: site.path,
          message: `The countries of routing of the consignment must include ${c}, the country of the place of ${label} (R3022)`,
        });
      }
    }
    return out;
  }),
);
