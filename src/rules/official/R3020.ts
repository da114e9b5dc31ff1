/**
 * R3020 — CUS code format (`checkCusCode`). Applies to every element citing R3020.
 */
import { atSites } from '../applicability';
import { checkCusCode } from '../checks/checkCusCode';
import { official, str } from './support';

/**
 * R3020: every cited value passes `checkCusCode`.
 *
 * @example
 * ```ts
 * runRule(R3020, { meta: IE3F32Meta, data }); // [] when every value is well-formed
 * ```
 */
export const R3020 = official(
  'R3020',
  { example: { error: 'cusCode "12345678"', fix: 'cusCode "1234567-8"' } },
  atSites('R3020', (_ctx, site) => {
    const v = str(site.value);
    if (!v) return [];
    const r = checkCusCode(v);
    return r.ok ? [] : [{ path: site.path, message: `${r.message} (R3020)` }];
  }),
);
