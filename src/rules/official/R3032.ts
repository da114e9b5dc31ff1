/**
 * R3032 — CARRIER: identification number, or name together with address.
 * No row we hold cites R3032: applies (by its wording) to every `carrier` group.
 */
import { atSites } from '../applicability';
import { official, rec, str } from './support';

/**
 * R3032: a given carrier has `identificationNumber`, or `name` and `address`.
 *
 * @example
 * ```ts
 * runRule(R3032, { meta: IE3F32Meta, data }); // flags carrier: { name: 'ACME' }
 * ```
 */
export const R3032 = official(
  'R3032',
  {
    appliesTo: 'every carrier group (no table row cites R3032)',
    example: {
      error: 'carrier = { name: "ACME Shipping" }',
      fix: 'add identificationNumber "DE123456789012345", or the address',
    },
  },
  atSites(
    'R3032',
    (_ctx, site) => {
      const c = rec(site.value);
      if (!c) return [];
      if (str(c.identificationNumber) || (str(c.name) && rec(c.address))) return [];
      return [
        {
          path: site.path,
          message: 'Carrier: give the identification number, or the name together with the address (R3032)',
        },
      ];
    },
    (t) => t.element.name === 'carrier' && t.element.encoding === 'group',
  ),
);
