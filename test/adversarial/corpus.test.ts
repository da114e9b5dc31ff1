/**
 * The adversarial corpus (issue 12): hostile documents and values, each with the structured issue it must
 * give. Time is measured in `npm run bench`, not here: these assert on codes, counts and what is kept.
 */
import { describe, it, expect } from 'vitest';
import { gzipSync } from 'node:zlib';
import { registry } from '../../src/generated/registry';
import { fromXml } from '../../src/xml/fromXml';
import { toXml } from '../../src/xml/toXml';
import { explainErrors } from '../../src/xml/explainErrors';
import { gunzipPayload } from '../../src/xml/gzipPayload';
import { validate } from '../../src/validate';
import { minimalInstance } from '../support/instances';

const NS = 'urn:wco:datamodel:eu:ics2:2';
const xmlOf = (t: 'IE3R01' | 'IE3F32' | 'IE3N99'): string => {
  const r = toXml(t, minimalInstance(registry[t].meta) as never, { validate: false });
  if (!r.ok) throw new Error(t);
  return r.xml;
};
const R01 = xmlOf('IE3R01');
const F32 = xmlOf('IE3F32');
const N99 = xmlOf('IE3N99');
/** Put `inner` right after the root's start tag. */
const inRoot = (doc: string, inner: string): string => doc.replace(/(<IE3\w+ xmlns="[^"]+">)/, `$1${inner}`);
const codes = (xml: string, options?: Parameters<typeof fromXml>[1]): string[] =>
  fromXml(xml, options).issues.map((i) => i.code);

/** Documents that are refused, with no value, and the codes they give. */
const REFUSED: [name: string, xml: () => string, codes: string[]][] = [
  // Issue 12 item 2: only `<![CDATA[` opens a CDATA section.
  ['CDATA look-alike with &#0;', () => inRoot(R01, '<![ABCDE[a&#0;b]]>'), ['xml_syntax']],
  ['CDATA look-alike <![FOOBAR[', () => inRoot(R01, '<![FOOBAR[hello]]>'), ['xml_syntax']],
  // Issue 12 item 9: ill-formed XML.
  ['<??>', () => inRoot(R01, '<??>'), ['xml_syntax']],
  [']]> in text', () => R01.replace('</LRN>', ']]></LRN>'), ['xml_syntax']],
  ['-- in a comment', () => inRoot(R01, '<!-- a -- b -->'), ['xml_syntax']],
  ['---> ending a comment', () => inRoot(R01, '<!-- a --->'), ['xml_syntax']],
  ['versio="1.0" in the declaration', () => R01.replace('version="1.0"', 'versio="1.0"'), ['xml_syntax']],
  ['a name with ×', () => inRoot(R01, '<a×b/>'), ['xml_syntax']],
  ['an element name starting with a digit', () => inRoot(R01, '<1a/>'), ['xml_syntax']],
  ['a bare &', () => R01.replace('</LRN>', ' & </LRN>'), ['xml_syntax']],
  ['an attribute without quotes', () => inRoot(R01, '<x a=1/>'), ['xml_syntax']],
  ['a repeated attribute', () => inRoot(R01, '<x a="1" a="2"/>'), ['xml_syntax']],
  ['an unbound prefix', () => inRoot(R01, '<p:x/>'), ['xml_namespace']],
  ['the same attribute under two prefixes of one namespace', () => inRoot(R01, '<x xmlns:a="urn:a" xmlns:b="urn:a" a:v="1" b:v="2"/>'), ['xml_namespace']],
  ['an XML declaration not at the start', () => ` ${R01}`, ['xml_syntax']],
  ['content after the root', () => `${R01}<IE3R01 xmlns="${NS}"/>`, ['xml_syntax']],
  // Safety: DTDs, entities, characters, limits.
  ['billion laughs', () => `<?xml version="1.0"?><!DOCTYPE IE3R01 [<!ENTITY l0 "lol">${Array.from({ length: 9 }, (_, i) => `<!ENTITY l${i + 1} "${`&l${i};`.repeat(10)}">`).join('')}]><IE3R01 xmlns="${NS}"><LRN>&l9;</LRN></IE3R01>`, ['xml_doctype', 'xml_entity']],
  ['external entity (XXE)', () => `<!DOCTYPE IE3R01 [<!ENTITY x SYSTEM "file:///etc/passwd">]>${R01.replace(/^<\?xml[^>]*>\n?/, '').replace('</LRN>', '&x;</LRN>')}`, ['xml_doctype', 'xml_entity']],
  ['external DTD', () => `<!DOCTYPE IE3R01 SYSTEM "http://evil.example/x.dtd">${R01.replace(/^<\?xml[^>]*>\n?/, '')}`, ['xml_doctype']],
  ['parameter entities', () => `<!DOCTYPE IE3R01 [<!ENTITY % p SYSTEM "http://evil.example/p"> %p;]>${R01.replace(/^<\?xml[^>]*>\n?/, '')}`, ['xml_doctype', 'xml_entity']],
  ['an undeclared entity reference', () => R01.replace('</LRN>', '&nbsp;</LRN>'), ['xml_entity']],
  ['&#0;', () => R01.replace('</LRN>', '&#0;</LRN>'), ['xml_char_ref']],
  ['&#xD800; (a surrogate)', () => R01.replace('</LRN>', '&#xD800;</LRN>'), ['xml_char_ref']],
  ['a huge character reference', () => R01.replace('</LRN>', `&#${'9'.repeat(400)};</LRN>`), ['xml_char_ref']],
  ['a control character', () => R01.replace('</LRN>', '\u0001</LRN>'), ['xml_illegal_char']],
  ['a lone surrogate', () => R01.replace('</LRN>', '\uD800</LRN>'), ['xml_illegal_char']],
  ['U+FFFE', () => R01.replace('</LRN>', '\uFFFE</LRN>'), ['xml_illegal_char']],
  ['deep nesting (100,000)', () => inRoot(R01, `${'<a>'.repeat(100_000)}${'</a>'.repeat(100_000)}`), ['xml_too_deep']],
  ['a million unclosed elements', () => inRoot(R01, '<a>'.repeat(1_000_000)), ['xml_too_deep']],
  ['over 10 MiB', () => inRoot(R01, `<x>${'x'.repeat(11 * 1024 * 1024)}</x>`), ['xml_too_large']],
  ['encoding other than UTF-8', () => R01.replace('encoding="UTF-8"', 'encoding="ISO-8859-1"'), ['xml_declaration']],
  ['XML 1.1', () => R01.replace('version="1.0"', 'version="1.1"'), ['xml_declaration']],
  ['a BOM inside the document', () => `${R01.replace('?>', '?>\uFEFF')}`, ['xml_syntax']],
  ['an unterminated comment', () => inRoot(R01, '<!-- never closed'), ['xml_unterminated']],
  ['not XML', () => 'just text', ['xml_syntax']],
  ['an unknown root', () => `<IE3X99 xmlns="${NS}"/>`, ['unknown_root']],
];

describe('adversarial corpus: refused documents', () => {
  for (const [name, xml, expected] of REFUSED) {
    it(`${name}: ${expected.join(', ')}`, () => {
      const r = fromXml(xml());
      expect(r.ok).toBe(false);
      expect(r.value).toBeUndefined();
      expect(r.issues.map((i) => i.code)).toEqual(expected);
    });
  }
});

describe('adversarial corpus: read, nothing lost, bounded', () => {
  it('issue 12 item 1: a PI cannot hide markup; the document reads as libxml2 reads it', () => {
    const evil = `<?pi a="?><!--"?><!DOCTYPE x [<!ENTITY e "EVIL">]><![CDATA[]]><LRN>&e;</LRN><?pi b="-->"?>`;
    const r = fromXml(inRoot(F32, evil));
    // The first ?> ends the PI; the rest up to --> is a comment: no DOCTYPE, no entity, no LRN "EVIL".
    expect(r.issues.map((i) => i.code)).toContain('unexpected_text');
    expect(JSON.stringify(r.value)).not.toContain("EVIL");
    expect(r.ok).toBe(false);
  });

  it('issue 12 item 3: 35,000 empty house consignments: value kept, issues capped with too_many_issues', () => {
    const xml = F32.replace(/<consignmentHouseLevel>[\s\S]*<\/consignmentHouseLevel>/, '<consignmentHouseLevel/>'.repeat(35_000));
    const r = fromXml(xml);
    expect(r.messageType).toBe('IE3F32');
    const v = r.value as unknown as { consignmentMasterLevel: { consignmentHouseLevel: unknown[] } };
    expect(v.consignmentMasterLevel.consignmentHouseLevel).toHaveLength(35_000);
    expect(r.issues).toHaveLength(1001);
    expect(r.issues.at(-1)).toMatchObject({ code: 'too_many_issues' });
    expect(r.issues.at(-1)?.message).toMatch(/^\d+ more issue/);
  });

  it('issue 12 item 3: explainErrors on an IE3N99 with 150,000 unknown elements keeps the real errors', () => {
    const xml = N99.replace('</IE3N99>', `${'<junk/>'.repeat(150_000)}</IE3N99>`);
    const r = explainErrors(xml);
    expect(r.explanations.length).toBeGreaterThan(0);
    expect(r.issues.length).toBeLessThanOrEqual(1001);
    expect(r.issues.at(-1)).toMatchObject({ code: 'too_many_issues' });
  });

  it('issue 12 item 8: a prefixed root and prefixed children are the same document', () => {
    const prefixed = F32.replace(` xmlns="${NS}"`, ` xmlns:ics="${NS}"`).replace(/<(\/?)([A-Za-z])/g, '<$1ics:$2');
    const mixed = F32.replace(` xmlns="${NS}"`, ` xmlns:ics="${NS}" xmlns="${NS}"`).replace(/<(\/?)(LRN)/g, '<$1ics:$2');
    const plain = fromXml(F32, { validate: false });
    expect(fromXml(prefixed, { validate: false })).toEqual(plain);
    expect(fromXml(mixed, { validate: false })).toEqual(plain);
  });

  it('issue 12 item 11: constructor, prototype, __proto__, toString are kept by name, never lose the document', () => {
    const names = ['constructor', 'prototype', '__proto__', 'toString', 'hasOwnProperty'];
    const xml = F32.replace('</IE3F32>', `${names.map((n) => `<${n}/>`).join('')}</IE3F32>`);
    const r = fromXml(xml);
    expect(r.messageType).toBe('IE3F32');
    const kept = (r.value as unknown as { $unknown: { name: string }[] }).$unknown.map((u) => u.name);
    expect(kept).toEqual(names);
    expect(r.issues.filter((i) => i.code === 'unknown_element').map((i) => i.pointer)).toEqual(names.map((n) => `/IE3F32/${n}`));
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.getPrototypeOf(r.value)).toBe(Object.prototype);
  });

  it('issue 12 item 12: bad options are bad_options, not xml_syntax', () => {
    expect(codes(R01, null as never)).toEqual(['bad_options']);
    expect(codes(R01, 'x' as never)).toEqual(['bad_options']);
    expect(codes(R01, { limits: null } as never)).toEqual(['bad_options']);
    expect(codes(R01, { expect: ['IE3X99'] } as never)).toEqual(['bad_options']);
    expect(codes(R01, { limits: { maxDepth: 0 } })).toEqual(['bad_limit']);
    expect(codes(R01, { maxIssues: 0 })).toEqual(['bad_options']);
  });

  it('issue 12 item 10: explainErrors refuses malformed pointers instead of guessing', () => {
    const n99 = {
      notificationDate: '2024-04-12T11:13:57Z',
      error: ['/IE3F32/consignmentMasterLevel/consignmentHouseLevel[0]', `/IE3F32/consignmentMasterLevel/consignmentHouseLevel[${'9'.repeat(20)}]`, `/IE3F32/consignmentMasterLevel/consignmentHouseLevel[${'9'.repeat(400)}]`, '//IE3F32//LRN', '/IE3F32/LRN'].map(
        (p) => ({ validationCode: '12', pointer: { messageElementPath: p } }),
      ),
    };
    const r = explainErrors(n99 as never, { messageType: 'IE3F32', data: minimalInstance(registry.IE3F32.meta) });
    expect(r.explanations.map((e) => [e.path, e.pointerProblem === undefined])).toEqual([
      [undefined, false],
      [undefined, false],
      [undefined, false],
      [undefined, false],
      [['LRN'], true],
    ]);
    expect(r.explanations[0]?.howToFix).not.toContain('You sent nothing there');
  });

  it('huge attributes and many attributes: read in linear time, issues capped', () => {
    const huge = fromXml(R01.replace('<LRN>', `<LRN a="${'x'.repeat(5_000_000)}">`));
    expect(huge.issues.map((i) => i.code)).toEqual(['unknown_attribute']);
    const many = Array.from({ length: 100_000 }, (_, i) => ` a${i}="1"`).join('');
    const r = fromXml(R01.replace('<LRN>', `<LRN${many}>`));
    expect(r.issues).toHaveLength(1001);
    expect(r.issues.at(-1)?.code).toBe('too_many_issues');
    expect(codes(R01.replace('<LRN>', `<LRN${many} a5="2">`))).toEqual(['xml_syntax']);
  });

  it('a leading BOM is accepted', () => {
    expect(fromXml(`\uFEFF${R01}`, { validate: false })).toEqual(fromXml(R01, { validate: false }));
  });

  it('invalid UTF-8 passed as bytes, and BOM bytes, through gunzipPayload', async () => {
    const bad = await gunzipPayload(gzipSync(Buffer.from([0x3c, 0x61, 0x3e, 0xc3, 0x28, 0x3c, 0x2f, 0x61, 0x3e])));
    expect(bad.ok ? [] : bad.issues.map((i) => i.code)).toEqual(['utf8_invalid']);
    const overlong = await gunzipPayload(gzipSync(Buffer.from([0xc0, 0xaf])));
    expect(overlong.ok ? [] : overlong.issues.map((i) => i.code)).toEqual(['utf8_invalid']);
    const bom = await gunzipPayload(gzipSync(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(R01)])));
    expect(bom).toEqual({ ok: true, value: R01 });
  });

  it('$unknown from a TMS cannot inject markup through toXml', () => {
    const data = { ...minimalInstance(registry.IE3R01.meta), $unknown: [{ name: 'x', after: 'LRN', xml: '<x/></IE3R01><IE3R01>' }] };
    const w = toXml('IE3R01', data as never, { validate: false });
    expect(w.ok ? [] : w.issues.map((i) => i.code)).toEqual(['invalid_type']);
    const v = validate('IE3R01', data);
    expect(v.issues?.map((i) => i.code)).toContain('invalid_type');
    for (const xml of ['<!DOCTYPE x><x/>', '<x>&e;</x>', '<y/>', '<x/><x/>', ' <x/>', '<p:x/>']) {
      const r = toXml('IE3R01', { ...data, $unknown: [{ name: 'x', after: null, xml }] } as never, { validate: false });
      expect([xml, r.ok]).toEqual([xml, false]);
    }
  });
});
