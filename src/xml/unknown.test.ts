import { describe, it, expect } from 'vitest';
import { registry } from '../generated/registry';
import { validate } from '../validate';
import { fromXml } from './fromXml';
import { toXml, toXmlChunks } from './toXml';
import { allUnknownIssues, checkUnknownEntry, unknownIssues } from './unknown';

const NS = 'urn:wco:datamodel:eu:ics2:2';
const r01 = {
  LRN: 'LRN1',
  MRN: '24DE123456789012J4',
  registrationDate: '2024-04-12T11:13:57Z',
  SpecificCircumstanceIndicator: 'F32' as const,
};
const body = (s: string): string => `<?xml version="1.0" encoding="UTF-8"?>\n<IE3R01 xmlns="${NS}">${s}</IE3R01>`;
const LRN = '<LRN>LRN1</LRN>';
const MRN = '<MRN>24DE123456789012J4</MRN>';
const DATE = '<registrationDate><DateTime>2024-04-12T11:13:57Z</DateTime></registrationDate>';
const SCI = '<SpecificCircumstanceIndicator>F32</SpecificCircumstanceIndicator>';

describe('$unknown: nothing lost on read, written back at its place', () => {
  const cases: [string, string, unknown[]][] = [
    ['an unknown element first', `<first a="1">x<y/></first>${LRN}${MRN}${DATE}${SCI}`, [{ name: 'first', after: null, xml: '<first a="1">x<y/></first>' }]],
    ['an unknown element between', `${LRN}<mid/>${MRN}${DATE}${SCI}`, [{ name: 'mid', after: 'LRN', xml: '<mid/>' }]],
    ['an element out of order', `${LRN}${DATE}${MRN}${SCI}`, [{ name: 'MRN', after: 'registrationDate', xml: MRN }]],
    ['a single element repeated', `${LRN}<LRN>again</LRN>${MRN}${DATE}${SCI}`, [{ name: 'LRN', after: 'LRN', xml: '<LRN>again</LRN>' }]],
    ['a text element with a child element', `${LRN}<MRN>a<b/></MRN>${DATE}${SCI}`, [{ name: 'MRN', after: 'LRN', xml: '<MRN>a<b/></MRN>' }]],
    ['a dateTime with two DateTime', `${LRN}${MRN}<registrationDate><DateTime>a</DateTime><DateTime>b</DateTime></registrationDate>${SCI}`, [{ name: 'registrationDate', after: 'MRN', xml: '<registrationDate><DateTime>a</DateTime><DateTime>b</DateTime></registrationDate>' }]],
    ['an element in another namespace, with its declaration', `${LRN}${MRN}${DATE}${SCI}<o:x xmlns:o="urn:other">1</o:x>`, [{ name: 'x', after: 'SpecificCircumstanceIndicator', xml: '<o:x xmlns:o="urn:other">1</o:x>' }]],
  ];
  for (const [name, inner, unknown] of cases) {
    it(`${name}: kept raw, and toXml writes the same document`, () => {
      const xml = body(inner);
      const r = fromXml(xml, { validate: false });
      expect((r.value as unknown as { $unknown: unknown[] }).$unknown).toEqual(unknown);
      expect(r.issues.some((i) => i.code === 'unknown_element')).toBe(true);
      const w = toXml('IE3R01', r.value as never, { validate: false });
      expect(w).toEqual({ ok: true, xml });
      const c = toXmlChunks('IE3R01', r.value as never, { validate: false });
      expect(c.ok && [...c.chunks].join('')).toBe(xml);
    });
  }

  it('a kept element carries the namespace declarations it uses from its ancestors, so it is written back', () => {
    const P = (x: string): string => x.replace(/<(\/?)(\w+)/g, '<$1ie:$2');
    const cases: [string, unknown[]][] = [
      // A prefixed document (every element ie:): the unknown element's copy declares ie.
      [`${P(`${LRN}${MRN}${DATE}`)}<ie:extra a="1"><ie:inner>é</ie:inner></ie:extra>${P(SCI)}`, [{ name: 'extra', after: 'registrationDate', xml: `<ie:extra xmlns:ie="${NS}" a="1"><ie:inner>é</ie:inner></ie:extra>` }]],
      // An element in no namespace under a prefixed root: xmlns="" keeps it there when written under toXml's default namespace.
      [`${P(LRN)}<note>n</note>${P(`${MRN}${DATE}${SCI}`)}`, [{ name: 'note', after: 'LRN', xml: '<note xmlns="">n</note>' }]],
      // A text element with a child element (kept whole) and a dateTime with an element inside <DateTime>.
      [`${P(LRN)}<ie:MRN>a<ie:b/></ie:MRN>${P(`${DATE}${SCI}`)}`, [{ name: 'MRN', after: 'LRN', xml: `<ie:MRN xmlns:ie="${NS}">a<ie:b/></ie:MRN>` }]],
      [`${P(`${LRN}${MRN}`)}<ie:registrationDate><ie:DateTime>2024<ie:x/></ie:DateTime></ie:registrationDate>${P(SCI)}`, [{ name: 'registrationDate', after: 'MRN', xml: `<ie:registrationDate xmlns:ie="${NS}"><ie:DateTime>2024<ie:x/></ie:DateTime></ie:registrationDate>` }]],
      // A prefix declared inside the element itself needs nothing more; one declared on an ancestor does.
      [`${P(`${LRN}${MRN}${DATE}${SCI}`)}<o:x xmlns:o="urn:other"><ie:y/></o:x>`, [{ name: 'x', after: 'SpecificCircumstanceIndicator', xml: `<o:x xmlns:ie="${NS}" xmlns:o="urn:other"><ie:y/></o:x>` }]],
    ];
    for (const [inner, unknown] of cases) {
      const xml = `<ie:IE3R01 xmlns:ie="${NS}">${inner}</ie:IE3R01>`;
      const r = fromXml(xml, { validate: false });
      expect((r.value as unknown as { $unknown: unknown[] }).$unknown).toEqual(unknown);
      const w = toXml('IE3R01', r.value as never, { validate: false });
      if (!w.ok) throw new Error(JSON.stringify(w.issues));
      expect(fromXml(w.xml, { validate: false }).value).toEqual(r.value);
    }
  });

  it('keeps unknown elements in nested groups and repeated groups', () => {
    const meta = registry.IE3N99.meta;
    const xml = `<?xml version="1.0" encoding="UTF-8"?>\n<IE3N99 xmlns="${NS}"><notificationDate><DateTime>2024-04-12T11:13:57Z</DateTime></notificationDate><error><validationCode>R3021</validationCode><extra>1</extra></error><error><validationCode>12</validationCode></error></IE3N99>`;
    const r = fromXml(xml, { validate: false });
    expect(r.value).toMatchObject({ error: [{ validationCode: 'R3021', $unknown: [{ name: 'extra', after: 'validationCode', xml: '<extra>1</extra>' }] }, { validationCode: '12' }] });
    expect(allUnknownIssues(meta, r.value)).toEqual([expect.objectContaining({ code: 'unknown_element', path: ['error', 0, '$unknown', 0], pointer: '/IE3N99/error[1]/extra' })]);
    expect(toXml('IE3N99', r.value as never, { validate: false })).toEqual({ ok: true, xml });
  });

  it('validate reports each entry: an error where the structure is certain (a complete table)', () => {
    const data = { ...r01, $unknown: [{ name: 'x', after: 'LRN', xml: '<x/>' }] };
    const v = validate('IE3R01', data, { rules: false });
    expect(v.ok).toBe(false);
    expect(v.ok ? [] : v.issues).toEqual([expect.objectContaining({ code: 'unknown_element', severity: 'error', path: ['$unknown', 0], pointer: '/IE3R01/x' })]);
    expect(validate('IE3R01', r01, { rules: false }).ok).toBe(true);
  });

  it('a warning where the structure is not certain', () => {
    const meta = { ...registry.IE3R01.meta, table: { ...registry.IE3R01.meta.table, complete: false }, root: { ...registry.IE3R01.meta.root, provenance: 'twin' as const } };
    expect(unknownIssues(meta, [], { $unknown: [{ name: 'x', after: null, xml: '<x/>' }] }).map((i) => i.severity)).toEqual(['warning']);
  });

  it('a warning below an element marked uncertain, even where a table row backs it', () => {
    const meta = registry.IE3A20.meta;
    const split = meta.root.children!.find((c) => c.name === 'splitConsignment')!;
    expect([split.uncertain, split.provenance]).toEqual([true, 'table']);
    const entry = { $unknown: [{ name: 'x', after: null, xml: '<x/>' }] };
    expect(unknownIssues(meta, ['splitConsignment'], entry).map((i) => i.severity)).toEqual(['warning']);
    // Beside it, at the top level of the same message (a table row, not uncertain): an error.
    expect(unknownIssues(meta, [], entry).map((i) => i.severity)).toEqual(['error']);
  });

  it('checks entries: shape and one well-formed element of that name', () => {
    expect(checkUnknownEntry({ name: 'x', after: null, xml: '<x a="1"><y/></x>' })).toBeUndefined();
    expect(checkUnknownEntry({ name: 'x', after: 'LRN', xml: '<o:x xmlns:o="urn:o"/>' })).toBeUndefined();
    expect(checkUnknownEntry(null)).toMatch(/name, after, xml/);
    expect(checkUnknownEntry({ name: 1, after: null, xml: '<x/>' })).toMatch(/name/);
    expect(checkUnknownEntry({ name: 'x', after: 3, xml: '<x/>' })).toMatch(/after/);
    expect(checkUnknownEntry({ name: 'x', after: null, xml: '<y/>' })).toMatch(/not <x>/);
    expect(checkUnknownEntry({ name: 'x', after: null, xml: '<x>' })).toMatch(/well-formed/);
    expect(unknownIssues(registry.IE3R01.meta, [], { $unknown: 'x' }).map((i) => i.code)).toEqual(['invalid_type']);
  });
});
