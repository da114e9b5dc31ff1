import { describe, expect, it } from 'vitest';
import { IE3F32Message } from '../generated/messages/IE3F32';
import { IE3N99Message } from '../generated/messages/IE3N99';
import { IE3R01Message } from '../generated/messages/IE3R01';
import { fromXml as liteFromXml } from '../lite';
import { maximalInstance } from '../../test/support/instances';
import { fromXml } from './fromXml';
import { toXml } from './toXml';

const NS = 'urn:wco:datamodel:eu:ics2:2';
const r01Xml = `<?xml version="1.0" encoding="UTF-8"?><IE3R01 xmlns="${NS}"><LRN>LRN1</LRN><MRN>24DE123456789012J4</MRN><registrationDate><DateTime>2024-04-12T11:13:57Z</DateTime></registrationDate><SpecificCircumstanceIndicator>F32</SpecificCircumstanceIndicator></IE3R01>`;
const n99Xml = `<IE3N99 xmlns="${NS}"><notificationDate><DateTime>2024-04-12T11:13:57Z</DateTime></notificationDate><error><validationCode>R3021</validationCode></error></IE3N99>`;

describe('fromXml of ics2/lite (message modules)', () => {
  it('reads a message of a module given, exactly as the string-keyed fromXml does', () => {
    const r = liteFromXml(r01Xml, { messages: [IE3R01Message, IE3N99Message] });
    expect(r).toEqual(fromXml(r01Xml));
    expect(r.ok && r.messageType === 'IE3R01' && r.value.MRN).toBe('24DE123456789012J4');
    expect(liteFromXml(n99Xml, { messages: [IE3R01Message, IE3N99Message] })).toEqual(fromXml(n99Xml));
  });

  it('agrees with fromXml on a large F32 with unknown elements, with and without validation', () => {
    const w = toXml('IE3F32', maximalInstance(IE3F32Message.meta, 3) as never, { validate: false });
    if (!w.ok) throw new Error('not written');
    const xml = w.xml.replace('<LRN>', '<junk a="1"><b/></junk><LRN>');
    for (const validate of [true, false]) {
      const lite = liteFromXml(xml, { messages: [IE3F32Message], validate });
      expect(lite).toEqual(fromXml(xml, { validate }));
      expect(lite.issues.some((i) => i.code === 'unknown_element')).toBe(true);
    }
  });

  it('refuses a root that is none of the modules given, even one of the 84, without reading it', () => {
    const r = liteFromXml(n99Xml, { messages: [IE3R01Message] });
    expect(r.ok).toBe(false);
    expect(r.value).toBeUndefined();
    expect(r.issues.map((i) => [i.code, i.message])).toEqual([['unexpected_root', 'Expected IE3R01, got IE3N99: the document is not read']]);
    expect(liteFromXml(`<Foo xmlns="${NS}"/>`, { messages: [IE3R01Message] }).issues[0]?.code).toBe('unexpected_root');
  });

  it('keeps the refusals and limits of the reader', () => {
    expect(liteFromXml('<!DOCTYPE x><x/>', { messages: [IE3R01Message] }).issues[0]?.code).toBe('xml_doctype');
    expect(liteFromXml(r01Xml, { messages: [IE3R01Message], limits: { maxBytes: 10 } }).issues[0]?.code).toBe('xml_too_large');
    expect(liteFromXml(r01Xml, { messages: [IE3R01Message], limits: { maxDepth: 1 } }).issues[0]?.code).toBe('xml_too_deep');
    expect(liteFromXml(5 as never, { messages: [IE3R01Message] }).issues[0]?.code).toBe('not_a_string');
  });

  it('refuses bad options instead of throwing', () => {
    for (const bad of [undefined, null, [], {}, { messages: [] }, { messages: ['IE3R01'] }, { messages: IE3R01Message }]) {
      const r = liteFromXml(r01Xml, bad as never);
      expect(r.ok).toBe(false);
      expect(r.issues[0]?.code).toBe('bad_options');
    }
    expect(liteFromXml(r01Xml, { messages: [IE3R01Message], maxIssues: 0 }).issues[0]?.code).toBe('bad_options');
  });

  it('reads a customs answer leniently: structure issues are warnings', () => {
    const r = liteFromXml(n99Xml.replace('<validationCode>R3021</validationCode>', ''), { messages: [IE3N99Message] });
    expect(r).toEqual(fromXml(n99Xml.replace('<validationCode>R3021</validationCode>', '')));
    expect(r.issues.length).toBeGreaterThan(0);
    expect(r.issues.every((i) => i.severity === 'warning')).toBe(true);
  });
});

describe('fromXml of the root with message modules (`messages`)', () => {
  it('is fromXml of ics2/lite: the same result for each document, refusal and bad option', () => {
    const w = toXml('IE3F32', maximalInstance(IE3F32Message.meta, 2) as never, { validate: false });
    if (!w.ok) throw new Error('not written');
    const messages = [IE3R01Message, IE3N99Message, IE3F32Message];
    for (const xml of [r01Xml, n99Xml, w.xml, `<Foo xmlns="${NS}"/>`, '<!DOCTYPE x><x/>', 'not xml'])
      for (const extra of [{}, { validate: false }, { validateOptions: { rules: false as const } }, { maxIssues: 3 }])
        expect(fromXml(xml, { messages, ...extra })).toEqual(liteFromXml(xml, { messages, ...extra }));
    expect(fromXml(n99Xml, { messages: [IE3R01Message] })).toEqual(liteFromXml(n99Xml, { messages: [IE3R01Message] }));
    for (const bad of [{ messages: [] }, { messages: ['IE3R01'] }, { messages: IE3R01Message }, { messages: null }])
      expect(fromXml(r01Xml, bad as never)).toEqual(liteFromXml(r01Xml, bad as never));
    expect(fromXml(5 as never, { messages })).toEqual(liteFromXml(5 as never, { messages }));
  });

  it('reads what the string-keyed form reads', () => {
    const r = fromXml(r01Xml, { messages: [IE3R01Message] });
    expect(r).toEqual(fromXml(r01Xml, { expect: 'IE3R01' }));
    expect(r.ok && r.messageType === 'IE3R01' && r.value.MRN).toBe('24DE123456789012J4');
  });

  it('refuses expect and messages together', () => {
    const r = fromXml(r01Xml, { messages: [IE3R01Message], expect: 'IE3R01' } as never);
    expect(r.ok).toBe(false);
    expect(r.issues.map((i) => [i.code, i.path])).toEqual([['bad_options', ['messages']]]);
  });
});
