/**
 * Air multiple filing with PLACI: before loading in Shanghai the forwarder lodges the F23 PLACI minimum
 * dataset for its house air waybills; before arrival in Frankfurt it lodges an F22 per house air waybill,
 * and the airline the F21 for the master air waybill 176-12345675 (IATA mod-7 check digit:
 * 1234567 mod 7 = 5). One shipment description in, all filings out (`air.fromMasterAirWaybill`).
 *
 * Run: npx tsx examples/air-placi-f23-f22-f21.ts
 */
import { air, packages, party, place, routingCountries } from 'ics2/builders';
import { forwarderDeclarant, munichImporter, shanghaiShipper } from './shared/parties';
import { report, shipmentIssues } from './shared/report';

const airline = party({
  name: 'Skyways Cargo Airlines GmbH',
  eori: 'DE234567890123456',
  address: {
    street: 'Cargo City Sued',
    number: '560',
    postCode: '60549',
    city: 'Frankfurt am Main',
    country: 'DE',
  },
});
const consolidator = party({
  name: 'Hanse Spedition Shanghai Ltd',
  typeOfPerson: '2',
  address: { street: 'Yincheng Road', number: '88', postCode: '200120', city: 'Shanghai', country: 'CN' },
});
const breakBulkAgent = party({
  name: 'Hanse Spedition GmbH',
  eori: 'DE123456789012345',
  typeOfPerson: '2',
  address: { street: 'Grosse Elbstrasse', number: '145', postCode: '22767', city: 'Hamburg', country: 'DE' },
});

const house = (n: number, description: string, hs: string, mass: number, count: number) => ({
  containerIndicator: '0' as const,
  totalGrossMass: mass,
  placeOfAcceptance: place('CNSHA'),
  placeOfDelivery: place('DEMUC'),
  consignor: shanghaiShipper,
  consignee: munichImporter,
  transportCharges: { methodOfPayment: 'H' },
  countriesOfRoutingOfConsignment: routingCountries('CN', 'DE'),
  transportDocumentHouseLevel: { documentNumber: `HSPSHA24041${n}`, type: 'N703' },
  goodsItem: [
    {
      commodity: { descriptionOfGoods: description, commodityCode: { harmonizedSystemSubHeadingCode: hs } },
      weight: { grossMass: mass },
      packaging: [packages('CT', count, `ISAR MODE 1-${count}`)],
    },
  ],
});

const out = air.fromMasterAirWaybill({
  filing: 'multiple',
  placi: true,
  lodging: 'pre-arrival',
  lrn: 'HSP-AIR-240412001',
  header: {
    documentIssueDate: '2024-04-12T18:45:00+08:00',
    addressedMemberState: { country: 'DE' },
    declarant: forwarderDeclarant,
    reEntryIndicator: '0',
    splitConsignment: { splitConsignmentIndicator: '0' },
    activeBorderTransportMeans: {
      ModeOfTransport: '4',
      estimatedDateAndTimeOfDeparture: '2024-04-13T01:10:00+08:00',
      estimatedDateAndTimeOfArrival: '2024-04-13T06:05:00+02:00',
      conveyanceReferenceNumber: 'SK8401',
      countriesOfRoutingOfMeansOfTransport: routingCountries('CN', 'DE'),
    },
    customsOfficeOfFirstEntry: { referenceNumber: 'DE005053' },
  },
  master: {
    containerIndicator: '0',
    totalGrossMass: '1010.5',
    placeOfAcceptance: place('CNPVG'),
    transportDocumentMasterLevel: { documentNumber: '176-12345675', type: 'N741' },
    carrier: airline,
    consignor: consolidator,
    consignee: breakBulkAgent,
    transportCharges: { methodOfPayment: 'H' },
    placeOfLoading: place('CNPVG'),
    placeOfUnloading: place('DEFRA'),
    placeOfDelivery: place('DEFRA'),
    supplementaryDeclarant: { identificationNumber: 'DE123456789012345', supplementaryFilingType: '2' },
    goodsItem: [
      {
        commodity: {
          descriptionOfGoods: 'Men’s knitted cotton T-shirts and women’s silk blouses',
          commodityCode: { harmonizedSystemSubHeadingCode: '610910' },
        },
        weight: { grossMass: 1010.5 },
        packaging: [packages('CT', 96, 'HSP CONSOL SHA-FRA')],
      },
    ],
  },
  houses: [
    {
      lrn: 'HSP-AIR-240412001H1',
      consignment: house(1, 'Men’s knitted cotton T-shirts', '610910', 610.5, 61),
    },
    { lrn: 'HSP-AIR-240412001H2', consignment: house(2, 'Women’s silk blouses', '620610', 400, 35) },
  ],
});

shipmentIssues(out.issues);
for (const f of out.filings) {
  report(
    `Air ${f.filingType} ${f.role}${f.house === undefined ? '' : ` ${f.house + 1}`} (LRN ${f.lrn})`,
    f.messageType,
    f.result,
  );
}
