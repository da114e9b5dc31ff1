/**
 * R3012 — mode of transport '8': type of identification must be '80'.
 * Applies to every `typeOfIdentification` citing R3012 (IE3N06 in the tables we hold).
 */
import { atSites } from '../applicability';
import { modeOf, official, str } from './support';

/**
 * R3012: with `ModeOfTransport` '8' the `typeOfIdentification` is '80'.
 *
 * @example
 * ```ts
 * runRule(R3012, { meta: IE3N06Meta, data }); // flags { ModeOfTransport: '8', typeOfIdentification: '41' }
 * ```
 */
export const R3012 = official(
  'R3012',
  {
    example: {
      error: 'activeBorderTransportMeans = { ModeOfTransport: "8", typeOfIdentification: "41", ... }',
      fix: 'typeOfIdentification "80"',
    },
  },
  atSites('R3012', (_ctx, site) => {
    if (modeOf(site.parent.value) !== '8') return [];
    const v = str(site.value);
    if (v === '80') return [];
    return [
      {
        path: site.path,
        message: `Mode of transport 8: type of identification must be '80', got ${v === undefined ? 'none' : JSON.stringify(v)} (R3012)`,
      },
    ];
  }),
);
