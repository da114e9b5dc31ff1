/**
 * Reading an error notification: customs refused an F32 and sent an IE3N99. Explain each error against the
 * filing we sent: the element it points at, the value we sent there, the rule it cites and how to fix it.
 *
 * Run: npx tsx examples/read-ie3n99.ts (the XML is examples/ie3n99.xml)
 */
import { readFileSync } from 'node:fs';
import { explainErrors } from 'ics2';
import { sampleFilingInput } from 'ics2/builders';

const xml = readFileSync(new URL('./ie3n99.xml', import.meta.url), 'utf8');

// The filing we had sent (here the SDK's sample F32; in a real system, what your TMS stored).
const sent = { messageType: 'IE3F32' as const, data: sampleFilingInput('IE3F32') };

const r = explainErrors(xml, sent);
for (const i of r.issues) console.log(`${i.severity} ${i.code} ${i.pointer}: ${i.message}`);
if (!r.ok) process.exit(1);
for (const e of r.explanations) {
  console.log(`\nerror ${e.index + 1}: ${e.validationCode}${e.description ? ` (${e.description})` : ''}`);
  console.log(`  at       ${e.pointer ?? '(no pointer)'}${e.element ? ` = ${e.element.label}` : ''}`);
  if (e.hasSentValue) console.log(`  we sent  ${JSON.stringify(e.sentValue)}`);
  for (const rule of e.rules) console.log(`  rule     ${rule.id}: ${rule.summary}`);
  if (e.meaning) console.log(`  meaning  ${e.meaning}`);
  if (e.howToFix) console.log(`  fix      ${e.howToFix}`);
}
console.log(`\n${r.explanations.length} error(s) explained`);
process.exit(r.explanations.length === 2 ? 0 : 1);
