/**
 * Real-looking parties and equipment shared by the examples (EORIs of the right shape, ISO 6346 container
 * numbers and IMO numbers with valid check digits). The companies are fictitious.
 */
import { container, party, routingCountries } from 'ics2/builders';

const hamburg = {
  street: 'Grosse Elbstrasse',
  number: '145',
  postCode: '22767',
  city: 'Hamburg',
  country: 'DE',
} as const;
const rotterdam = {
  street: 'Waalhaven Zuidzijde',
  number: '19',
  postCode: '3089JH',
  city: 'Rotterdam',
  country: 'NL',
} as const;

/** A forwarder lodging filings (declarant: no type of person). */
export const forwarderDeclarant = party({
  name: 'Hanse Spedition GmbH',
  eori: 'DE123456789012345',
  phone: '+494030123456',
  address: hamburg,
});

/** The ocean carrier lodging filings (declarant). */
export const carrierDeclarant = party({
  name: 'Nordsee Container Line B.V.',
  eori: 'NL812345678',
  phone: '+31102345678',
  address: rotterdam,
});

/** The ocean carrier as the carrier party. */
export const carrier = party({
  name: 'Nordsee Container Line B.V.',
  eori: 'NL812345678',
  address: rotterdam,
});

export const shanghaiShipper = party({
  name: 'Shanghai Bright Textile Co. Ltd',
  typeOfPerson: '2',
  address: { street: 'Pudong Avenue', number: '1288', postCode: '200120', city: 'Shanghai', country: 'CN' },
});

export const munichImporter = party({
  name: 'Isar Mode Import GmbH',
  eori: 'DE987654321098765',
  typeOfPerson: '2',
  address: {
    street: 'Landsberger Strasse',
    number: '88',
    postCode: '80339',
    city: 'Muenchen',
    country: 'DE',
  },
});

export const cologneImporter = party({
  name: 'Domstadt Haushaltswaren GmbH',
  eori: 'DE556677889900112',
  typeOfPerson: '2',
  address: { street: 'Hohenzollernring', number: '22', postCode: '50672', city: 'Koeln', country: 'DE' },
});

/** ISO 6346 container numbers with check digits (MSCU123456-6, MAEU456789-6). */
export const box1 = container({
  number: 'MSCU1234566',
  sizeAndType: '45G1',
  packedStatus: 'B',
  supplierType: '2',
  seals: ['CN2404121'],
});
export const box2 = container({
  number: 'MAEU4567896',
  sizeAndType: '22G1',
  packedStatus: 'B',
  supplierType: '2',
  seals: ['CN2404122'],
});

/** IMO number with its check digit: 9*7 + 3*6 + 2*5 + 1*4 + 4*3 + 8*2 = 123, last digit 3. */
export const vesselImo = 'IMO9321483';

/**
 * The vessel as the active border transport means of a carrier's sea filing (F10, F11, F12): IMO number
 * (typeOfIdentification 10, R3009/R3011), type of means of transport, flag, mode 1 and the routing of the vessel.
 */
export const vessel = {
  identificationNumber: 'IMO9321483',
  typeOfIdentification: '10',
  typeOfMeansOfTransport: '1511',
  nationality: 'NL',
  ModeOfTransport: '1',
  estimatedDateAndTimeOfDeparture: '2024-04-13T06:00:00Z',
  estimatedDateAndTimeOfArrival: '2024-05-18T04:00:00Z',
  countriesOfRoutingOfMeansOfTransport: routingCountries('CN', 'SG', 'DE'),
};
