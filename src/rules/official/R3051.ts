/**
 * R3051 — only code '2' (sub-house level filing) is allowed. Applies to every `supplementaryFilingType`
 * citing R3051.
 */
import { atSites } from '../applicability';
import { official, str } from './support';

/**
 * R3051: `supplementaryFilingType` is '2'.
 *
 * @example
 * ```ts
 * runRule(R3051, { meta: IE3F15Meta, data }); // flags supplementaryFilingType '1'
 * ```
 */
export const R3051 = official(
  'R3051',
  {
    example: {
      error: 'supplementaryDeclarant[0].supplementaryFilingType = "1"',
      fix: 'supplementaryFilingType "2"',
    },
  },
  atSites('R3051', (_ctx, site) => {
    const v = str(site.value);
    return v === undefined || v === '2'
      ? []
      : [
          {
            path: site.path,
            message: `Only supplementary filing type '2' (sub-house level filing) is allowed here, got ${JSON.stringify(v)} (R3051)`,
          },
        ];
  }),
);
