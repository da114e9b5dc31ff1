/**
 * R3024 — this class/attribute cannot be amended.
 * Belongs to the amendment work: checking it needs the previous filing (the ENS as registered, or the last
 * accepted amendment) to compare each cited element with its earlier value. A single message cannot tell.
 */
import { official } from './support';

/**
 * R3024 (not checkable in `validate`): needs the previous filing; see the amendment API.
 *
 * @example
 * ```ts
 * R3024.status; // 'not-checkable'
 * ```
 */
export const R3024 = official(
  'R3024',
  {
    status: 'not-checkable',
    note: 'Not checkable locally because it compares an amendment (IE3A..) with the previous filing: for every element citing R3024 (targetsOf(meta, "R3024")) the amended value must equal the earlier one. Belongs to the amendment work, which has the previous filing.',
    example: {
      error: 'amendment changes declarant.identificationNumber from "DE123456789012345" to "FR12345678901"',
      fix: 'keep the original value; file a new ENS (and invalidate the old one) to change it',
    },
  },
  () => [],
);
