/**
 * Countries of routing in their order (by `sequenceNumber` when every entry has a numeric one, else as given).
 */
import { arr, rec, str } from './support';

/**
 * The routing entries with their array index, in routing order.
 *
 * @example
 * ```ts
 * routingOrder([{ sequenceNumber: '2', country: 'DE' }, { sequenceNumber: '1', country: 'CN' }]); // CN first
 * ```
 */
export function routingOrder(list: unknown): { index: number; country: string | undefined }[] {
  const items = arr(list).map((e, index) => ({
    index,
    country: str(rec(e)?.country),
    seq: str(rec(e)?.sequenceNumber),
  }));
  const numeric = items.length > 0 && items.every((i) => i.seq !== undefined && /^\d+$/.test(i.seq));
  if (numeric) items.sort((a, b) => Number(a.seq) - Number(b.seq) || a.index - b.index);
  return items.map(({ index, country }) => ({ index, country }));
}
