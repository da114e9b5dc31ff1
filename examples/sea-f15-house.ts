/**
 * Sea F15: the forwarder's house bill of lading with the consignee's particulars (multiple filing; the carrier
 * lodges the F12 for the master bill). Built with the typed builder: `set` takes only F15's elements and
 * `build()` compiles once every mandatory one is set.
 *
 * Run: npx tsx examples/sea-f15-house.ts
 */
import { sea } from 'ics2/builders';
import { carrier, vessel } from './shared/parties';
import { houses } from './shared/seaShipment';
import { report } from './shared/report';

const house = houses[0]!;

const result = sea
  .f15()
  .set('LRN', house.lrn)
  .set('documentIssueDate', new Date('2024-04-12T10:00:00+08:00'))
  .set('addressedMemberState', { country: 'DE' })
  .set('declarant', house.declarant)
  .set('activeBorderTransportMeans', vessel)
  .set('consignmentMasterLevel', {
    // The first house bill of the shared shipment, with what F15 adds: the master bill and the carrier.
    consignmentHouseLevel: {
      ...house.consignment,
      transportDocumentMasterLevel: { documentNumber: 'NCLU240412SHAHAM02', type: 'N704' },
      carrier: { identificationNumber: carrier.identificationNumber },
    },
  })
  .build();

report('Sea F15 (house bill, consignee particulars)', 'IE3F15', result);
