/**
 * R3011 — mode of transport '1': type of identification must be '10'.
 * Applies to every `typeOfIdentification` citing R3011 (IE3N06 in the tables we hold).
 */
import { atSites } from '../applicability';
import { modeOf, official, str } from './support';

/**
 * R3011: with `ModeOfTransport` '1' the `typeOfIdentification` is '10'.
 *
 * @example
 * ```ts
 * runRule(R3011, { meta: IE3N06Meta, data }); // flags { ModeOfTransport: '1', typeOfIdentification: '41' }
 * ```
 */
export const R3011 = official(
  'R3011',
  {
    example: {
      error: 'activeBorderTransportMeans = { ModeOfTransport: "1", typeOfIdentification: "41", ... }',
      fix: 'typeOfIdentification "10"',
    },
  },
  atSites('R3011', (_ctx, site) => {
    if (modeOf(site.parent.value) !== '1') return [];
    const v = str(site.value);
    if (v === '10') return [];
    // Where the library leaves the type of the means of transport open (`uncertain`: some candidate types have no
    // typeOfIdentification at all), an absent one is not an error.
    if (v === undefined && site.target.element.uncertain) return [];
    return [
      {
        path: site.path,
        message: `Mode of transport 1: type of identification must be '10', got ${v === undefined ? 'none' : JSON.stringify(v)} (R3011)`,
      },
    ];
  }),
);
