/**
 * Shared by C3025 (house level) and C3048 (master level): an element is optional when the consignor and the
 * consignee of the consignment at that level are both natural persons (type of person '1'), else required.
 */
import { ancestor, valueAt } from '../paths';
import type { Finding, RuleContext } from '../types';
import { presence, rec, str } from './support';

/**
 * The presence check of C3025 / C3048 for the consignment level named.
 *
 * @example
 * ```ts
 * presenceUnlessNaturalPersons('C3025', 'consignmentHouseLevel');
 * ```
 */
export function presenceUnlessNaturalPersons(
  id: string,
  level: 'consignmentHouseLevel' | 'consignmentMasterLevel',
): (ctx: RuleContext) => Finding[] {
  return presence(id, (ctx, site) => {
    const at = ancestor(site.path, level);
    if (!at) return undefined;
    const c = rec(valueAt(ctx.data, at));
    const natural =
      str(rec(c?.consignor)?.typeOfPerson) === '1' && str(rec(c?.consignee)?.typeOfPerson) === '1';
    return natural
      ? { presence: 'optional', because: 'consignor and consignee are natural persons' }
      : {
          presence: 'required',
          because: 'consignor and consignee are not both natural persons (type of person 1)',
        };
  });
}
