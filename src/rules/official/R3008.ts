/**
 * R3008 — passive border transport means at house-consignment level or at goods-item level (one, not both).
 * Applies to the house consignments of messages citing R3008 on `passiveBorderTransportMeans`.
 */
import { atSites } from '../applicability';
import { isPresent } from '../paths';
import type { Finding } from '../types';
import { arr, official, rec } from './support';

/**
 * R3008: per house consignment, the passive means are given at exactly one level.
 *
 * @example
 * ```ts
 * runRule(R3008, { meta: IE3F51Meta, data }); // flags a house with means both on the house and on an item
 * ```
 */
export const R3008 = official(
  'R3008',
  {
    example: {
      error:
        'consignmentHouseLevel[0].passiveBorderTransportMeans and consignmentHouseLevel[0].goodsItem[0].passiveBorderTransportMeans both given',
      fix: 'keep the means at one level (house level when the same for all items)',
    },
  },
  atSites('R3008', (_ctx, site) => {
    // Evaluate once per house: at the house-level site (the goods-item sites are covered from there).
    if (
      site.parent.path.at(-2) !== 'consignmentHouseLevel' &&
      site.parent.path.at(-1) !== 'consignmentHouseLevel'
    )
      return [];
    const house = rec(site.parent.value);
    if (!house) return [];
    const atHouse = isPresent(site.value);
    const items = arr(house.goodsItem);
    const withItems = items
      .map((g, i) => [i, isPresent(rec(g)?.passiveBorderTransportMeans)] as const)
      .filter(([, p]) => p);
    const out: Finding[] = [];
    if (atHouse && withItems.length) {
      for (const [i] of withItems) {
        out.push({
          path: [...site.parent.path, 'goodsItem', i, 'passiveBorderTransportMeans'],
          message:
            'Passive border transport means given at both house and goods-item level: give it at one level only (R3008)',
        });
      }
    } else if (!atHouse && !withItems.length) {
      out.push({
        path: site.path,
        message:
          'Give the passive border transport means at house-consignment level or at goods-item level (R3008)',
      });
    } else if (!atHouse) {
      items.forEach((g, i) => {
        if (!isPresent(rec(g)?.passiveBorderTransportMeans)) {
          out.push({
            path: [...site.parent.path, 'goodsItem', i, 'passiveBorderTransportMeans'],
            message:
              'Passive border transport means given for other goods items but not this one: give it for every item or once at house level (R3008)',
          });
        }
      });
    }
    return out;
  }),
);
