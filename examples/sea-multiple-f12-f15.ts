/**
 * Sea multiple filing: the carrier lodges an F12 for its master bill of lading and each forwarder an F15 for
 * its house bill (with the consignee's particulars). One shipment description in, three filings out
 * (`sea.fromBillOfLading`); each filing takes the parts its message has.
 *
 * Run: npx tsx examples/sea-multiple-f12-f15.ts
 */
import { sea } from 'ics2/builders';
import { carrierDeclarant, vessel } from './shared/parties';
import { report, shipmentIssues } from './shared/report';
import { houses, master } from './shared/seaShipment';

const out = sea.fromBillOfLading({
  filing: 'multiple',
  lrn: 'NCL-F12-2404120001',
  header: {
    documentIssueDate: new Date('2024-04-12T02:00:00Z'),
    addressedMemberState: { country: 'DE' },
    declarant: carrierDeclarant,
    activeBorderTransportMeans: vessel,
  },
  master,
  houses,
});

shipmentIssues(out.issues);
for (const f of out.filings) {
  report(
    `Sea ${f.filingType} ${f.role}${f.house === undefined ? '' : ` ${f.house + 1}`} (LRN ${f.lrn})`,
    f.messageType,
    f.result,
  );
}
