/**
 * C3002 — split-consignment indicator '1': optional; otherwise not used.
 * Applies to the elements citing C3002; no table row we hold does, so it finds nothing today.
 */
import { official, presence, sibling } from './support';

/**
 * C3002: a cited element is not used unless `splitConsignmentIndicator` is '1'.
 *
 * @example
 * ```ts
 * C3002.status; // 'not-checkable'
 * ```
 */
export const C3002 = official(
  'C3002',
  {
    status: 'not-checkable',
    note: 'Not checkable locally because no table row we hold cites C3002, so the element it governs is unknown; the check runs on any element that cites it.',
    example: {
      error: 'element given while splitConsignmentIndicator is "0"',
      fix: 'leave the element out, or set the indicator to "1"',
    },
  },
  presence('C3002', (_ctx, site) =>
    sibling(site, 'splitConsignmentIndicator') === '1'
      ? { presence: 'optional', because: "the split-consignment indicator is '1'" }
      : { presence: 'forbidden', because: "the split-consignment indicator is not '1'" },
  ),
);
