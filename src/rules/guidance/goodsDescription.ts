/**
 * GOODS_DESCRIPTION — goods descriptions against the ICS2 character rules and stop-word list
 * (`spec/goods-description-stopwords.json`): errors where the list says ICS2 rejects, warnings for vague
 * or contained terms. Not one of the numbered HTI rules; on by default, disable with its id.
 */
import { atSites } from '../applicability';
import {
  checkGoodsDescription,
  type GoodsDescriptionFinding,
  type GoodsDescriptionOptions,
} from '../checks/goodsDescription';
import { GOODS_DESCRIPTION_STOPWORDS, type StopwordList } from '../data/goodsDescriptionStopwords';
import type { Rule } from '../types';

/**
 * A goods-description rule with your stop-word list and options (`asOf` date: terms listed later are warnings).
 *
 * @example
 * ```ts
 * validate('IE3F32', data, { rules: { extra: [goodsDescriptionRule({ asOf: '2024-06-01' })] } });
 * ```
 */
export function goodsDescriptionRule(
  options: GoodsDescriptionOptions = {},
  list: StopwordList = GOODS_DESCRIPTION_STOPWORDS,
): Rule {
  // The memo of the run in progress (one per run, see `check`), and the walk over every description (made once).
  let memo: Map<string, GoodsDescriptionFinding[]> | undefined;
  const sites = atSites(
    'GOODS_DESCRIPTION',
    (_ctx, site) => {
      if (typeof site.value !== 'string') return [];
      let found = memo?.get(site.value);
      if (!found) {
        found = checkGoodsDescription(site.value, list, options);
        memo?.set(site.value, found);
      }
      return found.map((f) => ({
        path: site.path,
        message: `${f.message} (${f.rule})`,
        severity: f.severity,
      }));
    },
    (t) => t.element.name === 'descriptionOfGoods',
  );
  return {
    id: 'GOODS_DESCRIPTION',
    kind: 'guidance',
    appliesTo: 'every descriptionOfGoods',
    summary:
      'Goods descriptions must be precise: no stop words ("general cargo", "parts", ...) and no meaningless characters (stop-word list, GD rules).',
    severity: 'error',
    status: 'partial',
    note: 'The stop-word list is compiled from EU and industry sources with confidences; see spec/goods-description-stopwords.json.',
    example: { error: 'descriptionOfGoods "General cargo"', fix: '"Cotton T-shirts for men, knitted"' },
    check: (ctx) => {
      // Descriptions repeat across goods items: check each distinct text once per run.
      const outer = memo;
      memo = new Map();
      try {
        return sites(ctx);
      } finally {
        memo = outer;
      }
    },
  };
}

/**
 * The default goods-description rule (every term in force).
 *
 * @example
 * ```ts
 * runRule(GOODS_DESCRIPTION, { meta: IE3F32Meta, data }); // flags "General cargo"
 * ```
 */
export const GOODS_DESCRIPTION: Rule = goodsDescriptionRule();
