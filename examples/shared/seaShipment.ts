/**
 * The sea shipment of the examples: a master bill of lading (Shanghai - Hamburg, two containers) with two house
 * bills of lading, as `sea.fromBillOfLading` takes it. The F12 + F15 multiple filing and the F11 single filing use it.
 */
import { packages, place, routingCountries } from 'ics2/builders';
import {
  box1,
  box2,
  carrier,
  cologneImporter,
  forwarderDeclarant,
  munichImporter,
  shanghaiShipper,
} from './parties';

export const ningboShipper = {
  name: 'Ningbo Homeware Manufacturing Co. Ltd',
  typeOfPerson: '2' as const,
  address: {
    street: 'Zhongshan East Road',
    number: '818',
    postCode: '315000',
    city: 'Ningbo',
    country: 'CN',
  },
};

// The master bill of lading, as the carrier knows it: the forwarder ships to its own agent, one line of goods per
// container, and the forwarder is named as the supplementary declarant who lodges the house filings (F15).
/** The master bill of lading. */
export const master = {
  containerIndicator: '1' as const,
  totalGrossMass: '13510.25',
  placeOfAcceptance: place('CNSHA'),
  placeOfLoading: place('CNSHA'),
  placeOfUnloading: place('DEHAM'),
  placeOfDelivery: place('DEHAM'),
  transportDocumentMasterLevel: { documentNumber: 'NCLU240412SHAHAM02', type: 'N704' },
  carrier,
  consignor: {
    name: 'Hanse Spedition Shanghai Office',
    typeOfPerson: '2' as const,
    address: { street: 'Pudong Avenue', number: '2', postCode: '200120', city: 'Shanghai', country: 'CN' },
  },
  consignee: {
    name: 'Hanse Spedition GmbH',
    identificationNumber: 'DE123456789012345',
    typeOfPerson: '2' as const,
    address: { street: 'Am Sandtorkai', number: '1', postCode: '20457', city: 'Hamburg', country: 'DE' },
  },
  transportCharges: { methodOfPayment: 'H' },
  supplementaryDeclarant: { identificationNumber: 'DE123456789012345', supplementaryFilingType: '2' },
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
};

/** The two house bills of lading. */
export const houses = [
  {
    lrn: 'HSP-F15-2404120001',
    declarant: forwarderDeclarant,
    consignment: {
      containerIndicator: '1' as const,
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
      containerIndicator: '1' as const,
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
];
