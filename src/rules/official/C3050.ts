/**
 * C3050 — container indicator '1': transport equipment is mandatory (at the master consignment); otherwise not used.
 * Applies to every `transportEquipment` citing C3050; the indicator is the `containerIndicator` of the
 * enclosing `consignmentMasterLevel`.
 */
import { containerFindings } from './containers';
import { official } from './support';

/**
 * C3050: transport equipment follows the container indicator.
 *
 * @example
 * ```ts
 * runRule(C3050, { meta: IE3F11Meta, data }); // flags containerIndicator '1' without transportEquipment
 * ```
 */
export const C3050 = official(
  'C3050',
  {
    status: 'partial',
    note: 'The EU type library gives IE3F40/F41 and IE3A40/A41 a master-level containerIndicator and cites C3050 on their transportEquipment.',
    example: {
      error: 'containerIndicator "1" and no transportEquipment',
      fix: 'add transportEquipment [{ containerIdentificationNumber: "CSQU3054383", ... }], or set containerIndicator "0"',
    },
  },
  (ctx) => containerFindings('C3050', 'consignmentMasterLevel', ctx),
);
