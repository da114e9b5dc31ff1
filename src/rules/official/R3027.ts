/**
 * R3027 — at least one of: estimated arrival date/time of the active means, or a related MRN.
 * Applies to the messages citing R3027 (IE3N06); checked once per message, reported at the root.
 */
import { atLeastOne } from '../combinators';
import { targetsOf } from '../applicability';
import { official } from './support';

const check = atLeastOne(
  ['activeBorderTransportMeans.estimatedDateAndTimeOfArrival', 'relatedMRN'],
  'Give the estimated date and time of arrival of the active means, or a related MRN (R3027)',
);

/**
 * R3027: estimated arrival or related MRN.
 *
 * @example
 * ```ts
 * runRule(R3027, { meta: IE3N06Meta, data }); // flags a notification with neither
 * ```
 */
export const R3027 = official(
  'R3027',
  {
    example: {
      error: 'IE3N06 without activeBorderTransportMeans.estimatedDateAndTimeOfArrival and without relatedMRN',
      fix: 'add relatedMRN [{ identification: "24DE123456789012J4" }]',
    },
  },
  (ctx) => (targetsOf(ctx.meta, 'R3027').length ? check(ctx, { path: [], value: ctx.data }) : []),
);
