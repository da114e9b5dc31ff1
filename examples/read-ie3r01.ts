/**
 * Reading an answer: customs registered our F32 and sent an IE3R01 with the MRN. Read the STI XML, check it is
 * one of the answers we expect, and take the typed message.
 *
 * Run: npx tsx examples/read-ie3r01.ts (the XML is examples/ie3r01.xml)
 */
import { readFileSync } from 'node:fs';
import { fromXml, validate } from 'ics2';

const xml = readFileSync(new URL('./ie3r01.xml', import.meta.url), 'utf8');

// Any other root than the answers we wait for is an `unexpected_root` issue.
const read = fromXml(xml, { expect: ['IE3R01', 'IE3N99'] });
for (const i of read.issues) console.log(`${i.severity} ${i.code} ${i.pointer}: ${i.message}`);
if (!read.ok) process.exit(1);
console.log(`received ${read.messageType}`);

// `validate` with the type we expect gives the message typed as `Message<'IE3R01'>`.
const r01 = validate('IE3R01', read.value);
if (!r01.ok) {
  console.log('not an IE3R01 we can use', r01.issues);
  process.exit(1);
}
const { LRN, MRN, registrationDate } = r01.value;
console.log(`LRN ${LRN} registered as MRN ${MRN} at ${registrationDate}`);
