/** An address with street and number (R3002). */
export interface StreetAddressInput {
  street: string;
  number: string;
  city: string;
  country: string;
  postCode?: string;
  subDivision?: string;
  streetAdditionalLine?: string;
  poBox?: never;
}

/** An address with a P.O. box instead of street and number (R3002). */
export interface PoBoxAddressInput {
  poBox: string;
  city: string;
  country: string;
  postCode?: string;
  subDivision?: string;
  street?: never;
  number?: never;
}

/** The address group of every party. */
export interface Address {
  city: string;
  country: string;
  subDivision?: string;
  street?: string;
  postCode?: string;
  streetAdditionalLine?: string;
  number?: string;
  poBox?: string;
}

/**
 * An address: either street and house number, or a P.O. box, never both (R3002); the type refuses a mix.
 * The result is a new object with only the fields given.
 *
 * @example
 * ```ts
 * address({ street: 'Grosse Elbstrasse', number: '145', postCode: '22767', city: 'Hamburg', country: 'DE' });
 * address({ poBox: '1234', postCode: '1000', city: 'Brussels', country: 'BE' });
 * ```
 */
export function address(input: StreetAddressInput | PoBoxAddressInput): Address {
  const out: Address = { city: input.city, country: input.country };
  const keys = ['subDivision', 'street', 'postCode', 'streetAdditionalLine', 'number', 'poBox'] as const;
  for (const k of keys) {
    const v = (input as Address)[k];
    if (v !== undefined) out[k] = v;
  }
  return out;
}
