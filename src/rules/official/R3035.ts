/**
 * R3035 — the estimated or the actual date and time of departure.
 * Applies to every `activeBorderTransportMeans` citing R3035.
 */
import { atSites } from '../applicability';
import { atLeastOne } from '../combinators';
import { official } from './support';

/**
 * R3035: `estimatedDateAndTimeOfDeparture` or `actualDateAndTimeOfDeparture`.
 *
 * @example
 * ```ts
 * runRule(R3035, { meta: IE3F50Meta, data }); // flags a means without departure time
 * ```
 */
export const R3035 = official(
  'R3035',
  {
    note: 'Read as "at least one".',
    example: {
      error:
        'activeBorderTransportMeans without estimatedDateAndTimeOfDeparture and actualDateAndTimeOfDeparture',
      fix: 'add estimatedDateAndTimeOfDeparture "2024-04-12T11:00:00Z"',
    },
  },
  atSites('R3035', (ctx, site) =>
    site.value === undefined
      ? []
      : atLeastOne(
          ['estimatedDateAndTimeOfDeparture', 'actualDateAndTimeOfDeparture'],
          'Give the estimated or the actual date and time of departure (R3035)',
        )(ctx, site),
  ),
);
