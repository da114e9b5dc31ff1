import { describe, it, expect } from 'vitest';
import { fromXml } from '../../src/xml/fromXml';
import { toXml } from '../../src/xml/toXml';
import { registry } from '../../src/generated/registry';
import { minimalInstance } from '../support/instances';

const NS = 'urn:wco:datamodel:eu:ics2:2';
const codes = (xml: string): string[] => fromXml(xml).issues.map((i) => i.code);
const r01 = (): string => {
  const r = toXml('IE3R01', minimalInstance(registry.IE3R01.meta) as never, { validate: false });
  if (!r.ok) throw new Error('no IE3R01');
  return r.xml;
};

describe('fromXml refuses hostile input', () => {
  it('refuses a DOCTYPE with an external entity (XXE)', () => {
    const xml = `<?xml version="1.0"?><!DOCTYPE IE3R01 [<!ENTITY xxe SYSTEM "file:///etc/passwd">]><IE3R01 xmlns="${NS}"><LRN>&xxe;</LRN></IE3R01>`;
    const r = fromXml(xml);
    expect(r.ok).toBe(false);
    expect(r.value).toBeUndefined();
    expect(r.issues.map((i) => i.code)).toEqual(expect.arrayContaining(['xml_doctype', 'xml_entity']));
    expect(JSON.stringify(r)).not.toContain('root:');
  });

  it('refuses billion laughs quickly', () => {
    const ents = Array.from({ length: 10 }, (_, i) => `<!ENTITY l${i + 1} "${`&l${i};`.repeat(10)}">`).join(
      '',
    );
    const xml = `<?xml version="1.0"?><!DOCTYPE IE3R01 [<!ENTITY l0 "lol">${ents}]><IE3R01 xmlns="${NS}"><LRN>&l10;</LRN></IE3R01>`;
    const t = performance.now();
    const r = fromXml(xml);
    expect(performance.now() - t).toBeLessThan(100);
    expect(r.ok).toBe(false);
    expect(r.issues.map((i) => i.code)).toContain('xml_entity');
  });

  it('refuses 100 MB input fast (size limit)', () => {
    const xml = `<IE3R01 xmlns="${NS}"><LRN>${'x'.repeat(100 * 1024 * 1024)}</LRN></IE3R01>`;
    const t = performance.now();
    const r = fromXml(xml);
    expect(performance.now() - t).toBeLessThan(50);
    expect(r.issues.map((i) => i.code)).toEqual(['xml_too_large']);
  });

  it('refuses 10,000-deep nesting', () => {
    const xml = `<IE3R01 xmlns="${NS}">${'<a>'.repeat(10_000)}${'</a>'.repeat(10_000)}</IE3R01>`;
    const t = performance.now();
    expect(codes(xml)).toContain('xml_too_deep');
    expect(performance.now() - t).toBeLessThan(200);
  });

  it('reports malformed XML as xml_syntax', () => {
    expect(codes(`<IE3R01 xmlns="${NS}"><LRN>x</IE3R01>`)).toEqual(['xml_syntax']);
    expect(codes(`<IE3R01 xmlns="${NS}"><LRN>x</LRN>`)).toEqual(['xml_syntax']);
    expect(codes('not xml at all')).toEqual(['xml_syntax']);
  });

  it('reports a wrong namespace, a missing namespace and a foreign prefix', () => {
    const good = r01();
    expect(fromXml(good, { validate: false }).issues).toEqual([]);
    expect(codes(good.replace(NS, 'urn:wco:datamodel:eu:ics2:1'))).toContain('wrong_namespace');
    expect(codes(good.replace(` xmlns="${NS}"`, ''))).toContain('missing_namespace');
    expect(
      codes(good.replace('<LRN>', '<x:LRN xmlns:x="urn:other">').replace('</LRN>', '</x:LRN>')),
    ).toContain('wrong_namespace');
  });

  it('accepts a prefixed form bound to the ICS2 namespace', () => {
    const pref = r01()
      .replace(` xmlns="${NS}"`, ` xmlns:ics="${NS}"`)
      .replace(/<(\/?)(\w+)/g, (_m, s: string, n: string) => `<${s}ics:${n}`);
    const r = fromXml(pref, { validate: false });
    expect(r.issues).toEqual([]);
    expect(r.value).toEqual(minimalInstance(registry.IE3R01.meta));
  });

  it('reports an unknown element, an unknown attribute and stray text instead of dropping them', () => {
    const xml = r01();
    const r = fromXml(xml.replace('</IE3R01>', '<surprise>1</surprise></IE3R01>'));
    // A customs answer is read leniently (warning); the element is kept in $unknown.
    expect(r.ok).toBe(true);
    expect(r.issues).toContainEqual(
      expect.objectContaining({ code: 'unknown_element', pointer: '/IE3R01/surprise', severity: 'warning' }),
    );
    expect(r.value).toMatchObject({ $unknown: [{ name: 'surprise', xml: '<surprise>1</surprise>' }] });
    // The same in a trader message (t2c, structure from its table where present): an error.
    const f = toXml('IE3F32', minimalInstance(registry.IE3F32.meta) as never, { validate: false });
    const rf = fromXml(f.ok ? f.xml.replace('</IE3F32>', '<surprise>1</surprise></IE3F32>') : '', { validate: false });
    expect(rf.issues).toContainEqual(expect.objectContaining({ code: 'unknown_element', pointer: '/IE3F32/surprise' }));
    expect(codes(xml.replace('<LRN>', '<LRN lang="en">'))).toContain('unknown_attribute');
    expect(codes(xml.replace('</IE3R01>', 'stray</IE3R01>'))).toContain('unexpected_text');
  });

  it('reports a wrong or unknown root', () => {
    const r = fromXml(`<IE3X99 xmlns="${NS}"/>`);
    expect(r.issues.map((i) => i.code)).toEqual(['unknown_root']);
    expect(r.messageType).toBeUndefined();
    expect(fromXml(r01(), { expect: 'IE3F32' }).issues.map((i) => i.code)).toContain('unexpected_root');
  });

  it('reports a repeated single element and a dateTime without its wrapper', () => {
    const xml = r01();
    // A second LRN is beyond the maximum: kept in $unknown, reported as unknown_element (was duplicate_element).
    expect(codes(xml.replace(/(<LRN>[^<]*<\/LRN>)/, '$1$1'))).toContain('unknown_element');
    expect(
      codes(xml.replace(/<registrationDate><DateTime>([^<]*)<\/DateTime>/, '<registrationDate>$1')),
    ).toContain('missing_datetime_wrapper');
  });

  it('never throws on non-string input', () => {
    expect(fromXml(42 as unknown as string).ok).toBe(false);
  });
});
