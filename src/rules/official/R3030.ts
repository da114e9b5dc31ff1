/**
 * R3030 — the control subject names at least one of receptacle, goods item, house consignment, packaging,
 * transport document or transport equipment. Applies to every `controlSubject/consignmentMasterLevel`
 * citing R3030.
 */
import { atSites } from '../applicability';
import { atLeastOne } from '../combinators';
import { official } from './support';

const parts = [
  'receptacle',
  'goodsItem',
  'consignmentHouseLevel',
  'packaging',
  'transportDocumentMasterLevel',
  'transportDocument',
  'transportEquipment',
];

/**
 * R3030: at least one of the subject parts.
 *
 * @example
 * ```ts
 * runRule(R3030, { meta: IE3N08Meta, data }); // flags controlSubject.consignmentMasterLevel: {}
 * ```
 */
export const R3030 = official(
  'R3030',
  {
    example: {
      error: 'control[0].controlSubject.consignmentMasterLevel = {}',
      fix: 'name what is controlled, e.g. transportEquipment [{ containerIdentificationNumber: "CSQU3054383" }]',
    },
  },
  atSites('R3030', (ctx, site) =>
    site.value === undefined
      ? []
      : atLeastOne(
          parts,
          'Control subject: give at least one of receptacle, goods item, house consignment, packaging, transport document or transport equipment (R3030)',
        )(ctx, site),
  ),
);
