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
 * names an element the message does not have. Accepts pointers with or without the root and with
 * a `[1]` on single elements.
 *
 * @example
 * ```ts
 * pathForPointer(IE3F32Meta, '/IE3F32/consignmentMasterLevel/consignmentHouseLevel[1]/goodsItem[2]');
 * // ['consignmentMasterLevel', 'consignmentHouseLevel', 0, 'goodsItem', 1]
 * ```
 */
export function pathForPointer(meta: MessageMeta, pointer: string): ModelPath | undefined {
  const parts = pointer.replace(/^\/+/, '').split('/').filter(Boolean);
  if (parts[0]?.replace(/\[\d+\]$/, '') === meta.id) parts.shift();
  const path: ModelPath = [];
  let node: ElementMeta | undefined = meta.root;
  for (const part of parts) {
    const m = /^@?([A-Za-z_][\w.-]*)(?:\[(\d+)\])?$/.exec(part);
    if (!m || !node) return undefined;
    const name = m[1]!;
    if (node.encoding === 'amount') {
      if (name !== 'value' && name !== 'currency') return undefined;
      path.push(name);
      node = undefined;
      continue;
    }
    const child: ElementMeta | undefined = node.children?.find((c) => c.name === name);
    if (!child) return undefined;
    path.push(name);
    if (child.max > 1) path.push(m[2] ? Number(m[2]) - 1 : 0);
    else if (m[2] && m[2] !== '1') return undefined;
    node = child;
  }
  return path;
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
