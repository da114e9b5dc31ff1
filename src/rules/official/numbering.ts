/**
 * Goods item numbering (R3016, R3017): unique within the consignment and 1, 2, 3, ... without gaps.
 */
import type { Site } from '../applicability';
import { showPath } from '../paths';
import type { Finding } from '../types';
import { str } from './support';

/**
 * Findings of the goods item numbering over the sites of one rule (sites are grouped by consignment).
 *
 * @example
 * ```ts
 * numberingFindings('R3017', sites); // a duplicate "1" and a "3" among two items are both reported
 * ```
 */
export function numberingFindings(id: string, sites: readonly Site[]): Finding[] {
  const groups = new Map<string, Site[]>();
  // parent is goodsItem[i]: the consignment is the path before 'goodsItem', i. Sites of one consignment
  // come one after the other: the key is computed when the consignment changes, not once per item.
  let prev: readonly (string | number)[] | undefined;
  let g: Site[] | undefined;
  for (const s of sites) {
    const p = s.parent.path;
    const n = p.length - 2;
    let same = prev !== undefined && g !== undefined && prev.length - 2 === n;
    for (let i = 0; same && i < n; i++) if (p[i] !== prev![i]) same = false;
    if (!same) {
      const key = showPath(p.slice(0, -2));
      g = groups.get(key);
      if (g === undefined) groups.set(key, (g = []));
    }
    g!.push(s);
    prev = p;
  }
  const out: Finding[] = [];
  for (const group of groups.values()) {
    const n = group.length;
    const seen = new Set<string>();
    for (const s of group) {
      const v = str(s.value);
      if (v === undefined) continue;
      const num = /^\d+$/.test(v) ? Number(v) : NaN;
      if (!(num >= 1 && num <= n)) {
        out.push({
          path: s.path,
          message: `Goods item number ${JSON.stringify(v)}: the ${n} goods items of this consignment are numbered 1 to ${n} (${id})`,
        });
      } else if (seen.has(String(num))) {
        out.push({
          path: s.path,
          message: `Goods item number ${v} is used twice in this consignment (${id})`,
        });
      }
      if (!Number.isNaN(num)) seen.add(String(num));
    }
  }
  return out;
}
