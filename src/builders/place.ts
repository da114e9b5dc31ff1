import type { Address } from './address';

/**
 * A place (of loading, unloading, acceptance, delivery) by UN/LOCODE: `location` and `address` are then
 * not used (C3004, C3006, C3007, C3008).
 *
 * @example
 * ```ts
 * place('NLRTM'); // { UNLOCODE: 'NLRTM' }
 * ```
 */
export function place(unLocode: string): { UNLOCODE: string } {
  return { UNLOCODE: unLocode };
}

/**
 * A place without a UN/LOCODE: then location and address are both mandatory (C3004 ...).
 *
 * @example
 * ```ts
 * placeByAddress('Warehouse 7', { city: 'Venlo', country: 'NL', street: 'Celsiusweg', number: '12' });
 * ```
 */
export function placeByAddress(location: string, addr: Address): { location: string; address: Address } {
  return { location, address: { ...addr } };
}
