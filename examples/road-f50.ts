/**
 * Road F50: a Turkish haulier brings two consignments (one CMR each) by truck from Istanbul to Germany,
 * entering the EU at the Bulgarian border. Routing countries are numbered in order by the builder.
 *
 * Note: customs office reference numbers (CL141) are not in the spec data; BG004001 has the right shape
 * (an8) but is not checked against the EU customs office list.
 *
 * Run: npx tsx examples/road-f50.ts
 */
import { packages, party, place, road, routingCountries } from 'ics2/builders';
import { munichImporter } from './shared/parties';
import { report } from './shared/report';

const haulier = party({
  name: 'Bosphorus Lojistik A.S.',
  eori: 'TR1234567890',
  phone: '+902125550100',
  address: { street: 'Halkali Caddesi', number: '212', postCode: '34303', city: 'Istanbul', country: 'TR' },
});
const haulierParty = party({
  name: 'Bosphorus Lojistik A.S.',
  eori: 'TR1234567890',
  typeOfPerson: '2',
  address: { street: 'Halkali Caddesi', number: '212', postCode: '34303', city: 'Istanbul', country: 'TR' },
});
const istanbulShipper = party({
  name: 'Anatolia Tekstil Sanayi Ltd',
  typeOfPerson: '2',
  address: { street: 'Basin Ekspres Yolu', number: '9', postCode: '34197', city: 'Istanbul', country: 'TR' },
});

// The truck's trailer: the passive border transport means of every goods item (a road filing names it per item).
const trailer = {
  identificationNumber: '34ABC123',
  typeOfIdentification: '30',
  typeOfMeansOfTransport: '3',
  nationality: 'TR',
};

const consignment = (n: number, description: string, hs: string, mass: number, count: number) => ({
  containerIndicator: '0' as const,
  totalGrossMass: mass,
  placeOfAcceptance: place('TRIST'),
  placeOfDelivery: place('DEMUC'),
  transportCharges: { methodOfPayment: 'H' },
  goodsShipment: { buyer: munichImporter, seller: istanbulShipper },
  countriesOfRoutingOfConsignment: routingCountries('TR', 'BG', 'RS', 'HU', 'AT', 'DE'),
  transportDocumentHouseLevel: { documentNumber: `TR-CMR-2404-00${n}`, type: 'N730' },
  goodsItem: [
    {
      commodity: { descriptionOfGoods: description, commodityCode: { harmonizedSystemSubHeadingCode: hs } },
      weight: { grossMass: mass },
      packaging: [packages('CT', count, `ISAR MODE 1-${count}`)],
      passiveBorderTransportMeans: [trailer],
    },
  ],
});

const result = road
  .f50()
  .set('LRN', 'BOS-F50-2404120001')
  .set('documentIssueDate', '2024-04-12T07:30:00+03:00')
  .set('reEntryIndicator', '0')
  .set('splitConsignment', { splitConsignmentIndicator: '0' })
  .set('declarant', haulier)
  .set('customsOfficeOfFirstEntry', { referenceNumber: 'BG004001' })
  .set('activeBorderTransportMeans', {
    identificationNumber: '34BOS212',
    typeOfIdentification: '30',
    nationality: 'TR',
    ModeOfTransport: '3',
    estimatedDateAndTimeOfDeparture: '2024-04-12T09:00:00+03:00',
    estimatedDateAndTimeOfArrival: '2024-04-12T16:00:00+03:00',
    countriesOfRoutingOfMeansOfTransport: routingCountries('TR', 'BG', 'RS', 'HU', 'AT', 'DE'),
  })
  .set('consignmentMasterLevel', {
    containerIndicator: '0',
    placeOfAcceptance: place('TRIST'),
    transportDocumentMasterLevel: { documentNumber: 'TR-CMR-2404-000', type: 'N730' },
    carrier: haulier,
    consignor: haulierParty,
    consignee: munichImporter,
    transportCharges: { methodOfPayment: 'H' },
    placeOfLoading: place('TRIST'),
    placeOfUnloading: place('DEMUC'),
    placeOfDelivery: place('DEMUC'),
    consignmentHouseLevel: [
      consignment(1, 'Women’s cotton denim trousers', '620462', 6300, 630),
      consignment(2, 'Women’s knitted wool pullovers', '611011', 3500, 350),
    ],
  })
  .build();

report('Road F50', 'IE3F50', result);
