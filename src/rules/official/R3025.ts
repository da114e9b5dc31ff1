/**
 * R3025 — DO NOT LOAD details contain receptacle id(s), a house-level transport document or transport
 * equipment (one of these). Applies to `doNotLoadDetails` where cited (IE3Q01).
 */
import { atLeastOne } from '../combinators';
import { atSites } from '../applicability';
import { official } from './support';

/**
 * R3025: at least one of `receptacle`, `transportDocument`, `transportEquipment` in the DO NOT LOAD details.
 *
 * @example
 * ```ts
 * runRule(R3025, { meta: IE3Q01Meta, data }); // flags doNotLoadDetails: {}
 * ```
 */
export const R3025 = official(
  'R3025',
  {
    note: 'Read as "at least one of"; the paraphrase "(one of these)" may mean exactly one.',
    example: {
      error: 'doNotLoadDetails = {}',
      fix: 'give the receptacle ids, the transport document or the transport equipment concerned',
    },
  },
  atSites('R3025', (ctx, site) =>
    site.value === undefined
      ? []
      : atLeastOne(
          ['receptacle', 'transportDocument', 'transportEquipment'],
          'DO NOT LOAD details: give receptacle id(s), the house transport document or transport equipment (R3025)',
        )(ctx, site),
  ),
);
