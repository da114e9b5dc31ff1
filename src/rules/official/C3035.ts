/**
 * C3035 — master-level goods-item packaging type VQ, VG, VL, VY, VR, VS, VO, NE, NF or NG (bulk, unpacked):
 * not used; otherwise mandatory. Applies to every `packaging/shippingMarks` and `packaging/numberOfPackages`
 * citing C3035.
 */
import { BULK_PACKAGING, official, presence, sibling, str } from './support';

/**
 * C3035: shipping marks and number of packages follow the type of packages.
 *
 * @example
 * ```ts
 * runRule(C3035, { meta: IE3F11Meta, data }); // flags packaging { typeOfPackages: 'CT' } without numberOfPackages
 * ```
 */
export const C3035 = official(
  'C3035',
  {
    example: {
      error: 'packaging = { typeOfPackages: "VR", numberOfPackages: "10", shippingMarks: "ABC" }',
      fix: 'leave numberOfPackages and shippingMarks out for bulk goods',
    },
  },
  presence('C3035', (_ctx, site) => {
    const type = str(sibling(site, 'typeOfPackages'));
    if (!type) return undefined;
    return BULK_PACKAGING.has(type)
      ? { presence: 'forbidden', because: `packaging type ${type} is bulk/unpacked` }
      : { presence: 'required', because: `packaging type ${type} is not bulk` };
  }),
);
