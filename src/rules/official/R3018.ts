/**
 * R3018 — the first EU Member State in the means-of-transport routing is the country of the customs office
 * of first entry. Applies to every `countriesOfRoutingOfMeansOfTransport` citing R3018. The office country
 * is the first two letters of `customsOfficeOfFirstEntry.referenceNumber`; whether the office exists needs
 * the customs office list (not checked).
 */
import { atSites } from '../applicability';
import { routingOrder } from './routing';
import { EU_MEMBER_STATES, official, rec, str } from './support';

/**
 * R3018: first EU country of routing = country of the office of first entry.
 *
 * @example
 * ```ts
 * runRule(R3018, { meta: IE3F50Meta, data }); // flags routing CN, NL, DE with office "DE004800"
 * ```
 */
export const R3018 = official(
  'R3018',
  {
    status: 'partial',
    note: 'The office country is read from the reference number prefix; the office itself needs the customs office list (CL141 is partial). EU membership: CL717 without CH/NO, with XI.',
    example: {
      error: 'routing [CN, NL, DE] with customsOfficeOfFirstEntry.referenceNumber "DE004800"',
      fix: 'office of first entry in NL (e.g. "NL000396"), or correct the routing',
    },
  },
  atSites('R3018', (ctx, site) => {
    const office = str(rec(rec(ctx.data)?.customsOfficeOfFirstEntry)?.referenceNumber);
    if (!office || !/^[A-Z]{2}/.test(office)) return [];
    const first = routingOrder(site.value).find(
      (e) => e.country !== undefined && EU_MEMBER_STATES.has(e.country),
    );
    if (!first || first.country === office.slice(0, 2)) return [];
    return [
      {
        path: [...site.path, first.index, 'country'],
        message: `The first EU country of routing (${first.country}) must be the country of the customs office of first entry ${office} (R3018)`,
      },
    ];
  }),
);
