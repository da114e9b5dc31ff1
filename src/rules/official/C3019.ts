/**
 * C3019 — active means' mode of transport '4': mandatory; otherwise not used. Applies to every element
 * citing C3019 (`conveyanceReferenceNumber` in IE3N06).
 */
import { modeOf, official, presence } from './support';

/**
 * C3019: the conveyance reference number only for air (mode '4'), and then required.
 *
 * @example
 * ```ts
 * runRule(C3019, { meta: IE3N06Meta, data }); // flags ModeOfTransport '4' without conveyanceReferenceNumber
 * ```
 */
export const C3019 = official(
  'C3019',
  {
    example: {
      error: 'activeBorderTransportMeans = { ModeOfTransport: "4" } without conveyanceReferenceNumber',
      fix: 'add conveyanceReferenceNumber "LH400" (the flight number)',
    },
  },
  presence('C3019', (_ctx, site) => {
    const mode = modeOf(site.parent.value);
    return mode === '4'
      ? { presence: 'required', because: "the mode of transport is '4'" }
      : { presence: 'forbidden', because: `the mode of transport is '${mode ?? 'none'}', not '4'` };
  }),
);
