/**
 * The express F30 builder on its own (`ics2/builders/express/f30`): importing it does not pull the other
 * filing builders.
 */
import { createBuilder, type Builder } from '../createBuilder';
import type { IE3A30 } from '../../generated/messages/IE3A30';
import type { IE3F30 } from '../../generated/messages/IE3F30';

/**
 * A builder of an IE3F30 filing (express, F30), its `SpecificCircumstanceIndicator` preset; the same as `express.f30()`.
 *
 * @example
 * ```ts
 * import { f30 } from 'ics2/builders/express/f30';
 * const b = f30().set('LRN', 'LRN-0001');
 * ```
 */
export function f30(): Builder<IE3F30, 'SpecificCircumstanceIndicator', IE3A30> {
  return createBuilder<IE3F30, 'SpecificCircumstanceIndicator', IE3A30>('IE3F30', 'IE3A30', { SpecificCircumstanceIndicator: 'F30' });
}
