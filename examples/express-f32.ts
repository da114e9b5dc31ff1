/**
 * Express F32: the PLACI minimum dataset an express operator lodges before loading, for two express
 * parcels from Shenzhen to Germany. Builds with the typed builder, validates, prints the XML and a report.
 *
 * Run: npx tsx examples/express-f32.ts (npm run example)
 */
import { express, party } from 'ics2/builders';
import { munichImporter } from './shared/parties';
import { report } from './shared/report';

const expressOperator = party({
  name: 'Rhein Express Logistics GmbH',
  eori: 'DE456789012345678',
  phone: '+493412240000',
  address: {
    street: 'Hermann-Koehl-Strasse',
    number: '1',
    postCode: '04435',
    city: 'Schkeuditz',
    country: 'DE',
  },
});

const shenzhenSeller = party({
  name: 'Shenzhen Gadget Trading Co. Ltd',
  typeOfPerson: '2',
  address: {
    street: 'Shennan Boulevard',
    number: '6008',
    postCode: '518040',
    city: 'Shenzhen',
    country: 'CN',
  },
});

const result = express
  .f32()
  .set('LRN', 'RXL2404120000001')
  .set('documentIssueDate', new Date('2024-04-12T09:30:00+08:00'))
  .set('addressedMemberState', { country: 'DE' })
  .set('declarant', expressOperator)
  .set('consignmentMasterLevel', {
    consignmentHouseLevel: [
      {
        totalGrossMass: 1.35,
        totalAmountInvoiced: { value: '89.90', currency: 'EUR' },
        consignor: shenzhenSeller,
        consignee: party({
          name: 'Anna Schmidt',
          typeOfPerson: '1',
          address: {
            street: 'Bergmannstrasse',
            number: '12',
            postCode: '10961',
            city: 'Berlin',
            country: 'DE',
          },
        }),
        goodsItem: [
          {
            commodity: {
              descriptionOfGoods: 'Wireless Bluetooth headphones',
              commodityCode: { harmonizedSystemSubHeadingCode: '851830' },
            },
            weight: { grossMass: 0.85 },
            packaging: { numberOfPackages: 1 },
          },
          {
            commodity: {
              descriptionOfGoods: 'Silicone phone cases',
              commodityCode: { harmonizedSystemSubHeadingCode: '392690' },
            },
            weight: { grossMass: '0.5' },
            packaging: { numberOfPackages: 1 },
          },
        ],
        transportDocumentHouseLevel: { documentNumber: '4412345675', type: 'N703' },
        referenceNumberUCR: { referenceNumberUCR: 'RXL4412345675' },
      },
      {
        totalGrossMass: 2.2,
        consignor: shenzhenSeller,
        consignee: munichImporter,
        goodsItem: [
          {
            commodity: {
              descriptionOfGoods: 'Women’s knitted cotton pullovers',
              commodityCode: { harmonizedSystemSubHeadingCode: '611020' },
            },
            weight: { grossMass: 2.2 },
            packaging: { numberOfPackages: 3 },
          },
        ],
        transportDocumentHouseLevel: { documentNumber: '4412345686', type: 'N703' },
        referenceNumberUCR: { referenceNumberUCR: 'RXL4412345686' },
      },
    ],
  })
  .build();

report('Express F32 (PLACI, pre-loading)', 'IE3F32', result);
