/**
 * R3028 — either the MRN or the transport document (master `transportDocument` or `transportDocumentHouse`).
 * Applies to the messages citing R3028 (IE3Q05, IE3R08); checked once per message.
 */
import { targetsOf } from '../applicability';
import { isPresent } from '../paths';
import { official, rec } from './support';

/**
 * R3028: exactly one of MRN and transport document.
 *
 * @example
 * ```ts
 * runRule(R3028, { meta: IE3Q05Meta, data }); // flags a query with MRN and transportDocument
 * ```
 */
export const R3028 = official(
  'R3028',
  {
    note: 'Read as exclusive ("either ... or"); both transport document elements count as "the transport document".',
    example: {
      error: 'query with neither MRN nor transportDocument',
      fix: 'give MRN "24DE123456789012J4" or the transport document',
    },
  },
  (ctx) => {
    if (!targetsOf(ctx.meta, 'R3028').length) return [];
    const root = rec(ctx.data) ?? {};
    const mrn = isPresent(root.MRN);
    const docs = ['transportDocument', 'transportDocumentHouse'].filter((n) => isPresent(root[n]));
    if (mrn && docs.length)
      return [
        { path: [docs[0]!], message: 'Give either the MRN or the transport document, not both (R3028)' },
      ];
    if (!mrn && !docs.length)
      return [{ path: [], message: 'Give either the MRN or the transport document (R3028)' }];
    return [];
  },
);
