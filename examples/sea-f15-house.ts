/**
 * Sea F15: the forwarder's house bill of lading with the consignee's particulars (multiple filing; the carrier
 * lodges the F12 for the master bill). Built with the typed builder: `set` takes only F15's elements and
 * `build()` compiles once every mandatory one is set.
 *
 * Run: npx tsx examples/sea-f15-house.ts
 */
import { packages, place, routingCountries, sea } from 'ics2/builders';
import { box1, carrier, forwarderDeclarant, munichImporter, shanghaiShipper, vessel } from './shared/parties';
import { report } from './shared/report';

const result = sea
  .f15()
  .set('LRN', 'HSP-F15-2404120001')
  .set('documentIssueDate', new Date('2024-04-12T10:00:00+08:00'))
  .set('addressedMemberState', { country: 'DE' })
  .set('declarant', forwarderDeclarant)
  .set('activeBorderTransportMeans', vessel)
  .set('consignmentMasterLevel', {
    consignmentHouseLevel: {
      containerIndicator: '1',
      totalGrossMass: 8200,
      placeOfAcceptance: place('CNSHA'),
      placeOfDelivery: place('DEMUC'),
      transportDocumentMasterLevel: { documentNumber: 'NCLU240412SHAHAM02', type: 'N704' },
      carrier: { identificationNumber: carrier.identificationNumber },
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
  })
  .build();

report('Sea F15 (house bill, consignee particulars)', 'IE3F15', result);
