/**
 * R3016 — goods item numbers are unique within the master-level consignment and run 1, 2, 3, ... without gaps.
 * Applies to every `goodsItem/goodsItemNumber` citing R3016.
 */
import { sitesOf, targetsOf } from '../applicability';
import { numberingFindings } from './numbering';
import { official } from './support';

/**
 * R3016: goods item numbering per master-level consignment.
 *
 * @example
 * ```ts
 * runRule(R3016, { meta: IE3F32Meta, data }); // flags items numbered 1, 1 or 1, 3
 * ```
 */
export const R3016 = official(
  'R3016',
  { example: { error: 'goodsItem numbers 1, 2, 4', fix: 'renumber the items 1, 2, 3' } },
  (ctx) => numberingFindings('R3016', sitesOf(ctx, targetsOf(ctx.meta, 'R3016'))),
);
