/**
 * C3034 — address country with postal-code indicator 'C' in CL733: postcode optional; otherwise mandatory.
 * Applies to every `address/postCode` citing C3034.
 * CL733 was not found: we hold a proxy (NCTS CL505 "country without zip", partial), so a missing postcode
 * for a country outside the proxy is reported as a **warning**, not an error (the code list's caveat).
 */
import { official, POSTCODE_OPTIONAL, presence, sibling, str } from './support';

/**
 * C3034: postcode required unless the country does not use postcodes (warning, see above).
 *
 * @example
 * ```ts
 * runRule(C3034, { meta: IE3F32Meta, data }); // warns on { country: 'DE', city: 'Berlin' } without postCode
 * ```
 */
export const C3034 = official(
  'C3034',
  {
    severity: 'warning',
    status: 'partial',
    note: 'CL733 is a partial proxy (NCTS CL505): missing postcodes are warnings until the official list is available.',
    example: {
      error: 'declarant.address = { country: "DE", city: "Berlin", street: "Unter den Linden", number: "1" }',
      fix: 'add postCode "10117"',
    },
  },
  presence('C3034', (_ctx, site) => {
    const country = str(sibling(site, 'country'));
    if (!country) return undefined;
    return POSTCODE_OPTIONAL.has(country)
      ? { presence: 'optional', because: `${country} has postal-code indicator C` }
      : {
          presence: 'required',
          because: `${country} is not listed with postal-code indicator C (CL733 proxy, partial)`,
        };
  }),
);
