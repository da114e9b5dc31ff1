import type { Builder } from './createBuilder';
import { createBuilder } from './createBuilder';
import type { IE3F40 } from '../generated/messages/IE3F40';
import type { IE3A40 } from '../generated/messages/IE3A40';
import type { IE3F41 } from '../generated/messages/IE3F41';
import type { IE3A41 } from '../generated/messages/IE3A41';
import type { IE3F42 } from '../generated/messages/IE3F42';
import type { IE3A42 } from '../generated/messages/IE3A42';
import type { IE3F43 } from '../generated/messages/IE3F43';
import type { IE3A43 } from '../generated/messages/IE3A43';
import type { IE3F44 } from '../generated/messages/IE3F44';
import type { IE3A44 } from '../generated/messages/IE3A44';
import type { IE3F45 } from '../generated/messages/IE3F45';
import type { IE3A45 } from '../generated/messages/IE3A45';

/**
 * Builders of the postal filing types (F40, F41, F42, F43, F44, F45): each offers only the elements of its
 * IE3Fxx message and refuses `build()` (at compile time) until every mandatory element is set.
 * Each is also on a subpath of its own (`ics2/builders/postal/f40`), built on the message modules: a bundle of
 * it holds its message and amendment only (these, on string ids like the rest of `ics2/builders`, hold all 84).
 *
 * @example
 * ```ts
 * import { postal } from 'ics2';
 * const b = postal.f40().set('LRN', 'LRN-0001');
 * ```
 */
export const postal = {
  /** F40 (partial, master): Postal consignments: road master transport document. */
  f40: (): Builder<IE3F40, 'SpecificCircumstanceIndicator', IE3A40> =>
    createBuilder<IE3F40, 'SpecificCircumstanceIndicator', IE3A40>('IE3F40', 'IE3A40', {
      SpecificCircumstanceIndicator: 'F40',
    }),
  /** F41 (partial, master): Postal consignments: rail master transport document. */
  f41: (): Builder<IE3F41, 'SpecificCircumstanceIndicator', IE3A41> =>
    createBuilder<IE3F41, 'SpecificCircumstanceIndicator', IE3A41>('IE3F41', 'IE3A41', {
      SpecificCircumstanceIndicator: 'F41',
    }),
  /** F42 (partial, master): Postal consignments: master air waybill with the postal air waybill information, lodged within the time limit of the mode. */
  f42: (): Builder<IE3F42, 'SpecificCircumstanceIndicator', IE3A42> =>
    createBuilder<IE3F42, 'SpecificCircumstanceIndicator', IE3A42>('IE3F42', 'IE3A42', {
      SpecificCircumstanceIndicator: 'F42',
    }),
  /** F43 (placi, house): Postal consignments: PLACI minimum dataset lodged pre-loading. */
  f43: (): Builder<IE3F43, 'SpecificCircumstanceIndicator', IE3A43> =>
    createBuilder<IE3F43, 'SpecificCircumstanceIndicator', IE3A43>('IE3F43', 'IE3A43', {
      SpecificCircumstanceIndicator: 'F43',
    }),
  /** F44 (placi, master): Postal consignments: receptacle identification numbers lodged pre-loading. */
  f44: (): Builder<IE3F44, 'SpecificCircumstanceIndicator', IE3A44> =>
    createBuilder<IE3F44, 'SpecificCircumstanceIndicator', IE3A44>('IE3F44', 'IE3A44', {
      SpecificCircumstanceIndicator: 'F44',
    }),
  /** F45 (partial, master): Postal consignments: sea and inland waterways. */
  f45: (): Builder<IE3F45, 'SpecificCircumstanceIndicator', IE3A45> =>
    createBuilder<IE3F45, 'SpecificCircumstanceIndicator', IE3A45>('IE3F45', 'IE3A45', {
      SpecificCircumstanceIndicator: 'F45',
    }),
} as const;
