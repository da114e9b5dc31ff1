/**
 * C3051 — container indicator '1': transport equipment is mandatory (at the house consignment); otherwise not used.
 * Applies to every `transportEquipment` citing C3051; the indicator is the `containerIndicator` of the
 * enclosing `consignmentHouseLevel`.
 */
import { containerFindings } from './containers';
import { official } from './support';

/**
 * C3051: transport equipment follows the container indicator.
 *
 * @example
 * ```ts
 * runRule(C3051, { meta: IE3F11Meta, data }); // flags containerIndicator '1' without transportEquipment
 * ```
 */
export const C3051 = official(
  'C3051',
  {
    example: {
      error: 'containerIndicator "1" and no transportEquipment',
      fix: 'add transportEquipment [{ containerIdentificationNumber: "CSQU3054383", ... }], or set containerIndicator "0"',
    },
  },
  (ctx) => containerFindings('C3051', 'consignmentHouseLevel', ctx),
);
