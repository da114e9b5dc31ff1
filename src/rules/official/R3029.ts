/**
 * R3029 — EXAMINATION PLACE: the place of examination or its reference number.
 * Applies to every `examinationPlace` citing R3029.
 */
import { atSites } from '../applicability';
import { atLeastOne } from '../combinators';
import { official } from './support';

/**
 * R3029: `placeOfExamination` or `referenceNumber`.
 *
 * @example
 * ```ts
 * runRule(R3029, { meta: IE3N08Meta, data }); // flags examinationPlace: {}
 * ```
 */
export const R3029 = official(
  'R3029',
  {
    example: {
      error: 'control[0].examinationPlace = {}',
      fix: 'give placeOfExamination "Warehouse 3, Port of Rotterdam" or referenceNumber "NL000396"',
    },
  },
  atSites('R3029', (ctx, site) =>
    site.value === undefined
      ? []
      : atLeastOne(
          ['placeOfExamination', 'referenceNumber'],
          'Examination place: give the place of examination or its reference number (R3029)',
        )(ctx, site),
  ),
);
