/**
 * fp-ts: validate a filing as an `Either`, then apply company rules in applicative validation so that every
 * broken rule is reported at once.
 *
 * Run: npx tsx examples/fp-ts-company-rules.ts
 */
import { pipe } from 'fp-ts/lib/function.js';
import * as E from 'fp-ts/lib/Either.js';
import { rulesE, validateE } from 'ics2/fp-ts';
import { express, sampleFilingInput } from 'ics2/builders';
import { forbidden, forEach, matches, rule } from 'ics2/rules';

// Company policy, written with the rule combinators.
const lrnPrefix = rule(
  'company-lrn-prefix',
  { summary: 'Our LRNs start with RXL' },
  matches('LRN', /^RXL/, 'LRN must start with RXL'),
);
const noRepresentative = rule(
  'company-direct',
  { summary: 'We always file as declarant' },
  forbidden('representative'),
);
const shortDescriptions = rule(
  'company-description-length',
  { summary: 'Descriptions of goods at most 60 characters (our label printer)' },
  forEach(
    'consignmentMasterLevel.consignmentHouseLevel[*].goodsItem[*].commodity',
    matches('descriptionOfGoods', /^.{1,60}$/, 'description longer than 60 characters'),
  ),
);

// A realistic F32 from the builders' sample data, with an LRN that breaks our own numbering policy.
const sample = sampleFilingInput('IE3F32');
const built = express
  .f32()
  .set('LRN', 'XYZ-1')
  .set('documentIssueDate', sample.documentIssueDate)
  .set('addressedMemberState', sample.addressedMemberState)
  .set('declarant', sample.declarant)
  .set('consignmentMasterLevel', sample.consignmentMasterLevel)
  .build();
if (!built.ok) {
  console.log(built.issues);
  process.exit(1);
}
const filing = built.value;

const outcome = pipe(
  validateE('IE3F32', filing),
  E.chain((message) => rulesE([lrnPrefix, noRepresentative, shortDescriptions])('IE3F32', message)),
);

pipe(
  outcome,
  E.match(
    (issues) => {
      console.log(`${issues.length} issue(s):`);
      for (const i of issues) console.log(`  ${i.code} ${i.pointer}: ${i.message}`);
    },
    () => console.log('filing satisfies the company rules'),
  ),
);
// The LRN 'XYZ-1' breaks the prefix rule: the example shows the left side.
process.exit(E.isLeft(outcome) && outcome.left.some((i) => i.code === 'company-lrn-prefix') ? 0 : 1);
