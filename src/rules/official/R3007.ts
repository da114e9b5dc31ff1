/**
 * R3007 — active border transport means: conveyance reference number, or identification number with its type.
 * Applies to `activeBorderTransportMeans` where cited (IE3A20 in the tables we hold).
 */
import { atSites } from '../applicability';
import { official, rec, str } from './support';

/**
 * R3007: `conveyanceReferenceNumber`, or `identificationNumber` together with `typeOfIdentification`.
 *
 * @example
 * ```ts
 * runRule(R3007, { meta: IE3A20Meta, data }); // flags a means with only identificationNumber
 * ```
 */
export const R3007 = official(
  'R3007',
  {
    example: {
      error:
        'activeBorderTransportMeans = { identificationNumber: "IMO9074729", ModeOfTransport: "1", ... } (no type, no conveyance reference)',
      fix: 'add typeOfIdentification "10", or conveyanceReferenceNumber "VOY123"',
    },
  },
  atSites('R3007', (_ctx, site) => {
    const m = rec(site.value);
    if (!m) return [];
    if (str(m.conveyanceReferenceNumber)) return [];
    if (str(m.identificationNumber) && str(m.typeOfIdentification)) return [];
    return [
      {
        path: site.path,
        message:
          'Give the conveyance reference number, or the identification number with its type of identification (R3007)',
      },
    ];
  }),
);
