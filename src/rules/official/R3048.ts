/**
 * R3048 — with a related transport document, no related MRN. Applies where cited (IE3N06).
 */
import { targetsOf } from '../applicability';
import { isPresent } from '../paths';
import { official, rec } from './support';

/**
 * R3048: `relatedTransportDocument` and `relatedMRN` are not both given.
 *
 * @example
 * ```ts
 * runRule(R3048, { meta: IE3N06Meta, data }); // flags both given
 * ```
 */
export const R3048 = official(
  'R3048',
  {
    example: {
      error: 'IE3N06 with relatedTransportDocument and relatedMRN',
      fix: 'keep one: the related MRN(s) or the transport document(s)',
    },
  },
  (ctx) => {
    if (!targetsOf(ctx.meta, 'R3048').length) return [];
    const root = rec(ctx.data) ?? {};
    return isPresent(root.relatedTransportDocument) && isPresent(root.relatedMRN)
      ? [
          {
            path: ['relatedMRN'],
            message: 'A related MRN must not be given with a related transport document (R3048)',
          },
        ]
      : [];
  },
);
