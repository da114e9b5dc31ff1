/**
 * R3031 — transport equipment at consignment level or at goods-item level, not both; when the same for all
 * goods items, only at consignment level. Applies to every consignment-level `transportEquipment` citing R3031.
 */
import { atSites } from '../applicability';
import { isPresent } from '../paths';
import type { Finding } from '../types';
import { arr, official, rec } from './support';

/**
 * R3031: no transport equipment at both levels (error); identical equipment on every goods item should move
 * to consignment level (warning).
 *
 * @example
 * ```ts
 * runRule(R3031, { meta: IE3F10Meta, data });
 * ```
 */
export const R3031 = official(
  'R3031',
  {
    example: {
      error: 'transportEquipment given on the house consignment and on goodsItem[0]',
      fix: 'keep it at one level (consignment level if the same for every item)',
    },
  },
  atSites('R3031', (_ctx, site) => {
    // The library cites R3031 on several consignment-level lists (supporting documents, supply-chain actors, ...);
    // this check covers the transport equipment, the case the R&C paraphrase names.
    if (site.name !== 'transportEquipment') return [];
    const items = arr(rec(site.parent.value)?.goodsItem);
    const itemTe = items.map((g) => rec(g)?.transportEquipment);
    const out: Finding[] = [];
    if (isPresent(site.value)) {
      itemTe.forEach((te, i) => {
        if (isPresent(te))
          out.push({
            path: [...site.parent.path, 'goodsItem', i, 'transportEquipment'],
            message: 'Transport equipment given at both consignment and goods-item level (R3031)',
          });
      });
    } else if (items.length > 1 && itemTe.every(isPresent)) {
      const first = JSON.stringify(itemTe[0]);
      if (itemTe.every((te) => JSON.stringify(te) === first)) {
        out.push({
          path: site.path,
          severity: 'warning',
          message:
            'The same transport equipment is given for every goods item: give it once at consignment level (R3031)',
        });
      }
    }
    return out;
  }),
);
