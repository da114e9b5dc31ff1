import { BULK_PACKAGE_TYPES } from './normalizeInput';

/** Packaging types for goods in bulk or unpacked: no number of packages, no shipping marks (C3036). */
export type BulkPackageType = 'VQ' | 'VG' | 'VL' | 'VY' | 'VR' | 'VS' | 'VO' | 'NE' | 'NF' | 'NG';

/** Packaging of packed goods. */
export interface PackedPackaging<T extends string = string> {
  typeOfPackages: T;
  numberOfPackages: number | string;
  shippingMarks: string;
}

/** Packaging of goods in bulk. */
export interface BulkPackaging {
  typeOfPackages: BulkPackageType;
}

/**
 * Packaging of packed goods: type (CL017), number and shipping marks, all three mandatory (C3036).
 *
 * @example
 * ```ts
 * packages('CT', 40, 'HANSE HAMBURG 1-40'); // { typeOfPackages: 'CT', numberOfPackages: 40, shippingMarks: '...' }
 * ```
 */
export function packages<const T extends string>(
  typeOfPackages: T,
  numberOfPackages: number | string,
  shippingMarks: string,
): PackedPackaging<T> {
  return { typeOfPackages, numberOfPackages, shippingMarks };
}

/**
 * Packaging of goods in bulk or unpacked (`VR` bulk solid granular, `VL` liquid, `NE` unpacked ...): the
 * number of packages and shipping marks are left out, as C3036 wants.
 *
 * @example
 * ```ts
 * bulk('VR'); // { typeOfPackages: 'VR' }
 * ```
 */
export function bulk(typeOfPackages: BulkPackageType): BulkPackaging {
  return { typeOfPackages };
}

/**
 * Is a packaging type one for bulk or unpacked goods (C3036)?
 *
 * @example
 * ```ts
 * isBulkPackageType('VQ'); // true
 * isBulkPackageType('CT'); // false
 * ```
 */
export function isBulkPackageType(code: string): code is BulkPackageType {
  return BULK_PACKAGE_TYPES.includes(code);
}
