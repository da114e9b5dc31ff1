import type { Builder } from './createBuilder';
import { createBuilder } from './createBuilder';
import type { IE3F51 } from '../generated/messages/IE3F51';
import type { IE3A51 } from '../generated/messages/IE3A51';

/**
 * Builders of the rail filing types (F51): each offers only the elements of its
 * IE3Fxx message and refuses `build()` (at compile time) until every mandatory element is set.
 * Each is also on a subpath of its own (`ics2/builders/rail/f51`), built on the message modules: a bundle of
 * it holds its message and amendment only (these, on string ids like the rest of `ics2/builders`, hold all 84).
 *
 * @example
 * ```ts
 * import { rail } from 'ics2';
 * const b = rail.f51().set('LRN', 'LRN-0001');
 * ```
 */
export const rail = {
  /** F51 (complete, master+house): Rail mode of transport. */
  f51: (): Builder<IE3F51, 'SpecificCircumstanceIndicator', IE3A51> =>
    createBuilder<IE3F51, 'SpecificCircumstanceIndicator', IE3A51>('IE3F51', 'IE3A51', {
      SpecificCircumstanceIndicator: 'F51',
    }),
} as const;
