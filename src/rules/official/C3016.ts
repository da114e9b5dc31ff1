/**
 * C3016 — number of seals given on master-level goods-item transport equipment: `seal` is mandatory; otherwise not used.
 * Applies to every `seal` citing C3016.
 */
import { isPresent } from '../paths';
import { official, presence, sibling } from './support';

/**
 * C3016: seals follow `numberOfSeals`.
 *
 * @example
 * ```ts
 * runRule(C3016, { meta: IE3F11Meta, data }); // flags numberOfSeals '2' without seal
 * ```
 */
export const C3016 = official(
  'C3016',
  {
    appliesTo:
      'consignmentMasterLevel/goodsItem/transportEquipment/seal, by analogy (none in the messages we hold)',
    status: 'partial',
    note: 'No table row we hold cites C3016: it is applied to consignmentMasterLevel/goodsItem/transportEquipment/seal by analogy with C3015/C3018 (no message we hold has that element today).',
    example: {
      error: 'transportEquipment = { numberOfSeals: "2", ... } without seal',
      fix: 'add seal [{ identifier: "SEAL001" }, { identifier: "SEAL002" }]',
    },
  },
  presence(
    'C3016',
    (_ctx, site) =>
      isPresent(sibling(site, 'numberOfSeals'))
        ? { presence: 'required', because: 'the number of seals is given' }
        : { presence: 'forbidden', because: 'the number of seals is not given' },
    (t) => t.xmlPath === 'consignmentMasterLevel/goodsItem/transportEquipment/seal',
  ),
);
