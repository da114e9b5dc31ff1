/** A seeded corpus of mutated XML documents (for the differential tests against libxml2). */
import { registry } from '../../src/generated/registry';
import { toXml } from '../../src/xml/toXml';
import { minimalInstance } from './instances';

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** Seeded xorshift32. */
function rng(seed: number): () => number {
  let s = seed >>> 0 || 1;
  return () => {
    s ^= s << 13;
    s >>>= 0;
    s ^= s >>> 17;
    s ^= s << 5;
    s >>>= 0;
    return s / 0x100000000;
  };
}

const SEEDS = [
  '<?xml version="1.0" encoding="UTF-8"?>\n<a xmlns="urn:x" xmlns:p="urn:p"><p:b c="1" p:d="x &amp; y">text &lt; &#65;&#x42;</p:b><e/><!-- note --><?pi data?><![CDATA[raw <stuff> & ]]]]></a>',
  '<?xml version="1.0"?><root><x a="1&#9;2&#10;3" b=\'q"q\'>\r\n line\r two\n</x><y>é 😀 ×</y></root>',
  '<r xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="urn:x x.xsd"><q:s xmlns:q="urn:q"><t xml:lang="en">v</t></q:s></r>',
  '<?xml version="1.0" standalone="yes"?><!-- c --><?p?><doc> <e a = "v" /> ]] > &gt; &apos; &quot;</doc><!-- after -->\n',
  '<a><b><c><d>deep</d></c></b><b2 x="&lt;&amp;&gt;"/></a>',
];

const TOKENS = [
  '<', '>', '&', '&#0;', '&#x41;', '&#65;', '&#xD800;', '&#1114112;', '&amp;', '&lt;', '&foo;', ']]>', ']]', '<![CDATA[', '<![CDAT[', ']]>',
  '<!--', '-->', '--', '--->', '<?', '?>', '<??>', '<?xml ?>', '<?XmL a?>', '<?x:y?>', '"', "'", '=', ' ', '\t', '\r\n', '\r', '\n',
  'xmlns:p="urn:p"', 'xmlns=""', 'xmlns:p=""', 'xmlns:xml="urn:x"', 'xmlns:xmlns="urn:x"', ' p:a="1"', ' a="1"', ' a="2"', 'p:', ':', 'a:b:', ':a',
  '×', 'é', '\u00B7', '\u0300', '😀', '\u0001', '\uFFFE', '\uFEFF', '<!DOCTYPE a>', '<!ENTITY e "x">', '<!ELEMENT', '/>', '</', '</a>', '<a>',
  'a', '1', '-', '.', 'version="1.0"', 'versio="1.0"', 'encoding="UTF-8"', 'encoding="latin1"', 'standalone="maybe"', '<?xml version="1.0"?>',
];

function mutate(s: string, r: () => number): string {
  const k = 1 + Math.floor(r() * 3);
  for (let j = 0; j < k; j++) {
    const p = Math.floor(r() * (s.length + 1));
    const op = r();
    if (op < 0.5) s = s.slice(0, p) + TOKENS[Math.floor(r() * TOKENS.length)]! + s.slice(p);
    else if (op < 0.75) s = s.slice(0, p) + s.slice(p + 1 + Math.floor(r() * 4));
    else if (op < 0.9) {
      const q = Math.min(s.length, p + 1 + Math.floor(r() * 12));
      s = s.slice(0, q) + s.slice(p, q) + s.slice(q);
    } else {
      const q = Math.floor(r() * s.length);
      s = s.slice(0, p) + s.charAt(q) + s.slice(p + 1);
    }
  }
  return s;
}

export function fuzzed(count: number, seed: number): { name: string; xml: string }[] {
  const r = rng(seed);
  const bases = [...SEEDS];
  for (const t of ['IE3R01', 'IE3N99', 'IE3Q01'] as const) {
    const w = toXml(t, minimalInstance(registry[t].meta) as never, { validate: false });
    if (w.ok) bases.push(w.xml);
  }
  const docs: { name: string; xml: string }[] = [];
  while (docs.length < count) {
    const xml = mutate(bases[Math.floor(r() * bases.length)]!, r);
    if (LONE_SURROGATE.test(xml)) continue; // UTF-8 cannot carry it to libxml2 (we refuse it: see the corpus)
    docs.push({ name: `d${docs.length}.xml`, xml });
  }
  return docs;
}

