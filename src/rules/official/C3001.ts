/**
 * C3001 — split-consignment indicator '1': mandatory; otherwise not used. Applies to every element citing
 * C3001 (`splitConsignment/previousMRN` in IE3F34).
 */
import { official, presence, sibling } from './support';

/**
 * C3001: presence follows `splitConsignmentIndicator`.
 *
 * @example
 * ```ts
 * runRule(C3001, { meta: IE3F34Meta, data }); // flags indicator '1' without previousMRN
 * ```
 */
export const C3001 = official(
  'C3001',
  {
    example: {
      error: 'splitConsignment = { splitConsignmentIndicator: "1" } without previousMRN',
      fix: 'add previousMRN "24DE123456789012J4"',
    },
  },
  presence('C3001', (_ctx, site) =>
    sibling(site, 'splitConsignmentIndicator') === '1'
      ? { presence: 'required', because: "the split-consignment indicator is '1'" }
      : { presence: 'forbidden', because: "the split-consignment indicator is not '1'" },
  ),
);
