/**
 * C3012 — active means' mode of transport '1' or '8': mandatory; otherwise not used. Applies to every
 * element citing C3012 (`identificationNumber`, `typeOfIdentification` of the active means in IE3N06).
 */
import { modeOf, official, presence } from './support';

/**
 * C3012: presence follows the mode of transport.
 *
 * @example
 * ```ts
 * runRule(C3012, { meta: IE3N06Meta, data }); // flags ModeOfTransport '1' without identificationNumber
 * ```
 */
export const C3012 = official(
  'C3012',
  {
    example: {
      error: 'activeBorderTransportMeans = { ModeOfTransport: "1" } without identificationNumber',
      fix: 'add identificationNumber "IMO9074729" and typeOfIdentification "10"',
    },
  },
  presence('C3012', (_ctx, site) => {
    const mode = modeOf(site.parent.value);
    return mode === '1' || mode === '8'
      ? { presence: 'required', because: `the mode of transport is '${mode}'` }
      : { presence: 'forbidden', because: `the mode of transport is '${mode ?? 'none'}', not '1' or '8'` };
  }),
);
