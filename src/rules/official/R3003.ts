/**
 * R3003 — the LRN (or functional reference) must be unique per declarant.
 * Not checkable from one message: uniqueness is across the declarant's filings. `R3003` reports nothing;
 * `lrnUniqueness(isUsed)` builds a rule that asks your store of earlier filings.
 */
import { atSites } from '../applicability';
import { rule } from '../combinators';
import type { Rule } from '../types';
import { official, rec, str } from './support';

/**
 * R3003 (external): needs the declarant's earlier filings, so the default rule reports nothing.
 *
 * @example
 * ```ts
 * R3003.status; // 'external'
 * ```
 */
export const R3003 = official(
  'R3003',
  {
    status: 'external',
    note: "Not checkable locally because uniqueness is across the declarant's earlier filings; use lrnUniqueness(isUsed) with your own store.",
    example: {
      error: 'LRN "LRN-2024-001" already used by declarant DE123456789012345 in an earlier filing',
      fix: 'use a new LRN, e.g. "LRN-2024-002"',
    },
  },
  () => [],
);

/**
 * A rule checking R3003 against your store of filings: `isUsed(declarantId, value)` says whether the
 * declarant already used the value.
 *
 * @example
 * ```ts
 * const used = new Set(['DE1234567890|LRN1']);
 * validate('IE3F32', data, { rules: { extra: [lrnUniqueness((d, v) => used.has(`${d}|${v}`))] } });
 * ```
 */
export function lrnUniqueness(isUsed: (declarantId: string, value: string) => boolean): Rule {
  return rule(
    'R3003',
    { summary: R3003.summary, kind: 'rule', status: 'checked' },
    atSites('R3003', (ctx, site) => {
      const value = str(site.value);
      const root = rec(ctx.data);
      const declarant =
        str(rec(root?.declarant)?.identificationNumber) ??
        str(rec(root?.requester)?.identificationNumber) ??
        '';
      if (!value || !isUsed(declarant, value)) return [];
      return [
        {
          path: site.path,
          message: `${site.name} "${value}" was already used by declarant ${declarant || '(unknown)'} (R3003)`,
        },
      ];
    }),
  );
}
