import type { ElementMeta } from '../core/meta';

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj =>
  v !== null && typeof v === 'object' && !Array.isArray(v) && !(v instanceof Date);

/**
 * Keep only the parts of `data` that the element `node` (a message root or a group) has, recursively: how
 * one set of shipment data becomes each filing's message (a house filing drops what only the master filing
 * carries). Values are copied, never shared; leaves (`Date`s, numbers, strings) pass through.
 *
 * @example
 * ```ts
 * import { IE3F32Meta } from 'ics2/messages/IE3F32';
 * fitToMessage(IE3F32Meta.root, { LRN: 'L1', activeBorderTransportMeans: { ModeOfTransport: '4' } }); // { LRN: 'L1' }
 * ```
 */
export function fitToMessage(node: ElementMeta, data: unknown): unknown {
  if (node.encoding !== 'group')
    return data instanceof Date ? new Date(data.getTime()) : isObj(data) ? { ...data } : data;
  if (Array.isArray(data)) return data.map((d) => fitToMessage(node, d));
  if (!isObj(data)) return data;
  const out: Obj = {};
  for (const c of node.children ?? []) {
    const v = data[c.name];
    if (v === undefined) continue;
    if (c.max > 1) out[c.name] = (Array.isArray(v) ? v : [v]).map((x) => fitToMessage(c, x));
    else out[c.name] = fitToMessage(c, Array.isArray(v) ? v[0] : v);
  }
  return out;
}
