import { address, type Address, type PoBoxAddressInput, type StreetAddressInput } from './address';

/** A communication means: a phone number (`TE`) or an e-mail address (`EM`). */
export interface Communication {
  identifier: string;
  type: string;
}

/** What {@link party} takes. */
export interface PartyInput {
  name: string;
  /** The EORI number (becomes `identificationNumber`). */
  eori?: string;
  /** `1` natural person, `2` legal person, `3` association (CL729). */
  typeOfPerson?: '1' | '2' | '3';
  address: StreetAddressInput | PoBoxAddressInput;
  /** Phone number in E.123 international form (becomes communication type `TE`). */
  phone?: string;
  /** E-mail address (becomes communication type `EM`). */
  email?: string;
}

/** The party group {@link party} returns: only the fields the input asked for. */
export type Party<P extends PartyInput> = { name: string; address: Address } & (P extends { eori: string }
  ? { identificationNumber: string }
  : unknown) &
  (P extends { typeOfPerson: string } ? { typeOfPerson: string } : unknown) &
  (P extends { phone: string }
    ? { communication: Communication[] }
    : P extends { email: string }
      ? { communication: Communication[] }
      : unknown);

/**
 * A party (consignor, consignee, declarant, carrier, notify party ...) from plain names: `eori` becomes
 * `identificationNumber`, `phone` and `email` become `communication` entries, the address is street and
 * number or P.O. box (see {@link address}). The result has only the fields given, so it fits any party
 * group whose mandatory fields you passed.
 *
 * @example
 * ```ts
 * party({
 *   name: 'Hanse Logistik GmbH', eori: 'DE123456789012345', typeOfPerson: '2', phone: '+49 40 1234567',
 *   address: { street: 'Grosse Elbstrasse', number: '145', postCode: '22767', city: 'Hamburg', country: 'DE' },
 * });
 * ```
 */
export function party<const P extends PartyInput>(input: P): Party<P> {
  const out: Record<string, unknown> = { name: input.name };
  if (input.eori !== undefined) out.identificationNumber = input.eori;
  if (input.typeOfPerson !== undefined) out.typeOfPerson = input.typeOfPerson;
  out.address = address(input.address);
  const communication: Communication[] = [];
  if (input.phone !== undefined) communication.push({ identifier: input.phone, type: 'TE' });
  if (input.email !== undefined) communication.push({ identifier: input.email, type: 'EM' });
  if (communication.length) out.communication = communication;
  return out as Party<P>;
}
