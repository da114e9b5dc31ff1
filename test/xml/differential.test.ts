/**
 * Differential tests of our reader against libxml2 (xmllint-wasm): on every generated instance of the 84
 * messages and on a seeded corpus of mutated documents, both must agree on well-formedness (libxml2 parser
 * and namespace errors; its warnings are not errors) and, where both accept, on content (libxml2's canonical
 * form, read back, gives the same tree as the original read by us). The only allowed differences are the
 * refusals on purpose listed in REFUSED_ON_PURPOSE. Batched (250 documents an xmllint call, about 30 calls).
 */
import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { validateXML, memoryPages } from 'xmllint-wasm';
import { messageTypes } from '../../src/generated/catalogue';
import { registry } from '../../src/generated/registry';
import { toXml } from '../../src/xml/toXml';
import { fromXml } from '../../src/xml/fromXml';
import { arbitraryInstance, maximalInstance, minimalInstance } from '../support/instances';
import { readTree, type XmlNode } from '../support/xmlTree';
import { fuzzed } from '../support/xmlFuzz';

/**
 * Well-formed XML that we refuse on purpose (docs/security.md): DTDs and everything they allow, XML
 * versions other than 1.0 and encodings other than UTF-8 (a JavaScript string has no encoding: the declaration
 * would be a lie), nesting deeper than the limit, namespace names outside a strict URI subset (no IP literals,
 * `//` only after the scheme, a port of digits).
 */
const REFUSED_ON_PURPOSE = new Set(['xml_doctype', 'xml_entity', 'xml_declaration', 'xml_too_deep', 'xml_namespace_name']);

interface Doc {
  name: string;
  xml: string;
}

/** libxml2's verdict per file: the set of files with a parser or namespace error. */
/** libxml2 slows down on very many files in one call: batches of this many. */
const BATCH = 250;

async function libxmlErrors(all: Doc[]): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  for (let k = 0; k < all.length; k += BATCH) for (const [f, e] of await libxmlErrorsOf(all.slice(k, k + BATCH))) out.set(f, e);
  return out;
}

async function libxmlErrorsOf(docs: Doc[]): Promise<Map<string, string>> {
  let stderr = '';
  try {
    const r = await validateXML({
      xml: docs.map((d) => ({ fileName: d.name, contents: d.xml })),
      normalization: 'format',
      modifyArguments: (args) => ['--noout', ...args.filter((a) => a !== '--format')],
      initialMemoryPages: 64 * memoryPages.MiB,
      maxMemoryPages: memoryPages.GiB,
    });
    stderr = r.rawOutput;
  } catch (e) {
    stderr = e instanceof Error ? e.message : String(e);
  }
  const out = new Map<string, string>();
  for (const line of stderr.split('\n')) {
    const m = /^(?:Error: )?(d\d+\.xml):\d+: (?:parser|namespace) error : (.*)$/.exec(line);
    if (m && !out.has(m[1]!)) out.set(m[1]!, m[2]!);
  }
  return out;
}

/** libxml2's canonical form (C14N, no comments) of each document, split by a marker PI after the root. */
async function libxmlCanonical(all: Doc[]): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  for (let k = 0; k < all.length; k += BATCH) for (const [f, c] of await libxmlCanonicalOf(all.slice(k, k + BATCH))) out.set(f, c);
  return out;
}

async function libxmlCanonicalOf(docs: Doc[]): Promise<Map<string, string>> {
  const r = await validateXML({
    xml: docs.map((d, i) => ({ fileName: d.name, contents: `${d.xml}<?ics2-sep ${i}?>` })),
    normalization: 'c14n',
    initialMemoryPages: 64 * memoryPages.MiB,
    maxMemoryPages: memoryPages.GiB,
  });
  const out = new Map<string, string>();
  const parts = r.normalized.split(/<\?ics2-sep (\d+)\?>/);
  for (let k = 0; k + 1 < parts.length; k += 2) out.set(docs[Number(parts[k + 1])]!.name, parts[k]!);
  return out;
}

/** Absolute namespace names only: libxml2 cannot canonicalise relative ones (they are deprecated). */
const canonicalisable = (xml: string): boolean =>
  [...xml.matchAll(/xmlns(?::[^=\s]*)?\s*=\s*(["'])(.*?)\1/g)].every((m) => m[2] === '' || /^[A-Za-z][A-Za-z0-9+.-]*:/.test(m[2]!));


async function compare(docs: Doc[]): Promise<{ disagreements: string[]; stats: Record<string, number> }> {
  const lib = await libxmlErrors(docs);
  const disagreements: string[] = [];
  const stats: Record<string, number> = { bothAccept: 0, bothRefuse: 0, refusedOnPurpose: 0, contentCompared: 0 };
  const both: Doc[] = [];
  const ours = new Map<string, XmlNode>();
  for (const d of docs) {
    const r = readTree(d.xml);
    const libError = lib.get(d.name);
    if (r.ok && libError === undefined) {
      stats.bothAccept!++;
      ours.set(d.name, r.tree);
      if (canonicalisable(d.xml)) both.push(d);
    } else if (!r.ok && libError !== undefined) stats.bothRefuse!++;
    else if (!r.ok && REFUSED_ON_PURPOSE.has(r.code)) stats.refusedOnPurpose!++;
    else {
      disagreements.push(
        `${d.name} ${JSON.stringify(d.xml.slice(0, 300))}: ours ${r.ok ? 'accepts' : `refuses (${r.code}: ${r.message})`}, libxml2 ${libError === undefined ? 'accepts' : `refuses (${libError})`}`,
      );
    }
  }
  const canonical = await libxmlCanonical(both);
  for (const d of both) {
    const c = canonical.get(d.name);
    const back = c === undefined ? undefined : readTree(c);
    stats.contentCompared!++;
    if (!back?.ok) {
      disagreements.push(`${d.name}: libxml2's canonical form ${JSON.stringify(c?.slice(0, 200))} could not be read back`);
      continue;
    }
    const a = JSON.stringify(ours.get(d.name));
    const b = JSON.stringify(back.tree);
    if (a !== b) disagreements.push(`${d.name} ${JSON.stringify(d.xml.slice(0, 300))}: content differs\n  ours    ${a.slice(0, 300)}\n  libxml2 ${b.slice(0, 300)}`);
  }
  return { disagreements, stats };
}

/** Every generated instance: minimal, maximal (compact and pretty), 3 arbitrary, and a prefixed form. */
function generated(): Doc[] {
  const docs: Doc[] = [];
  for (const t of messageTypes) {
    const meta = registry[t].meta;
    const xs = [minimalInstance(meta), maximalInstance(meta), ...fc.sample(arbitraryInstance(meta), { numRuns: 3, seed: 7 })];
    xs.forEach((x, i) => {
      for (const pretty of i === 1 ? [false, true] : [false]) {
        const w = toXml(t, x as never, { validate: false, pretty });
        if (!w.ok) throw new Error(`${t}: ${JSON.stringify(w.issues.slice(0, 2))}`);
        docs.push({ name: `d${docs.length}.xml`, xml: w.xml });
      }
    });
    const m = toXml(t, minimalInstance(meta) as never, { validate: false });
    if (m.ok) {
      const prefixed = m.xml
        .replace(' xmlns="', ' xmlns:ics="')
        .replace(/<(\/?)([A-Za-z])/g, '<$1ics:$2');
      docs.push({ name: `d${docs.length}.xml`, xml: prefixed });
    }
  }
  return docs;
}

describe('differential: our reader and libxml2', () => {
  it('agree on every generated instance of the 84 messages (accepted, same content)', async () => {
    const docs = generated();
    const { disagreements, stats } = await compare(docs);
    expect(disagreements).toEqual([]);
    expect(stats.bothAccept).toBe(docs.length);
    expect(stats.contentCompared).toBe(docs.length);
    // And fromXml reads each of them without an issue of the reader.
    for (const d of docs) {
      const r = fromXml(d.xml, { validate: false });
      expect([d.name, r.issues.filter((i) => i.code !== 'unknown_element')]).toEqual([d.name, []]);
    }
  });

  it('agree on 3,000 mutated documents (seeded), except the refusals on purpose', async () => {
    const docs = fuzzed(3000, 20261201);
    const { disagreements, stats } = await compare(docs);
    expect(disagreements.slice(0, 12)).toEqual([]);
    // The corpus exercises both sides.
    expect(stats.bothAccept).toBeGreaterThan(300);
    expect(stats.bothRefuse).toBeGreaterThan(1000);
    expect(stats.contentCompared).toBeGreaterThan(300);
  });
});
