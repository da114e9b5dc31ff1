import { describe, it, expect } from 'vitest';
import { readTree } from '../../../test/support/xmlTree';
import { scanXml, type XmlHandler } from './scan';

const tree = (xml: string): unknown => {
  const r = readTree(xml);
  return r.ok ? r.tree : r.code;
};

describe('scanXml', () => {
  it('normalises line ends in text and white space in attributes, keeps character references', () => {
    expect(tree('<a b="x\ty\r\nz&#9;">1\r\n2\r3<![CDATA[4\r\n]]></a>')).toEqual({ name: 'a', attrs: [['b', 'x y z\t']], kids: ['1\n2\n34\n'] });
  });
  it('decodes the five predefined entities and character references, once', () => {
    expect(tree('<a>&amp;lt; &lt;&gt;&quot;&apos; &#65;&#x1F600;</a>')).toEqual({ name: 'a', attrs: [], kids: ['&lt; <>"\' A😀'] });
  });
  it('resolves namespaces: default, prefixed, undeclared with xmlns=""', () => {
    expect(tree('<p:a xmlns:p="urn:p" xmlns="urn:d" p:x="1" y="2"><b/><c xmlns=""/></p:a>')).toEqual({
      name: '{urn:p}a',
      attrs: [['y', '2'], ['{urn:p}x', '1']],
      kids: [
        { name: '{urn:d}b', attrs: [], kids: [] },
        { name: 'c', attrs: [], kids: [] },
      ],
    });
  });
  it('accepts the XML declaration with version, encoding and standalone only, in that order', () => {
    expect(tree('<?xml version="1.0" encoding="utf-8" standalone="no" ?><a/>')).toMatchObject({ name: 'a' });
    expect(tree('<?xml encoding="UTF-8" version="1.0"?><a/>')).toBe('xml_syntax');
    expect(tree('<?xml version="1.0" standalone="no" encoding="UTF-8"?><a/>')).toBe('xml_syntax');
    expect(tree('<?xml version="1.0"?><?xml-stylesheet href="x"?><a/>')).toMatchObject({ name: 'a' });
  });
  it('accepts non-ASCII names of XML 1.0 fifth edition, refuses others', () => {
    expect(tree('<é·a/>')).toMatchObject({ name: 'é·a' });
    expect(tree('<𐀀/>')).toMatchObject({ name: '𐀀' });
    expect(tree('<·a/>')).toBe('xml_syntax');
  });
  it('checks limits of depth without recursion', () => {
    const h: XmlHandler = { open() {}, text() {}, close() {} };
    expect(scanXml('<a><a><a/></a></a>', h, { maxDepth: 3 })).toBeUndefined();
    expect(scanXml('<a><a><a/></a></a>', h, { maxDepth: 2 })?.code).toBe('xml_too_deep');
  });
  it('reads fragments in a namespace context, one element only', () => {
    const h: XmlHandler = { open() {}, text() {}, close() {} };
    const ctx = { fragment: { namespaces: { '': 'urn:d' } }, maxDepth: 8 };
    expect(scanXml('<x><y/></x>', h, ctx)).toBeUndefined();
    expect(scanXml('<x/><y/>', h, ctx)?.code).toBe('xml_syntax');
    expect(scanXml('<?xml version="1.0"?><x/>', h, ctx)?.code).toBe('xml_syntax');
    expect(scanXml('<p:x/>', h, ctx)?.code).toBe('xml_namespace');
  });
});
