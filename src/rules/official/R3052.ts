/**
 * R3052 — each house-level transport document is unique within the ENS filing. Applies to every
 * `transportDocumentHouseLevel` citing R3052 (compared by type and number). Uniqueness across other
 * filings needs those filings (not checked).
 */
import { sitesOf, targetsOf } from '../applicability';
import { showPath } from '../paths';
import type { Finding } from '../types';
import { official, rec, str } from './support';

/**
 * R3052: no two house consignments carry the same transport document.
 *
 * @example
 * ```ts
 * runRule(R3052, { meta: IE3F32Meta, data }); // flags the second house with the same documentNumber
 * ```
 */
export const R3052 = official(
  'R3052',
  {
    example: {
      error: 'two houses with transportDocumentHouseLevel { type: "N741", documentNumber: "HAWB123" }',
      fix: 'give each house its own house transport document number',
    },
  },
  (ctx) => {
    const seen = new Map<string, string>();
    const out: Finding[] = [];
    for (const site of sitesOf(ctx, targetsOf(ctx.meta, 'R3052'))) {
      const d = rec(site.value);
      const num = str(d?.documentNumber);
      if (!num) continue;
      const key = `${str(d?.type) ?? ''}|${num.trim().toUpperCase()}`;
      const first = seen.get(key);
      if (first)
        out.push({
          path: site.path,
          message: `House transport document ${num} is already used at ${first} (R3052)`,
        });
      else seen.set(key, showPath(site.path));
    }
    return out;
  },
);
