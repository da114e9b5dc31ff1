/**
 * Sea F10: complete dataset under a straight bill of lading, lodged by the carrier: two goods items in one
 * 40' container from Shanghai to Hamburg. The builder numbers the goods items, counts the container's seals,
 * converts the local issue time to UTC and checks the masses are exact.
 *
 * Run: npx tsx examples/sea-f10.ts
 */
import { container, packages, place, sea } from 'ics2/builders';
import { carrier, carrierDeclarant, munichImporter, shanghaiShipper, vessel } from './shared/parties';
import { report } from './shared/report';

const box = container({
  number: 'MSCU1234566',
  sizeAndType: '45G1',
  packedStatus: 'B',
  supplierType: '2',
  seals: ['CN2404121'],
});

const result = sea
  .f10()
  .set('LRN', 'NCL-F10-2404120001')
  .set('documentIssueDate', '2024-04-12T10:15:00+08:00')
  .set('addressedMemberState', { country: 'DE' })
  .set('activeBorderTransportMeans', vessel)
  .set('declarant', carrierDeclarant)
  .set('customsOfficeOfFirstEntry', { referenceNumber: 'DE004700' })
  .set('consignmentMasterLevel', {
    carrier: { ...carrier, communication: [{ identifier: '+31102345678', type: 'TE' }] },
    transportDocumentMasterLevel: { documentNumber: 'NCLU240412SHAHAM01', type: 'N705' },
    placeOfLoading: place('CNSHA'),
    placeOfUnloading: place('DEHAM'),
    consignmentHouseLevel: {
      containerIndicator: '1',
      totalGrossMass: '14250.5',
      placeOfAcceptance: place('CNSHA'),
      placeOfDelivery: place('DEMUC'),
      consignor: shanghaiShipper,
      consignee: munichImporter,
      transportCharges: { methodOfPayment: 'H' },
      goodsShipment: { buyer: munichImporter, seller: shanghaiShipper },
      goodsItem: [
        {
          commodity: {
            descriptionOfGoods: 'Men’s knitted cotton T-shirts',
            commodityCode: { harmonizedSystemSubHeadingCode: '610910' },
          },
          weight: { grossMass: 8200 },
          packaging: [packages('CT', 820, 'ISAR MODE MUENCHEN 1-820')],
          transportEquipment: [box],
        },
        {
          commodity: {
            descriptionOfGoods: 'Women’s cotton denim trousers',
            commodityCode: { harmonizedSystemSubHeadingCode: '620462' },
          },
          weight: { grossMass: 6050.5 },
          packaging: [packages('CT', 605, 'ISAR MODE MUENCHEN 821-1425')],
          transportEquipment: [box],
        },
      ],
    },
  })
  .build();

report('Sea F10 (straight bill of lading, complete dataset)', 'IE3F10', result);
