/**
 * Container conditions (C3013, C3014, C3050, C3051): with container indicator '1' the transport equipment
 * is mandatory (at the consignment or, for C3013/C3014, at its goods items); otherwise not used.
 */
import { sitesOf, targetsOf, type Site } from '../applicability';
import { ancestor, isPresent, showPath, valueAt } from '../paths';
import type { Finding, RuleContext } from '../types';
import { rec, str } from './support';

/**
 * Findings of a container condition: sites grouped by their consignment (`level`: the nearest ancestor of
 * that name), whose `containerIndicator` decides.
 *
 * @example
 * ```ts
 * containerFindings('C3014', 'consignmentHouseLevel', ctx);
 * ```
 */
export function containerFindings(
  id: string,
  level: 'consignmentMasterLevel' | 'consignmentHouseLevel',
  ctx: RuleContext,
): Finding[] {
  const groups = new Map<string, { levelPath: Site['path']; sites: Site[] }>();
  for (const site of sitesOf(ctx, targetsOf(ctx.meta, id))) {
    const lp = ancestor(site.path, level);
    if (!lp) continue;
    const key = lp.join('/');
    const g = groups.get(key) ?? { levelPath: lp, sites: [] };
    g.sites.push(site);
    groups.set(key, g);
  }
  const out: Finding[] = [];
  for (const { levelPath, sites } of groups.values()) {
    const indicator = str(rec(valueAt(ctx.data, levelPath))?.containerIndicator);
    if (indicator === undefined) continue;
    const where = showPath(levelPath);
    if (indicator === '1') {
      if (sites.some((s) => isPresent(s.value))) continue;
      const own = sites.find((s) => s.parent.path.length === levelPath.length) ?? sites[0]!;
      out.push({
        path: own.path,
        message: `Transport equipment is required: the container indicator of ${where} is '1' (${id})`,
      });
    } else {
      for (const s of sites) {
        if (isPresent(s.value))
          out.push({
            path: s.path,
            message: `Transport equipment must not be given: the container indicator of ${where} is '${indicator}' (${id})`,
          });
      }
    }
  }
  return out;
}
