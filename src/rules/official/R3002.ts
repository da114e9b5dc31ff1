/**
 * R3002 — ADDRESS: street plus house number, or a P.O. box.
 * Applies to every `address` whose table row cites R3002 (see `targetsOf(meta, 'R3002')`).
 */
import { atSites } from '../applicability';
import { official, rec, str } from './support';

/**
 * R3002: an address needs `street` and `number`, or `poBox`.
 *
 * @example
 * ```ts
 * runRule(R3002, { meta: IE3F32Meta, data }); // [] when every cited address has street + number or a P.O. box
 * ```
 */
export const R3002 = official(
  'R3002',
  {
    example: {
      error: 'declarant.address = { country: "DE", city: "Berlin", postCode: "10115" }',
      fix: 'add street "Unter den Linden" and number "1", or poBox "1234"',
    },
  },
  atSites('R3002', (_ctx, site) => {
    const a = rec(site.value);
    if (!a) return [];
    if (str(a.poBox)) return [];
    if (str(a.street) && str(a.number)) return [];
    const missing = str(a.street) ? 'number' : str(a.number) ? 'street' : 'street and number';
    return [
      {
        path: site.path,
        message: `Address: give street plus house number, or a P.O. box (missing ${missing}) (R3002)`,
      },
    ];
  }),
);
