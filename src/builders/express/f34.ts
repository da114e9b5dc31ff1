/**
 * The express F34 builder on its own (`ics2/builders/express/f34`): importing it does not pull the other
 * filing builders.
 */
import { createBuilder, type Builder } from '../createBuilder';
import type { IE3A34 } from '../../generated/messages/IE3A34';
import type { IE3F34 } from '../../generated/messages/IE3F34';

/**
 * A builder of an IE3F34 filing (express, F34), its `SpecificCircumstanceIndicator` preset; the same as `express.f34()`.
 *
 * @example
 * ```ts
 * import { f34 } from 'ics2/builders/express/f34';
 * const b = f34().set('LRN', 'LRN-0001');
 * ```
 */
export function f34(): Builder<IE3F34, 'SpecificCircumstanceIndicator', IE3A34> {
  return createBuilder<IE3F34, 'SpecificCircumstanceIndicator', IE3A34>('IE3F34', 'IE3A34', { SpecificCircumstanceIndicator: 'F34' });
}
