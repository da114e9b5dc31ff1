/**
 * The express F32 builder on its own (`ics2/builders/express/f32`): importing it does not pull the other
 * filing builders.
 */
import { createBuilder, type Builder } from '../createBuilder';
import type { IE3A32 } from '../../generated/messages/IE3A32';
import type { IE3F32 } from '../../generated/messages/IE3F32';

/**
 * A builder of an IE3F32 filing (express, F32), its `SpecificCircumstanceIndicator` preset; the same as `express.f32()`.
 *
 * @example
 * ```ts
 * import { f32 } from 'ics2/builders/express/f32';
 * const b = f32().set('LRN', 'LRN-0001');
 * ```
 */
export function f32(): Builder<IE3F32, 'SpecificCircumstanceIndicator', IE3A32> {
  return createBuilder<IE3F32, 'SpecificCircumstanceIndicator', IE3A32>('IE3F32', 'IE3A32', { SpecificCircumstanceIndicator: 'F32' });
}
