import type { Builder } from './createBuilder';
import { createBuilder } from './createBuilder';
import type { IE3F50 } from '../generated/messages/IE3F50';
import type { IE3A50 } from '../generated/messages/IE3A50';

/**
 * Builders of the road filing types (F50): each offers only the elements of its
 * IE3Fxx message and refuses `build()` (at compile time) until every mandatory element is set.
 * Each is also on a subpath of its own (`ics2/builders/road/f50`), built on the message modules: a bundle of
 * it holds its message and amendment only (these, on string ids like the rest of `ics2/builders`, hold all 84).
 *
 * @example
 * ```ts
 * import { road } from 'ics2';
 * const b = road.f50().set('LRN', 'LRN-0001');
 * ```
 */
export const road = {
  /** F50 (complete, master+house): Road mode of transport. */
  f50: (): Builder<IE3F50, 'SpecificCircumstanceIndicator', IE3A50> =>
    createBuilder<IE3F50, 'SpecificCircumstanceIndicator', IE3A50>('IE3F50', 'IE3A50', {
      SpecificCircumstanceIndicator: 'F50',
    }),
} as const;
