/**
 * C3014 — container indicator '1': transport equipment is mandatory (at the house consignment or its goods items); otherwise not used.
 * Applies to every `transportEquipment` citing C3014; the indicator is the `containerIndicator` of the
 * enclosing `consignmentHouseLevel`.
 */
import { containerFindings } from './containers';
import { official } from './support';

/**
 * C3014: transport equipment follows the container indicator.
 *
 * @example
 * ```ts
 * runRule(C3014, { meta: IE3F11Meta, data }); // flags containerIndicator '1' without transportEquipment
 * ```
 */
export const C3014 = official(
  'C3014',
  {
    example: {
      error: 'containerIndicator "1" and no transportEquipment',
      fix: 'add transportEquipment [{ containerIdentificationNumber: "CSQU3054383", ... }], or set containerIndicator "0"',
    },
  },
  (ctx) => containerFindings('C3014', 'consignmentHouseLevel', ctx),
);
