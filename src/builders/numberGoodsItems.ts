/**
 * Goods items numbered 1, 2, 3 ... in order (`goodsItemNumber`, R3017), as new objects. Builders do this on
 * their own for items without a number; this helper is for building a message by hand.
 *
 * @example
 * ```ts
 * numberGoodsItems([{ commodity: { descriptionOfGoods: 'Tea' } }, { commodity: { descriptionOfGoods: 'Coffee' } }]);
 * // [{ goodsItemNumber: '1', commodity: ... }, { goodsItemNumber: '2', commodity: ... }]
 * ```
 */
export function numberGoodsItems<I extends object>(items: readonly I[]): (I & { goodsItemNumber: string })[] {
  return items.map(
    (item, i) => ({ goodsItemNumber: String(i + 1), ...item }) as I & { goodsItemNumber: string },
  );
}
