/**
 * The express F33 builder on its own (`ics2/builders/express/f33`): importing it does not pull the other
 * filing builders.
 */
import { createBuilder, type Builder } from '../createBuilder';
import type { IE3A33 } from '../../generated/messages/IE3A33';
import type { IE3F33 } from '../../generated/messages/IE3F33';

/**
 * A builder of an IE3F33 filing (express, F33), its `SpecificCircumstanceIndicator` preset; the same as `express.f33()`.
 *
 * @example
 * ```ts
 * import { f33 } from 'ics2/builders/express/f33';
 * const b = f33().set('LRN', 'LRN-0001');
 * ```
 */
export function f33(): Builder<IE3F33, 'SpecificCircumstanceIndicator', IE3A33> {
  return createBuilder<IE3F33, 'SpecificCircumstanceIndicator', IE3A33>('IE3F33', 'IE3A33', { SpecificCircumstanceIndicator: 'F33' });
}
