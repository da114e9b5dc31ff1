/**
 * R3046 — ENS query parameters: per combination one value only (ENSS or ENSH; ENSC, ENSF or ENSP).
 * Applies to every repeated element coded with CL728 (ENS query parameter). No message we hold has one,
 * so it finds nothing today.
 */
import { atSites } from '../applicability';
import { arr, official, rec, str } from './support';
import type { Finding } from '../types';

const COMBINATIONS = [
  ['ENSS', 'ENSH'],
  ['ENSC', 'ENSF', 'ENSP'],
];

/**
 * R3046: at most one parameter of each combination.
 *
 * @example
 * ```ts
 * R3046.status; // 'not-checkable'
 * ```
 */
export const R3046 = official(
  'R3046',
  {
    appliesTo: 'any element coded with CL728 (none in the messages we hold)',
    status: 'not-checkable',
    note: 'Not checkable locally because no message in the tables we hold carries a CL728 query parameter; the check runs on any CL728-coded element should one appear.',
    example: { error: 'query parameters ENSS and ENSH together', fix: 'keep one of ENSS, ENSH' },
  },
  (ctx) =>
    atSites(
      'R3046',
      (_c, site) => {
        const values = Array.isArray(site.parent.value) ? [] : [str(site.value)];
        const siblings = arr(rec(site.parent.value)?.[site.name]).map((v) => str(rec(v)?.code) ?? str(v));
        const all = [...values, ...siblings].filter((v): v is string => v !== undefined);
        const out: Finding[] = [];
        for (const combo of COMBINATIONS) {
          const used = all.filter((v) => combo.includes(v));
          if (used.length > 1)
            out.push({
              path: site.path,
              message: `Only one of ${combo.join(', ')} is allowed, got ${used.join(', ')} (R3046)`,
            });
        }
        return out;
      },
      (t) => t.element.codeList === 'CL728',
    )(ctx),
);
