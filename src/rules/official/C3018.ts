/**
 * C3018 — number of seals given on house-level goods-item transport equipment: `seal` is mandatory; otherwise not used.
 * Applies to every `seal` citing C3018.
 */
import { isPresent } from '../paths';
import { official, presence, sibling } from './support';

/**
 * C3018: seals follow `numberOfSeals`.
 *
 * @example
 * ```ts
 * runRule(C3018, { meta: IE3F11Meta, data }); // flags numberOfSeals '2' without seal
 * ```
 */
export const C3018 = official(
  'C3018',
  {
    example: {
      error: 'transportEquipment = { numberOfSeals: "2", ... } without seal',
      fix: 'add seal [{ identifier: "SEAL001" }, { identifier: "SEAL002" }]',
    },
  },
  presence('C3018', (_ctx, site) =>
    isPresent(sibling(site, 'numberOfSeals'))
      ? { presence: 'required', because: 'the number of seals is given' }
      : { presence: 'forbidden', because: 'the number of seals is not given' },
  ),
);
