/**
 * R3033 — the representative's identification number differs from the declarant's.
 * Applies to every `representative/identificationNumber` citing R3033.
 */
import { atSites } from '../applicability';
import { official, rec, str } from './support';

/**
 * R3033: representative id != declarant id.
 *
 * @example
 * ```ts
 * runRule(R3033, { meta: IE3F32Meta, data }); // flags the same EORI for both
 * ```
 */
export const R3033 = official(
  'R3033',
  {
    example: {
      error: 'representative.identificationNumber = declarant.identificationNumber = "DE123456789012345"',
      fix: "leave out the representative when the declarant files itself, or give the representative's own EORI",
    },
  },
  atSites('R3033', (ctx, site) => {
    const v = str(site.value);
    const d = str(rec(rec(ctx.data)?.declarant)?.identificationNumber);
    if (!v || !d || v.toUpperCase() !== d.toUpperCase()) return [];
    return [
      {
        path: site.path,
        message: `The representative's identification number must differ from the declarant's (${d}) (R3033)`,
      },
    ];
  }),
);
