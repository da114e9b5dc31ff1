/**
 * R3021 — container number format (`checkContainerNumber`). Applies to every element citing R3021.
 */
import { atSites } from '../applicability';
import { checkContainerNumber } from '../checks/checkContainerNumber';
import { official, str } from './support';

/**
 * R3021: every cited value passes `checkContainerNumber`.
 *
 * @example
 * ```ts
 * runRule(R3021, { meta: IE3F32Meta, data }); // [] when every value is well-formed
 * ```
 */
export const R3021 = official(
  'R3021',
  { example: { error: 'containerIdentificationNumber "CSQU3054384"', fix: '"CSQU3054383" (check digit 3)' } },
  atSites('R3021', (_ctx, site) => {
    const v = str(site.value);
    if (!v) return [];
    const r = checkContainerNumber(v);
    return r.ok ? [] : [{ path: site.path, message: `${r.message} (R3021)` }];
  }),
);
