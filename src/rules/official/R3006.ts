/**
 * R3006 — a communication of type 'TE' carries an E.123 international phone number.
 * Applies to every `communication/identifier` citing R3006.
 */
import { atSites } from '../applicability';
import { checkPhoneE123 } from '../checks/checkPhoneE123';
import { official, sibling, str } from './support';

/**
 * R3006: phone identifiers (type `TE`) match `^\+(?:[0-9] ?){6,14}[0-9]$`.
 *
 * @example
 * ```ts
 * runRule(R3006, { meta: IE3F32Meta, data }); // flags { type: 'TE', identifier: '0049 30 1234567' }
 * ```
 */
export const R3006 = official(
  'R3006',
  {
    example: {
      error: 'communication = { type: "TE", identifier: "030 1234567" }',
      fix: 'identifier "+49 30 1234567"',
    },
  },
  atSites('R3006', (_ctx, site) => {
    const v = str(site.value);
    if (!v || sibling(site, 'type') !== 'TE') return [];
    const r = checkPhoneE123(v);
    return r.ok ? [] : [{ path: site.path, message: `${r.message} (R3006)` }];
  }),
);
