/**
 * Air F26: a house filing lodged pre-loading, the PLACI minimum dataset plus the house air waybill data, by a
 * forwarder for one house consignment under a master air waybill (Shanghai Pudong - Frankfurt). Its structure is
 * the EU type library's (ConsignmentMasterLevelType49 and ActiveBorderTransportMeansType20, docs/coverage.md):
 * the flight, and at house level the master air waybill, the carrier, the routing and the places.
 *
 * Run: npx tsx examples/air-f26-house.ts
 */
import { air, packages, place, routingCountries } from 'ics2/builders';
import { forwarderDeclarant, munichImporter, shanghaiShipper } from './shared/parties';
import { report } from './shared/report';

const result = air
  .f26()
  .set('LRN', 'HSP-F26-2404120001')
  .set('documentIssueDate', '2024-04-12T09:40:00+08:00')
  .set('addressedMemberState', { country: 'DE' })
  .set('declarant', forwarderDeclarant)
  .set('activeBorderTransportMeans', {
    ModeOfTransport: '4',
    actualDateAndTimeOfDeparture: '2024-04-12T23:10:00+08:00',
    estimatedDateAndTimeOfArrival: '2024-04-13T06:05:00+02:00',
    conveyanceReferenceNumber: 'LH8405',
    countriesOfRoutingOfMeansOfTransport: routingCountries('CN', 'DE'),
  })
  .set('consignmentMasterLevel', {
    consignmentHouseLevel: [
      {
        containerIndicator: '0',
        totalGrossMass: '610.5',
        placeOfAcceptance: place('CNPVG'),
        transportDocumentMasterLevel: { documentNumber: '176-12345675', type: 'N741' },
        carrier: { identificationNumber: 'DE234567890123456' },
        consignor: shanghaiShipper,
        consignee: munichImporter,
        transportCharges: { methodOfPayment: 'H' },
        placeOfDelivery: place('DEMUC'),
        countriesOfRoutingOfConsignment: routingCountries('CN', 'DE'),
        transportDocumentHouseLevel: { documentNumber: 'HSPSHA2404120001', type: 'N703' },
        goodsItem: [
          {
            commodity: {
              descriptionOfGoods: 'Men’s knitted cotton T-shirts',
              commodityCode: { harmonizedSystemSubHeadingCode: '610910' },
            },
            weight: { grossMass: '610.5' },
            packaging: [packages('CT', 61, 'ISAR MODE MUENCHEN 1-61')],
          },
        ],
      },
    ],
  })
  .build();

report('Air F26 (PLACI with house air waybill data)', 'IE3F26', result);

export { result };
