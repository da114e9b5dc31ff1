/**
 * Postal PLACI: a postal operator lodges, before loading, an F43 with the PLACI minimum dataset of two
 * CN23 items and an F44 tying each item to its receptacle. Item identifiers are UPU S10 numbers with
 * their check digit (RR123456785CN: weights 8 6 4 2 3 5 9 7 give 204, 11 - 204 mod 11 = 5); receptacle
 * identifiers follow the 29-character UPU S9 layout.
 *
 * Run: npx tsx examples/postal-f43-f44.ts
 */
import { party, postal } from 'ics2/builders';
import { report } from './shared/report';

const postalOperator = party({
  name: 'Deutsche Paketpost Express AG',
  eori: 'DE678901234567890',
  phone: '+492281820',
  address: {
    street: 'Charles-de-Gaulle-Strasse',
    number: '20',
    postCode: '53113',
    city: 'Bonn',
    country: 'DE',
  },
});
const seller = party({
  name: 'Guangzhou Little Shop Co. Ltd',
  typeOfPerson: '2',
  address: { street: 'Tianhe Road', number: '385', postCode: '510620', city: 'Guangzhou', country: 'CN' },
});
const buyer = (name: string, street: string, number: string, postCode: string, city: string) =>
  party({ name, typeOfPerson: '1', address: { street, number, postCode, city, country: 'DE' } });

const items = [
  {
    id: 'RR123456785CN',
    receptacle: 'CNCANADEFRAAACN40001001110050',
    mass: 0.42,
    description: 'Children’s cotton socks',
    hs: '611595',
    to: buyer('Lena Fischer', 'Sonnenallee', '71', '12045', 'Berlin'),
  },
  {
    id: 'RR876543216CN',
    receptacle: 'CNCANADEFRAAACN40001001110050',
    mass: 1.8,
    description: 'Ceramic coffee mugs',
    hs: '691200',
    to: buyer('Jonas Weber', 'Koenigstrasse', '9', '70173', 'Stuttgart'),
  },
];

const base = {
  documentIssueDate: new Date('2024-04-12T03:20:00Z'),
  addressedMemberState: { country: 'DE' },
  declarant: postalOperator,
} as const;

const f43 = postal
  .f43()
  .set('LRN', 'DPP-F43-2404120001')
  .set('documentIssueDate', base.documentIssueDate)
  .set('addressedMemberState', base.addressedMemberState)
  .set('declarant', base.declarant)
  .set('consignmentMasterLevel', {
    consignmentHouseLevel: items.map((i) => ({
      totalGrossMass: i.mass,
      consignor: seller,
      consignee: i.to,
      // The seller is a business (type of person 2): C3025 asks for the commodity code.
      goodsItem: [
        {
          commodity: {
            descriptionOfGoods: i.description,
            commodityCode: { harmonizedSystemSubHeadingCode: i.hs },
          },
          packaging: { numberOfPackages: 1 },
        },
      ],
      transportDocumentHouseLevel: { documentNumber: i.id, type: 'N750' },
    })),
  })
  .build();

const f44 = postal
  .f44()
  .set('LRN', 'DPP-F44-2404120001')
  .set('documentIssueDate', base.documentIssueDate)
  .set('addressedMemberState', base.addressedMemberState)
  .set('declarant', base.declarant)
  .set('consignmentMasterLevel', {
    consignmentHouseLevel: items.map((i) => ({
      receptacle: { receptacleIdentificationNumber: i.receptacle },
      transportDocumentHouseLevel: { documentNumber: i.id, type: 'N750' },
    })),
  })
  .build();

report('Postal F43 (PLACI items)', 'IE3F43', f43);
report('Postal F44 (receptacles)', 'IE3F44', f44);
