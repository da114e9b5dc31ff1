/**
 * Sea F11 single filing: the carrier lodges one complete ENS for a master bill of lading with two house bills of
 * lading (two containers, routing Shanghai - Singapore - Hamburg): `sea.fromBillOfLading({ filing: 'single' })`
 * puts the master, its goods and both house consignments into one IE3F11, whose structure comes from the EU type
 * library (ConsignmentMasterLevelType78, docs/coverage.md).
 *
 * Run: npx tsx examples/sea-f11-single.ts
 */
import { packages, place, routingCountries, sea } from 'ics2/builders';
import {
  box1,
  box2,
  carrier,
  carrierDeclarant,
  cologneImporter,
  forwarderDeclarant,
  munichImporter,
  shanghaiShipper,
  vessel,
} from './shared/parties';
import { report, shipmentIssues } from './shared/report';

const ningboShipper = {
  name: 'Ningbo Homeware Manufacturing Co. Ltd',
  typeOfPerson: '2',
  address: {
    street: 'Zhongshan East Road',
    number: '818',
    postCode: '315000',
    city: 'Ningbo',
    country: 'CN',
  },
};

const out = sea.fromBillOfLading({
  filing: 'single',
  lrn: 'NCL-F11-2404120001',
  header: {
    documentIssueDate: new Date('2024-04-12T02:00:00Z'),
    reEntryIndicator: '0',
    splitConsignment: { splitConsignmentIndicator: '0' },
    customsOfficeOfFirstEntry: { referenceNumber: 'DE004700' },
    declarant: carrierDeclarant,
    activeBorderTransportMeans: vessel,
  },
  // The master bill of lading, as the carrier knows it: the forwarder ships to its own agent, one line of goods per
  // container; in a single filing the carrier lodges the house consignments too.
  master: {
    containerIndicator: '1',
    totalGrossMass: '13510.25',
    placeOfAcceptance: place('CNSHA'),
    placeOfLoading: place('CNSHA'),
    placeOfUnloading: place('DEHAM'),
    placeOfDelivery: place('DEHAM'),
    transportDocumentMasterLevel: { documentNumber: 'NCLU240412SHAHAM02', type: 'N704' },
    carrier,
    consignor: {
      name: 'Hanse Spedition Shanghai Office',
      typeOfPerson: '2',
      address: { street: 'Pudong Avenue', number: '2', postCode: '200120', city: 'Shanghai', country: 'CN' },
    },
    consignee: {
      name: 'Hanse Spedition GmbH',
      identificationNumber: 'DE123456789012345',
      typeOfPerson: '2',
      address: { street: 'Am Sandtorkai', number: '1', postCode: '20457', city: 'Hamburg', country: 'DE' },
    },
    transportCharges: { methodOfPayment: 'H' },
    transportEquipment: [box1, box2],
    goodsItem: [
      {
        commodity: {
          descriptionOfGoods: 'Cotton T-shirts, kitchen knives and porcelain plates',
          commodityCode: { harmonizedSystemSubHeadingCode: '610910' },
        },
        weight: { grossMass: '13510.25' },
        packaging: [packages('CT', 1241, 'AS ADDRESSED')],
      },
    ],
  },
  houses: [
    {
      lrn: 'HSP-F15-2404120001',
      declarant: forwarderDeclarant,
      consignment: {
        containerIndicator: '1',
        totalGrossMass: 8200,
        placeOfAcceptance: place('CNSHA'),
        placeOfDelivery: place('DEMUC'),
        consignor: shanghaiShipper,
        consignee: munichImporter,
        transportCharges: { methodOfPayment: 'H' },
        goodsShipment: { buyer: munichImporter, seller: shanghaiShipper },
        countriesOfRoutingOfConsignment: routingCountries('CN', 'SG', 'DE'),
        transportDocumentHouseLevel: { documentNumber: 'HSPU2404120001', type: 'N714' },
        transportEquipment: [box1],
        goodsItem: [
          {
            commodity: {
              descriptionOfGoods: 'Men’s knitted cotton T-shirts',
              commodityCode: { harmonizedSystemSubHeadingCode: '610910' },
            },
            weight: { grossMass: 8200 },
            packaging: [packages('CT', 820, 'ISAR MODE MUENCHEN 1-820')],
          },
        ],
      },
    },
    {
      lrn: 'HSP-F15-2404120002',
      declarant: forwarderDeclarant,
      consignment: {
        containerIndicator: '1',
        totalGrossMass: '5310.25',
        placeOfAcceptance: place('CNNGB'),
        placeOfDelivery: place('DECGN'),
        consignor: ningboShipper,
        consignee: cologneImporter,
        transportCharges: { methodOfPayment: 'H' },
        goodsShipment: { buyer: cologneImporter, seller: ningboShipper },
        countriesOfRoutingOfConsignment: routingCountries('CN', 'DE'),
        transportDocumentHouseLevel: { documentNumber: 'HSPU2404120002', type: 'N714' },
        transportEquipment: [box2],
        goodsItem: [
          {
            commodity: {
              descriptionOfGoods: 'Stainless steel kitchen knives',
              commodityCode: { harmonizedSystemSubHeadingCode: '821191' },
            },
            weight: { grossMass: 3110.25 },
            packaging: [packages('CT', 311, 'DOMSTADT KOELN 1-311')],
          },
          {
            commodity: {
              descriptionOfGoods: 'Porcelain dinner plates',
              commodityCode: { harmonizedSystemSubHeadingCode: '691110' },
            },
            weight: { grossMass: 2200 },
            packaging: [packages('PK', 110, 'DOMSTADT KOELN 312-421')],
          },
        ],
      },
    },
  ],
});

shipmentIssues(out.issues);
for (const f of out.filings) {
  report(
    `Sea ${f.filingType} ${f.role}${f.house === undefined ? '' : ` ${f.house + 1}`} (LRN ${f.lrn})`,
    f.messageType,
    f.result,
  );
}

export { out };
