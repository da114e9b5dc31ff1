/**
 * Rail F51: a container train from Xi'an to Duisburg on the northern corridor, entering the EU at
 * Malaszewicze (PL). One consignment note CIM with two containers, one goods item per container.
 *
 * Notes: CL751 (type of means of transport, UN/ECE Rec. 28) values are not in the spec data; '2000' is
 * unverified. Customs office reference numbers (CL141) are not in the spec data; PL301010 has the right
 * shape (an8) but is not checked against the EU customs office list.
 *
 * Run: npx tsx examples/rail-f51.ts
 */
import { packages, party, place, rail, routingCountries } from 'ics2/builders';
import { box1, box2 } from './shared/parties';
import { report } from './shared/report';

const railwayUndertaking = party({
  name: 'Oder Rail Cargo Sp. z o.o.',
  eori: 'PL5213456789',
  phone: '+48833760000',
  address: { street: 'Kolejowa', number: '4', postCode: '21-540', city: 'Malaszewicze', country: 'PL' },
});
const railwayParty = party({
  name: 'Oder Rail Cargo Sp. z o.o.',
  eori: 'PL5213456789',
  typeOfPerson: '2',
  address: { street: 'Kolejowa', number: '4', postCode: '21-540', city: 'Malaszewicze', country: 'PL' },
});
const xianShipper = party({
  name: 'Xi’an Electric Tools Co. Ltd',
  typeOfPerson: '2',
  address: { street: 'Gangwu Avenue', number: '66', postCode: '710026', city: 'Xi’an', country: 'CN' },
});
const duisburgImporter = party({
  name: 'Ruhr Werkzeug Handel GmbH',
  eori: 'DE345678901234567',
  typeOfPerson: '2',
  address: { street: 'Hafenstrasse', number: '31', postCode: '47119', city: 'Duisburg', country: 'DE' },
});

const result = rail
  .f51()
  .set('LRN', 'ORC-F51-2404120001')
  .set('documentIssueDate', new Date('2024-04-12T06:00:00Z'))
  .set('reEntryIndicator', '0')
  .set('splitConsignment', { splitConsignmentIndicator: '0' })
  .set('declarant', railwayUndertaking)
  .set('customsOfficeOfFirstEntry', { referenceNumber: 'PL301010' })
  .set('activeBorderTransportMeans', {
    ModeOfTransport: '2',
    estimatedDateAndTimeOfDeparture: '2024-04-13T22:00:00+03:00',
    estimatedDateAndTimeOfArrival: '2024-04-14T04:30:00+02:00',
    conveyanceReferenceNumber: 'XIAN-DUI-240412',
    countriesOfRoutingOfMeansOfTransport: routingCountries('CN', 'KZ', 'RU', 'BY', 'PL', 'DE'),
  })
  .set('consignmentMasterLevel', {
    containerIndicator: '1',
    placeOfAcceptance: place('CNXIY'),
    transportDocumentMasterLevel: { documentNumber: 'CIM-24-0412-7731', type: 'N720' },
    carrier: railwayUndertaking,
    consignor: railwayParty,
    consignee: duisburgImporter,
    transportCharges: { methodOfPayment: 'H' },
    placeOfLoading: place('CNXIY'),
    placeOfUnloading: place('DEDUI'),
    placeOfDelivery: place('DEDUI'),
    consignmentHouseLevel: [
      {
        containerIndicator: '1',
        totalGrossMass: 21400,
        placeOfAcceptance: place('CNXIY'),
        placeOfDelivery: place('DEDUI'),
        transportCharges: { methodOfPayment: 'H' },
        goodsShipment: { buyer: duisburgImporter, seller: xianShipper },
        countriesOfRoutingOfConsignment: routingCountries('CN', 'KZ', 'RU', 'BY', 'PL', 'DE'),
        passiveBorderTransportMeans: [
          {
            identificationNumber: 'XIAN-DUI-240412',
            typeOfIdentification: '21',
            typeOfMeansOfTransport: '2000',
          },
        ],
        goodsItem: [
          {
            commodity: {
              descriptionOfGoods: 'Cordless electric drills',
              commodityCode: { harmonizedSystemSubHeadingCode: '846721' },
            },
            weight: { grossMass: 11250.75 },
            packaging: [packages('CT', 1125, 'RUHR WERKZEUG 1-1125')],
            transportEquipment: [box1],
          },
          {
            commodity: {
              descriptionOfGoods: 'Electric angle grinders',
              commodityCode: { harmonizedSystemSubHeadingCode: '846729' },
            },
            weight: { grossMass: '10149.25' },
            packaging: [packages('CT', 1015, 'RUHR WERKZEUG 1126-2140')],
            transportEquipment: [box2],
          },
        ],
      },
    ],
  })
  .build();

report('Rail F51', 'IE3F51', result);
