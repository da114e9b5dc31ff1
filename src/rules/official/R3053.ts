/**
 * R3053 — the estimated arrival is not earlier than the actual (or else estimated) departure.
 * Applies to the `activeBorderTransportMeans` whose date elements cite R3053.
 */
import { atSites } from '../applicability';
import { official, rec, str } from './support';

/**
 * R3053: `estimatedDateAndTimeOfArrival` >= departure.
 *
 * @example
 * ```ts
 * runRule(R3053, { meta: IE3F50Meta, data }); // flags arrival 2024-04-10 after departure 2024-04-12
 * ```
 */
export const R3053 = official(
  'R3053',
  {
    example: {
      error:
        'estimatedDateAndTimeOfDeparture "2024-04-12T10:00:00Z", estimatedDateAndTimeOfArrival "2024-04-11T10:00:00Z"',
      fix: 'correct the arrival to a time after departure, e.g. "2024-04-13T10:00:00Z"',
    },
  },
  atSites('R3053', (_ctx, site) => {
    if (site.name !== 'estimatedDateAndTimeOfArrival') return [];
    const m = rec(site.parent.value);
    const arrival = str(site.value);
    const departure = str(m?.actualDateAndTimeOfDeparture) ?? str(m?.estimatedDateAndTimeOfDeparture);
    if (!arrival || !departure) return [];
    const a = Date.parse(arrival);
    const d = Date.parse(departure);
    if (Number.isNaN(a) || Number.isNaN(d) || a >= d) return [];
    return [
      {
        path: site.path,
        message: `Estimated arrival ${arrival} is earlier than departure ${departure} (R3053)`,
      },
    ];
  }),
);
