/**
 * C3003 — the master-level place of acceptance has no UN/LOCODE: `location` and `address` are mandatory; otherwise not used.
 * Applies to every element citing C3003.
 */
import { official, presence, sibling } from './support';
import { isPresent } from '../paths';

/**
 * C3003: location and address of the place only without a UN/LOCODE.
 *
 * @example
 * ```ts
 * runRule(C3003, { meta: IE3F11Meta, data }); // flags a place with UNLOCODE and address
 * ```
 */
export const C3003 = official(
  'C3003',
  {
    example: {
      error: 'place = { UNLOCODE: "DEHAM", location: "Hamburg" }',
      fix: 'leave location and address out when the UN/LOCODE is given (or give location and address without UN/LOCODE)',
    },
  },
  presence('C3003', (_ctx, site) =>
    isPresent(sibling(site, 'UNLOCODE'))
      ? { presence: 'forbidden', because: 'the place has a UN/LOCODE' }
      : { presence: 'required', because: 'the place has no UN/LOCODE' },
  ),
);
