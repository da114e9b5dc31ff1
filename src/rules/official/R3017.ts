/**
 * R3017 — goods item numbers are unique within the house-level consignment and run 1, 2, 3, ... without gaps.
 * Applies to every `goodsItem/goodsItemNumber` citing R3017.
 */
import { sitesOf, targetsOf } from '../applicability';
import { numberingFindings } from './numbering';
import { official } from './support';

/**
 * R3017: goods item numbering per house-level consignment.
 *
 * @example
 * ```ts
 * runRule(R3017, { meta: IE3F32Meta, data }); // flags items numbered 1, 1 or 1, 3
 * ```
 */
export const R3017 = official(
  'R3017',
  { example: { error: 'goodsItem numbers 1, 2, 4', fix: 'renumber the items 1, 2, 3' } },
  (ctx) => numberingFindings('R3017', sitesOf(ctx, targetsOf(ctx.meta, 'R3017'))),
);
