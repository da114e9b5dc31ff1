/**
 * C3006 — the house-level place of delivery has no UN/LOCODE: `location` and `address` are mandatory; otherwise not used.
 * Applies to every element citing C3006.
 */
import { official, presence, sibling } from './support';
import { isPresent } from '../paths';

/**
 * C3006: location and address of the place only without a UN/LOCODE.
 *
 * @example
 * ```ts
 * runRule(C3006, { meta: IE3F11Meta, data }); // flags a place with UNLOCODE and address
 * ```
 */
export const C3006 = official(
  'C3006',
  {
    example: {
      error: 'place = { UNLOCODE: "DEHAM", location: "Hamburg" }',
      fix: 'leave location and address out when the UN/LOCODE is given (or give location and address without UN/LOCODE)',
    },
  },
  presence('C3006', (_ctx, site) =>
    isPresent(sibling(site, 'UNLOCODE'))
      ? { presence: 'forbidden', because: 'the place has a UN/LOCODE' }
      : { presence: 'required', because: 'the place has no UN/LOCODE' },
  ),
);
