import type { Builder } from './createBuilder';
import { createBuilder } from './createBuilder';
import { fromShipment } from './fromShipment';
import type { IE3F30 } from '../generated/messages/IE3F30';
import type { IE3A30 } from '../generated/messages/IE3A30';
import type { IE3F31 } from '../generated/messages/IE3F31';
import type { IE3A31 } from '../generated/messages/IE3A31';
import type { IE3F32 } from '../generated/messages/IE3F32';
import type { IE3A32 } from '../generated/messages/IE3A32';
import type { IE3F33 } from '../generated/messages/IE3F33';
import type { IE3A33 } from '../generated/messages/IE3A33';
import type { IE3F34 } from '../generated/messages/IE3F34';
import type { IE3A34 } from '../generated/messages/IE3A34';

/**
 * Builders of the express filing types (F30, F31, F32, F33, F34): each offers only the elements of its
 * IE3Fxx message and refuses `build()` (at compile time) until every mandatory element is set.
 * Each is also on a subpath of its own (`ics2/builders/express/f30`), built on the message modules: a bundle of
 * it holds its message and amendment only (these, on string ids like the rest of `ics2/builders`, hold all 84).
 *
 * @example
 * ```ts
 * import { express } from 'ics2';
 * const b = express.f30().set('LRN', 'LRN-0001');
 * ```
 */
export const express = {
  /** F30 (complete, master+house): Express consignments: complete dataset lodged pre-arrival. */
  f30: (): Builder<IE3F30, 'SpecificCircumstanceIndicator', IE3A30> =>
    createBuilder<IE3F30, 'SpecificCircumstanceIndicator', IE3A30>('IE3F30', 'IE3A30', {
      SpecificCircumstanceIndicator: 'F30',
    }),
  /** F31 (complete, master+house): Express consignments on general air cargo: complete dataset lodged pre-arrival by the express operator. */
  f31: (): Builder<IE3F31, 'SpecificCircumstanceIndicator', IE3A31> =>
    createBuilder<IE3F31, 'SpecificCircumstanceIndicator', IE3A31>('IE3F31', 'IE3A31', {
      SpecificCircumstanceIndicator: 'F31',
    }),
  /** F32 (placi, house): Express consignments: PLACI minimum dataset lodged pre-loading. */
  f32: (): Builder<IE3F32, 'SpecificCircumstanceIndicator', IE3A32> =>
    createBuilder<IE3F32, 'SpecificCircumstanceIndicator', IE3A32>('IE3F32', 'IE3A32', {
      SpecificCircumstanceIndicator: 'F32',
    }),
  /** F33 (partial, house): Express consignments on general air cargo: house air waybill lodged pre-arrival by a person under UCC Art. 127(6) and DA Art. 113(1). */
  f33: (): Builder<IE3F33, 'SpecificCircumstanceIndicator', IE3A33> =>
    createBuilder<IE3F33, 'SpecificCircumstanceIndicator', IE3A33>('IE3F33', 'IE3A33', {
      SpecificCircumstanceIndicator: 'F33',
    }),
  /** F34 (complete, master+house): Express consignments on road: complete dataset lodged pre-arrival. */
  f34: (): Builder<IE3F34, 'SpecificCircumstanceIndicator', IE3A34> =>
    createBuilder<IE3F34, 'SpecificCircumstanceIndicator', IE3A34>('IE3F34', 'IE3A34', {
      SpecificCircumstanceIndicator: 'F34',
    }),
  /** All the filings of an express shipment (see {@link fromShipment}). */
  fromShipment,
} as const;
