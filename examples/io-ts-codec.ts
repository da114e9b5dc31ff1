/**
 * io-ts: decode an incoming message with an io-ts codec that runs the ics2 schema and rules, and report the
 * errors with io-ts paths.
 *
 * Run: npx tsx examples/io-ts-codec.ts
 */
import * as E from 'fp-ts/lib/Either.js';
import { PathReporter } from 'io-ts/lib/PathReporter.js';
import { codecFor } from 'ics2/io-ts';

const IE3R01 = codecFor('IE3R01');

const good = {
  LRN: 'RXL2404120000001',
  MRN: '24DE123456789012J4',
  registrationDate: '2024-04-12T09:31:02Z',
  SpecificCircumstanceIndicator: 'F32',
  addressedMemberState: { country: 'DE' },
};
const bad = {
  LRN: 'RXL2404120000001',
  MRN: '24DE12345',
  registrationDate: '2024-04-12 09:31',
  SpecificCircumstanceIndicator: 'F99',
};

const ok = IE3R01.decode(good);
console.log('good:', E.isRight(ok) ? `MRN ${ok.right.MRN}` : PathReporter.report(ok).join('\n'));
const ko = IE3R01.decode(bad);
console.log('bad:\n  ' + PathReporter.report(ko).join('\n  '));
process.exit(E.isRight(ok) && E.isLeft(ko) && ko.left.length >= 3 ? 0 : 1);
