import type { ElementMeta } from '../core/meta';
import type { MessageType } from '../generated/catalogue';
import { registry } from '../generated/registry';

/**
 * One element an amendment may not change: its model path (names only, arrays implied) and whether it is
 * repeated.
 *
 * @example
 * ```ts
 * const e: NonAmendableElement = { path: ['declarant', 'identificationNumber'], pointer: '/IE3A32/declarant/identificationNumber', label: 'Identification number', rule: 'R3024' };
 * ```
 */
export interface NonAmendableElement {
  path: string[];
  pointer: string;
  label: string;
  rule: 'R3024';
}

/**
 * The elements of an amendment message (IE3Axx) that cannot be amended: those whose metadata cite rule
 * R3024, read from `registry[amendment].meta` at run time, so regenerated metadata are picked up. Empty for
 * a message that is not an amendment.
 *
 * @example
 * ```ts
 * nonAmendableElements('IE3A32').map((e) => e.path.join('/'));
 * // ['SpecificCircumstanceIndicator', 'representative', 'representative/identificationNumber', ...]
 * ```
 */
export function nonAmendableElements(amendment: MessageType | string): NonAmendableElement[] {
  if (!/^IE3A\d\d$/.test(amendment) || !(amendment in registry)) return [];
  const meta = registry[amendment as MessageType].meta;
  const out: NonAmendableElement[] = [];
  const walk = (node: ElementMeta, path: string[]): void => {
    for (const c of node.children ?? []) {
      const p = [...path, c.name];
      if (c.rules?.includes('R3024')) out.push({ path: p, pointer: `/${amendment}/${p.join('/')}`, label: c.label, rule: 'R3024' });
      walk(c, p);
    }
  };
  walk(meta.root, []);
  return out;
}
