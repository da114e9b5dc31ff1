/**
 * C3013 — container indicator '1': transport equipment is mandatory (at the master consignment or its goods items); otherwise not used.
 * Applies to every `transportEquipment` citing C3013; the indicator is the `containerIndicator` of the
 * enclosing `consignmentMasterLevel`.
 */
import { containerFindings } from './containers';
import { official } from './support';

/**
 * C3013: transport equipment follows the container indicator.
 *
 * @example
 * ```ts
 * runRule(C3013, { meta: IE3F11Meta, data }); // flags containerIndicator '1' without transportEquipment
 * ```
 */
export const C3013 = official(
  'C3013',
  {
    example: {
      error: 'containerIndicator "1" and no transportEquipment',
      fix: 'add transportEquipment [{ containerIdentificationNumber: "CSQU3054383", ... }], or set containerIndicator "0"',
    },
  },
  (ctx) => containerFindings('C3013', 'consignmentMasterLevel', ctx),
);
