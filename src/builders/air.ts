import type { Builder } from './createBuilder';
import { createBuilder } from './createBuilder';
import { fromMasterAirWaybill } from './fromShipment';
import type { IE3F20 } from '../generated/messages/IE3F20';
import type { IE3A20 } from '../generated/messages/IE3A20';
import type { IE3F21 } from '../generated/messages/IE3F21';
import type { IE3A21 } from '../generated/messages/IE3A21';
import type { IE3F22 } from '../generated/messages/IE3F22';
import type { IE3A22 } from '../generated/messages/IE3A22';
import type { IE3F23 } from '../generated/messages/IE3F23';
import type { IE3A23 } from '../generated/messages/IE3A23';
import type { IE3F24 } from '../generated/messages/IE3F24';
import type { IE3A24 } from '../generated/messages/IE3A24';
import type { IE3F25 } from '../generated/messages/IE3F25';
import type { IE3F26 } from '../generated/messages/IE3F26';
import type { IE3A26 } from '../generated/messages/IE3A26';
import type { IE3F27 } from '../generated/messages/IE3F27';
import type { IE3A27 } from '../generated/messages/IE3A27';
import type { IE3F28 } from '../generated/messages/IE3F28';
import type { IE3A28 } from '../generated/messages/IE3A28';
import type { IE3F29 } from '../generated/messages/IE3F29';
import type { IE3A29 } from '../generated/messages/IE3A29';

/**
 * Builders of the air filing types (F20, F21, F22, F23, F24, F25, F26, F27, F28, F29): each offers only the elements of its
 * IE3Fxx message and refuses `build()` (at compile time) until every mandatory element is set.
 * Each is also on a subpath of its own (`ics2/builders/air/f20`), built on the message modules: a bundle of
 * it holds its message and amendment only (these, on string ids like the rest of `ics2/builders`, hold all 84).
 *
 * @example
 * ```ts
 * import { air } from 'ics2';
 * const b = air.f20().set('LRN', 'LRN-0001');
 * ```
 */
export const air = {
  /** F20 (complete, master+house): Complete dataset lodged pre-loading. */
  f20: (): Builder<IE3F20, 'SpecificCircumstanceIndicator', IE3A20> =>
    createBuilder<IE3F20, 'SpecificCircumstanceIndicator', IE3A20>('IE3F20', 'IE3A20', {
      SpecificCircumstanceIndicator: 'F20',
    }),
  /** F21 (partial, master): Partial dataset: master air waybill lodged pre-arrival. */
  f21: (): Builder<IE3F21, 'SpecificCircumstanceIndicator', IE3A21> =>
    createBuilder<IE3F21, 'SpecificCircumstanceIndicator', IE3A21>('IE3F21', 'IE3A21', {
      SpecificCircumstanceIndicator: 'F21',
    }),
  /** F22 (partial, house): Partial dataset: house air waybill lodged pre-arrival. */
  f22: (): Builder<IE3F22, 'SpecificCircumstanceIndicator', IE3A22> =>
    createBuilder<IE3F22, 'SpecificCircumstanceIndicator', IE3A22>('IE3F22', 'IE3A22', {
      SpecificCircumstanceIndicator: 'F22',
    }),
  /** F23 (placi, house): Partial dataset: PLACI minimum dataset lodged pre-loading (UCC DA Art. 106(1) second subparagraph), without master air waybill reference. */
  f23: (): Builder<IE3F23, 'SpecificCircumstanceIndicator', IE3A23> =>
    createBuilder<IE3F23, 'SpecificCircumstanceIndicator', IE3A23>('IE3F23', 'IE3A23', {
      SpecificCircumstanceIndicator: 'F23',
    }),
  /** F24 (placi, house): Partial dataset: PLACI minimum dataset lodged pre-loading, with master air waybill reference. */
  f24: (): Builder<IE3F24, 'SpecificCircumstanceIndicator', IE3A24> =>
    createBuilder<IE3F24, 'SpecificCircumstanceIndicator', IE3A24>('IE3F24', 'IE3A24', {
      SpecificCircumstanceIndicator: 'F24',
    }),
  /** F25 (placi, master): Partial dataset: master air waybill reference number lodged pre-loading. */
  f25: (): Builder<IE3F25, 'SpecificCircumstanceIndicator', never> =>
    createBuilder<IE3F25, 'SpecificCircumstanceIndicator', never>('IE3F25', undefined, {
      SpecificCircumstanceIndicator: 'F25',
    }),
  /** F26 (placi, house): Partial dataset: PLACI minimum dataset lodged pre-loading, with additional house air waybill information. */
  f26: (): Builder<IE3F26, 'SpecificCircumstanceIndicator', IE3A26> =>
    createBuilder<IE3F26, 'SpecificCircumstanceIndicator', IE3A26>('IE3F26', 'IE3A26', {
      SpecificCircumstanceIndicator: 'F26',
    }),
  /** F27 (complete, master+house): Complete dataset lodged pre-arrival. */
  f27: (): Builder<IE3F27, 'SpecificCircumstanceIndicator', IE3A27> =>
    createBuilder<IE3F27, 'SpecificCircumstanceIndicator', IE3A27>('IE3F27', 'IE3A27', {
      SpecificCircumstanceIndicator: 'F27',
    }),
  /** F28 (complete, master): Complete dataset lodged pre-loading: direct air waybill. */
  f28: (): Builder<IE3F28, 'SpecificCircumstanceIndicator', IE3A28> =>
    createBuilder<IE3F28, 'SpecificCircumstanceIndicator', IE3A28>('IE3F28', 'IE3A28', {
      SpecificCircumstanceIndicator: 'F28',
    }),
  /** F29 (complete, master): Complete dataset lodged pre-arrival: direct air waybill. */
  f29: (): Builder<IE3F29, 'SpecificCircumstanceIndicator', IE3A29> =>
    createBuilder<IE3F29, 'SpecificCircumstanceIndicator', IE3A29>('IE3F29', 'IE3A29', {
      SpecificCircumstanceIndicator: 'F29',
    }),
  /** All the filings of a shipment (see {@link fromMasterAirWaybill}). */
  fromMasterAirWaybill,
} as const;
