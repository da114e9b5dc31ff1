/**
 * Model paths and XML pointers: `['consignmentMasterLevel', 'consignmentHouseLevel', 0, 'goodsItem', 1]`
 * <-> `/IE3F32/consignmentMasterLevel/consignmentHouseLevel[1]/goodsItem[2]` (1-based, as in IE3N99).
 */
import type { ModelPath } from './issue';
import type { ElementMeta, MessageMeta } from './meta';

/**
 * The XML pointer of a model path. Repeated elements (max > 1) get a 1-based index; amount attributes
 * are written `@value` / `@currency`.
 *
 * @example
 * ```ts
 * pointerFor(IE3F32Meta, ['consignmentMasterLevel', 'consignmentHouseLevel', 0, 'goodsItem', 1]);
 * // '/IE3F32/consignmentMasterLevel/consignmentHouseLevel[1]/goodsItem[2]'
 * ```
 */
export function pointerFor(meta: MessageMeta, path: ModelPath): string {
  let out = `/${meta.id}`;
  let node: ElementMeta | undefined = meta.root;
  for (let i = 0; i < path.length; i++) {
    const seg = path[i]!;
    if (typeof seg === 'number') {
      out += `[${seg + 1}]`;
      continue;
    }
    if (node?.encoding === 'amount') {
      out += `/@${seg}`;
      node = undefined;
      continue;
    }
    const child: ElementMeta | undefined = node?.children?.find((c) => c.name === seg);
    out += `/${seg}`;
    node = child;
  }
  return out;
}

/**
 * The model path of an XML pointer (the reverse of {@link pointerFor}); `undefined` when the pointer
 * names an element the message does not have or is not well formed. Accepts pointers with or without the
 * root (and the leading `/`) and with a `[1]` on single elements; otherwise as strict as {@link readPointer}:
 * no `[0]`, no index beyond the element's maximum, no empty step, `@` only on amount attributes.
 *
 * @example
 * ```ts
 * pathForPointer(IE3F32Meta, '/IE3F32/consignmentMasterLevel/consignmentHouseLevel[1]/goodsItem[2]');
 * // ['consignmentMasterLevel', 'consignmentHouseLevel', 0, 'goodsItem', 1]
 * ```
 */
export function pathForPointer(meta: MessageMeta, pointer: string): ModelPath | undefined {
  let p = pointer.startsWith('/') ? pointer : `/${pointer}`;
  const first = /^\/([^/[]*)/.exec(p)?.[1];
  if (first !== meta.id) p = `/${meta.id}${p}`;
  const r = readPointer(meta, p);
  return 'path' in r ? r.path : undefined;
}

/** Highest index accepted in a pointer step (beyond it no message holds an element). */
const MAX_INDEX = 99_999;

/**
 * The model path of an XML pointer (as in IE3N99), read strictly: `/IE3F32/a/b[2]/@value`; every step one name
 * with an optional 1-based index `[n]` (no `[0]`, no index beyond the element's maximum), no empty step (`//`),
 * `@` only on the `value` and `currency` of an amount. Says what is wrong otherwise.
 *
 * @example
 * ```ts
 * readPointer(IE3F32Meta, '/IE3F32/consignmentMasterLevel/consignmentHouseLevel[0]');
 * // { problem: 'index [0] of consignmentHouseLevel: indexes run from 1' }
 * ```
 */
export function readPointer(meta: MessageMeta, pointer: string): { path: ModelPath } | { problem: string } {
  if (!pointer.startsWith('/')) return { problem: 'a pointer starts with /' };
  const parts = pointer.slice(1).split('/');
  if (parts.some((p) => p === '')) return { problem: 'empty step (// or a trailing /)' };
  const path: ModelPath = [];
  let node: ElementMeta | undefined = meta.root;
  for (let k = 0; k < parts.length; k++) {
    const part = parts[k]!;
    const m = /^(@?)([A-Za-z_][\w.-]{0,99})(?:\[([0-9]{1,6})\])?$/.exec(part);
    if (m === null) return { problem: `step ${JSON.stringify(part.length > 40 ? `${part.slice(0, 40)}…` : part)} is not a name with an optional [index]` };
    const [, at, name, idx] = m as unknown as [string, string, string, string | undefined];
    const index = idx === undefined ? undefined : Number(idx);
    if (index !== undefined && (index < 1 || index > MAX_INDEX)) return { problem: `index [${idx}] of ${name}: indexes run from 1` };
    if (k === 0) {
      if (name !== meta.id || at !== '' || (index !== undefined && index !== 1)) return { problem: `the first step must be ${meta.id}` };
      continue;
    }
    if (node === undefined) return { problem: `${name}: nothing below an attribute` };
    if (node.encoding === 'amount') {
      if (name !== 'value' && name !== 'currency') return { problem: `${node.name} has the attributes value and currency only, not ${name}` };
      if (index !== undefined && index !== 1) return { problem: `an attribute has no index` };
      path.push(name);
      node = undefined;
      continue;
    }
    if (at !== '') return { problem: `<${node.name}> has no attribute ${name}` };
    const child: ElementMeta | undefined = node.children?.find((c) => c.name === name);
    if (child === undefined) return { problem: `<${name}> is not an element of <${node.name}> in ${meta.id}` };
    path.push(name);
    if (child.max > 1) {
      if (index !== undefined && index > child.max) return { problem: `index [${index}] of ${name} is beyond its maximum ${child.max}` };
      path.push((index ?? 1) - 1);
    } else if (index !== undefined && index !== 1) return { problem: `${name} occurs at most once, index [${index}]` };
    node = child;
  }
  return { path };
}


/**
 * The metadata of the element a model path points at (indexes are skipped).
 *
 * @example
 * ```ts
 * metaAt(IE3F32Meta, ['LRN'])?.format; // 'an..22'
 * ```
 */
export function metaAt(meta: MessageMeta, path: ModelPath): ElementMeta | undefined {
  let node: ElementMeta | undefined = meta.root;
  for (const seg of path) {
    if (typeof seg === 'number') continue;
    if (node?.encoding === 'amount') return node;
    node = node?.children?.find((c) => c.name === seg);
    if (!node) return undefined;
  }
  return node;
}
