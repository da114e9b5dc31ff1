import { describe, it, expect } from 'vitest';
import { fromXml } from './fromXml';
import { toXml } from './toXml';

const NS = 'urn:wco:datamodel:eu:ics2:2';
const r01 = {
  LRN: 'LRN1',
  MRN: '24DE123456789012J4',
  registrationDate: '2024-04-12T11:13:57Z',
  SpecificCircumstanceIndicator: 'F32' as const,
};
const r01Xml = `<?xml version="1.0" encoding="UTF-8"?><IE3R01 xmlns="${NS}"><LRN>LRN1</LRN><MRN>24DE123456789012J4</MRN><registrationDate><DateTime>2024-04-12T11:13:57Z</DateTime></registrationDate><SpecificCircumstanceIndicator>F32</SpecificCircumstanceIndicator></IE3R01>`;

describe('fromXml', () => {
  it('reads a message, unwrapping DateTime', () => {
    expect(fromXml(r01Xml, { validateOptions: { rules: false } })).toEqual({
      ok: true,
      messageType: 'IE3R01',
      value: r01,
      issues: [],
    });
  });

  it('keeps values exactly as strings: leading zeros, whitespace, entities, numeric references', () => {
    const xml = r01Xml.replace('<LRN>LRN1</LRN>', '<LRN> 010121 &amp; &#x41;&#13;</LRN>');
    expect(fromXml(xml, { validate: false }).value).toEqual({ ...r01, LRN: ' 010121 & A\r' });
  });

  it('reads repeated elements as arrays even when there is one, and amounts from attributes', () => {
    const xml = `<IE3N99 xmlns="${NS}"><notificationDate><DateTime>2024-04-12T11:13:57Z</DateTime></notificationDate><error><validationCode>R3021</validationCode></error></IE3N99>`;
    expect(fromXml(xml).value).toEqual({
      notificationDate: '2024-04-12T11:13:57Z',
      error: [{ validationCode: 'R3021' }],
    });
  });

  it('round-trips escaped text written by toXml', () => {
    const data = { ...r01, LRN: `a<&>"'b` };
    const w = toXml('IE3R01', data, { validate: false });
    expect(w.ok && fromXml(w.xml, { validate: false }).value).toEqual(data);
  });

  it('validates the result and reports its issues (unless validate: false)', () => {
    const xml = r01Xml.replace('<MRN>24DE123456789012J4</MRN>', '');
    // IE3R01 is a customs answer (c2t): read leniently, its structure issues are warnings (issue 9 item 8).
    const r = fromXml(xml);
    expect(r.ok).toBe(true);
    expect(r.issues).toContainEqual(
      expect.objectContaining({ code: 'missing', pointer: '/IE3R01/MRN', severity: 'warning' }),
    );
    expect(fromXml(xml, { validate: false })).toMatchObject({ ok: true, issues: [] });
  });

  it('reports unknown elements with their pointer instead of dropping them', () => {
    const xml = r01Xml.replace('<MRN>', '<foo><bar>1</bar></foo><MRN>');
    const r = fromXml(xml, { validate: false });
    // Kept raw in $unknown (path of the entry); a warning since IE3R01 is a customs answer.
    expect(r.ok).toBe(true);
    expect(r.issues).toEqual([
      expect.objectContaining({
        code: 'unknown_element',
        path: ['$unknown', 0],
        pointer: '/IE3R01/foo',
        severity: 'warning',
      }),
    ]);
    expect(r.value).toMatchObject({ $unknown: [{ name: 'foo', after: 'LRN', xml: '<foo><bar>1</bar></foo>' }] });
  });

  it('reports unexpected attributes', () => {
    const xml = `<IE3N99 xmlns="${NS}"><notificationDate x="1"><DateTime>2024-04-12T11:13:57Z</DateTime></notificationDate><error><validationCode>1</validationCode></error></IE3N99>`;
    expect(fromXml(xml, { validateOptions: { rules: false } }).issues.map((i) => i.code)).toEqual([
      'unknown_attribute',
    ]);
  });
  it('refuses documents that are not well-formed with xml_syntax (no separate validator pass)', () => {
    const cases = [
      r01Xml.replace('</LRN>', ''), // <LRN> left open: its end is </IE3R01>
      r01Xml.replace('</LRN>', '</MRN>'),
      r01Xml.replace('</IE3R01>', ''),
      r01Xml.replace('<LRN>', '<LRN x="1" x="2">'),
      r01Xml.replace('<LRN>', '<LRN x=1>'),
      `${r01Xml}<IE3R01 xmlns="${NS}"/>`,
      `${r01Xml} trailing`,
    ];
    for (const xml of cases) expect(fromXml(xml).issues.map((i) => i.code)).toEqual(['xml_syntax']);
  });

  it('decodes references in attribute values, and never inside CDATA sections', () => {
    const xml = `<IE3N99 xmlns="urn:wco:datamodel:eu:ics2:&#50;"><notificationDate><DateTime>2024-04-12T11:13:57Z</DateTime></notificationDate><error><validationCode>R&#x33;021</validationCode></error></IE3N99>`;
    expect(fromXml(xml, { validate: false })).toMatchObject({
      issues: [],
      value: { error: [{ validationCode: 'R3021' }] },
    });
    const cdata = r01Xml.replace('<LRN>LRN1</LRN>', '<LRN>a&amp;<![CDATA[&amp;<b>]]>&#65;</LRN>');
    expect(fromXml(cdata, { validate: false }).value).toEqual({ ...r01, LRN: 'a&&amp;<b>A' });
  });

  it('reads amounts with references in their attributes', () => {
    const xml = `<IE3F32 xmlns="${NS}"><consignmentMasterLevel><consignmentHouseLevel><totalAmountInvoiced value="1&#48;" currency="E&#x55;R"/></consignmentHouseLevel></consignmentMasterLevel></IE3F32>`;
    const v = fromXml(xml, { validate: false }).value as unknown as {
      consignmentMasterLevel: { consignmentHouseLevel: { totalAmountInvoiced: unknown }[] };
    };
    expect(v.consignmentMasterLevel.consignmentHouseLevel[0]?.totalAmountInvoiced).toEqual({
      value: '10',
      currency: 'EUR',
    });
  });
});

describe('fromXml: what real senders add to the root', () => {
  const body =
    '<LRN>LRN123</LRN><MRN>24DE123456789012J4</MRN><registrationDate><DateTime>2024-04-12T11:13:57Z</DateTime></registrationDate><SpecificCircumstanceIndicator>F32</SpecificCircumstanceIndicator><addressedMemberState><country>DE</country></addressedMemberState>';
  it('accepts xmlns:xsi with xsi:schemaLocation and unused namespace declarations', () => {
    const xml = `<?xml version="1.0" encoding="UTF-8"?><IE3R01 xmlns="urn:wco:datamodel:eu:ics2:2" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xmlns:other="urn:example" xsi:schemaLocation="urn:wco:datamodel:eu:ics2:2 IE3R01.xsd">${body}</IE3R01>`;
    const r = fromXml(xml);
    expect(r.issues).toEqual([]);
    expect(r).toMatchObject({ ok: true, messageType: 'IE3R01', value: { MRN: '24DE123456789012J4' } });
  });
  it('still refuses other attributes of the XSI namespace and foreign attributes', () => {
    const xml = `<IE3R01 xmlns="urn:wco:datamodel:eu:ics2:2" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:nil="true" foo="1">${body}</IE3R01>`;
    const r = fromXml(xml);
    expect(r.ok).toBe(true); // a customs answer: warnings
    expect(r.issues.map((i) => [i.code, i.severity])).toEqual([
      ['unknown_attribute', 'warning'],
      ['unknown_attribute', 'warning'],
    ]);
  });
  it('refuses an element that uses a foreign namespace declared on the root', () => {
    const xml = `<IE3R01 xmlns="urn:wco:datamodel:eu:ics2:2" xmlns:o="urn:example">${body.replace('<LRN>LRN123</LRN>', '<o:LRN>LRN123</o:LRN>')}</IE3R01>`;
    const r = fromXml(xml);
    expect(r.issues.some((i) => i.code === 'wrong_namespace')).toBe(true);
    // The declaration of o (on the root) goes with the kept copy, which stands alone and is written back as read.
    expect(r.value).toMatchObject({ $unknown: [{ name: 'LRN', after: null, xml: '<o:LRN xmlns:o="urn:example">LRN123</o:LRN>' }] });
    const w = toXml('IE3R01', r.value as never, { validate: false });
    expect(w.ok && fromXml(w.xml).value).toEqual(r.value);
  });
});
