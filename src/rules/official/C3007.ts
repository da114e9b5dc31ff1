/**
 * C3007 — the master-level place of loading has no UN/LOCODE: `location` and `address` are mandatory; otherwise not used.
 * Applies to every element citing C3007.
 */
import { official, presence, sibling } from './support';
import { isPresent } from '../paths';

/**
 * C3007: location and address of the place only without a UN/LOCODE.
 *
 * @example
 * ```ts
 * runRule(C3007, { meta: IE3F11Meta, data }); // flags a place with UNLOCODE and address
 * ```
 */
export const C3007 = official(
  'C3007',
  {
    example: {
      error: 'place = { UNLOCODE: "DEHAM", location: "Hamburg" }',
      fix: 'leave location and address out when the UN/LOCODE is given (or give location and address without UN/LOCODE)',
    },
  },
  presence('C3007', (_ctx, site) =>
    isPresent(sibling(site, 'UNLOCODE'))
      ? { presence: 'forbidden', because: 'the place has a UN/LOCODE' }
      : { presence: 'required', because: 'the place has no UN/LOCODE' },
  ),
);
