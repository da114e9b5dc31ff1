/**
 * The express F31 builder on its own (`ics2/builders/express/f31`): importing it does not pull the other
 * filing builders.
 */
import { createBuilder, type Builder } from '../createBuilder';
import type { IE3A31 } from '../../generated/messages/IE3A31';
import type { IE3F31 } from '../../generated/messages/IE3F31';

/**
 * A builder of an IE3F31 filing (express, F31), its `SpecificCircumstanceIndicator` preset; the same as `express.f31()`.
 *
 * @example
 * ```ts
 * import { f31 } from 'ics2/builders/express/f31';
 * const b = f31().set('LRN', 'LRN-0001');
 * ```
 */
export function f31(): Builder<IE3F31, 'SpecificCircumstanceIndicator', IE3A31> {
  return createBuilder<IE3F31, 'SpecificCircumstanceIndicator', IE3A31>('IE3F31', 'IE3A31', { SpecificCircumstanceIndicator: 'F31' });
}
