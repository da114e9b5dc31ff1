import type { Builder } from './createBuilder';
import { createBuilder } from './createBuilder';
import { fromBillOfLading } from './fromShipment';
import type { IE3F10 } from '../generated/messages/IE3F10';
import type { IE3A10 } from '../generated/messages/IE3A10';
import type { IE3F11 } from '../generated/messages/IE3F11';
import type { IE3A11 } from '../generated/messages/IE3A11';
import type { IE3F12 } from '../generated/messages/IE3F12';
import type { IE3A12 } from '../generated/messages/IE3A12';
import type { IE3F13 } from '../generated/messages/IE3F13';
import type { IE3A13 } from '../generated/messages/IE3A13';
import type { IE3F14 } from '../generated/messages/IE3F14';
import type { IE3A14 } from '../generated/messages/IE3A14';
import type { IE3F15 } from '../generated/messages/IE3F15';
import type { IE3A15 } from '../generated/messages/IE3A15';
import type { IE3F16 } from '../generated/messages/IE3F16';
import type { IE3A16 } from '../generated/messages/IE3A16';
import type { IE3F17 } from '../generated/messages/IE3F17';
import type { IE3A17 } from '../generated/messages/IE3A17';

/**
 * Builders of the sea filing types (F10, F11, F12, F13, F14, F15, F16, F17): each offers only the elements of its
 * IE3Fxx message and refuses `build()` (at compile time) until every mandatory element is set.
 * Each is also on a subpath of its own (`ics2/builders/sea/f10`), built on the message modules: a bundle of
 * it holds its message and amendment only (these, on string ids like the rest of `ics2/builders`, hold all 84).
 *
 * @example
 * ```ts
 * import { sea } from 'ics2';
 * const b = sea.f10().set('LRN', 'LRN-0001');
 * ```
 */
export const sea = {
  /** F10 (complete, master): Complete dataset: straight bill of lading, with the particulars the consignee must provide. */
  f10: (): Builder<IE3F10, 'SpecificCircumstanceIndicator', IE3A10> =>
    createBuilder<IE3F10, 'SpecificCircumstanceIndicator', IE3A10>('IE3F10', 'IE3A10', {
      SpecificCircumstanceIndicator: 'F10',
    }),
  /** F11 (complete, master+house): Complete dataset: master bill of lading with the underlying house bill(s), with the consignee's particulars at the lowest house bill. */
  f11: (): Builder<IE3F11, 'SpecificCircumstanceIndicator', IE3A11> =>
    createBuilder<IE3F11, 'SpecificCircumstanceIndicator', IE3A11>('IE3F11', 'IE3A11', {
      SpecificCircumstanceIndicator: 'F11',
    }),
  /** F12 (partial, master): Partial dataset: master bill of lading only. */
  f12: (): Builder<IE3F12, 'SpecificCircumstanceIndicator', IE3A12> =>
    createBuilder<IE3F12, 'SpecificCircumstanceIndicator', IE3A12>('IE3F12', 'IE3A12', {
      SpecificCircumstanceIndicator: 'F12',
    }),
  /** F13 (partial, master): Partial dataset: straight bill of lading only. */
  f13: (): Builder<IE3F13, 'SpecificCircumstanceIndicator', IE3A13> =>
    createBuilder<IE3F13, 'SpecificCircumstanceIndicator', IE3A13>('IE3F13', 'IE3A13', {
      SpecificCircumstanceIndicator: 'F13',
    }),
  /** F14 (partial, house): Partial dataset: house bill of lading only. */
  f14: (): Builder<IE3F14, 'SpecificCircumstanceIndicator', IE3A14> =>
    createBuilder<IE3F14, 'SpecificCircumstanceIndicator', IE3A14>('IE3F14', 'IE3A14', {
      SpecificCircumstanceIndicator: 'F14',
    }),
  /** F15 (partial, house): Partial dataset: house bill of lading with the consignee's particulars. */
  f15: (): Builder<IE3F15, 'SpecificCircumstanceIndicator', IE3A15> =>
    createBuilder<IE3F15, 'SpecificCircumstanceIndicator', IE3A15>('IE3F15', 'IE3A15', {
      SpecificCircumstanceIndicator: 'F15',
    }),
  /** F16 (partial, house): Partial dataset: the particulars the consignee must provide, at the lowest house bill of lading. */
  f16: (): Builder<IE3F16, 'SpecificCircumstanceIndicator', IE3A16> =>
    createBuilder<IE3F16, 'SpecificCircumstanceIndicator', IE3A16>('IE3F16', 'IE3A16', {
      SpecificCircumstanceIndicator: 'F16',
    }),
  /** F17 (partial, master): Partial dataset: the particulars the consignee must provide, at the straight bill of lading. */
  f17: (): Builder<IE3F17, 'SpecificCircumstanceIndicator', IE3A17> =>
    createBuilder<IE3F17, 'SpecificCircumstanceIndicator', IE3A17>('IE3F17', 'IE3A17', {
      SpecificCircumstanceIndicator: 'F17',
    }),
  /** All the filings of a shipment (see {@link fromBillOfLading}). */
  fromBillOfLading,
} as const;
