/**
 * Sea F11 single filing: the carrier lodges one complete ENS for a master bill of lading with two house bills of
 * lading (two containers, routing Shanghai - Singapore - Hamburg): `sea.fromBillOfLading({ filing: 'single' })`
 * puts the master, its goods and both house consignments into one IE3F11, whose structure comes from the EU type
 * library (ConsignmentMasterLevelType78, docs/coverage.md).
 *
 * Run: npx tsx examples/sea-f11-single.ts
 */
import { sea } from 'ics2/builders';
import { carrierDeclarant, vessel } from './shared/parties';
import { report, shipmentIssues } from './shared/report';
import { houses, master } from './shared/seaShipment';

// In a single filing the carrier lodges the houses itself: no supplementary declarant on the master.
const { supplementaryDeclarant: _byForwarder, ...carrierMaster } = master;

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
  master: carrierMaster,
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

export { out };
