/**
 * C3046 — house-level transport document type '703' or '740': the class is mandatory; otherwise optional.
 * Not checkable: no table row we hold cites C3046 and the paraphrase does not name the class.
 */
import { official } from './support';

/**
 * C3046 (not checkable): the governed class is unknown in the tables we hold.
 *
 * @example
 * ```ts
 * C3046.status; // 'not-checkable'
 * ```
 */
export const C3046 = official(
  'C3046',
  {
    status: 'not-checkable',
    note: 'Not checkable locally because no table row we hold cites C3046 and its summary does not name the class it governs.',
    example: {
      error: 'transportDocumentHouseLevel.type "N740" and the governed class missing',
      fix: 'give the class (see the official HTI tables)',
    },
  },
  () => [],
);
