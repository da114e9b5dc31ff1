/**
 * R3026 — a binary attachment hash code needs its hash algorithm id.
 * Not checkable: no message we hold has a hash code element (the additional-information response
 * messages that carry it are not in the tables we hold).
 */
import { atSites } from '../applicability';
import { official, sibling, str } from './support';

/**
 * R3026: wherever a `hashCode`-like element is given, its sibling algorithm id is required. No message we
 * hold has such an element, so it finds nothing today.
 *
 * @example
 * ```ts
 * R3026.status; // 'not-checkable'
 * ```
 */
export const R3026 = official(
  'R3026',
  {
    appliesTo: 'any element named hashCode/hash (none in the messages we hold)',
    status: 'not-checkable',
    note: 'Not checkable locally because no message in the tables we hold has a hash code element; the check runs on any element named hashCode/hash should one appear.',
    example: {
      error: 'binaryAttachment = { hashCode: "9f86d0..." }',
      fix: 'add hashAlgorithmId, e.g. "SHA-256"',
    },
  },
  atSites(
    'R3026',
    (_ctx, site) =>
      str(site.value) && !str(sibling(site, 'hashAlgorithmId')) && !str(sibling(site, 'hashAlgorithm'))
        ? [{ path: site.path, message: 'A hash code needs its hash algorithm id (R3026)' }]
        : [],
    (t) => /^hash(Code)?$/i.test(t.element.name),
  ),
);
