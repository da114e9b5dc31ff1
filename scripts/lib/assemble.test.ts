import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { assembleAll, donorsFor, INFERENCE_PLANS, toEntries } from './assemble';
import { loadFilingTypes, loadMessages, loadMessageTable, SPEC_DIR, type SpecMessageFile } from './spec';
import { buildTree, countByProvenance, mismatches } from './tree';
import { candidateTypes, fitProblems, readXsdLibrary } from './xsd';

const filingTypes = loadFilingTypes();
const messages = loadMessages();
const tables = new Map<string, SpecMessageFile>();
for (const m of messages) {
  const t = loadMessageTable(m.message);
  if (t) tables.set(m.message, t);
}
const xsd = readXsdLibrary(join(SPEC_DIR, 'xsd-common-v2'), [
  'stypes.xsd',
  'htypes.xsd',
  'ctypes.xsd',
  'IE3N99.xsd',
  'IE3N11.xsd',
]);
const assembled = assembleAll(messages, filingTypes, tables);

describe('spec data', () => {
  it('has the 84 messages: 31 filings, 30 amendments, 23 others', () => {
    expect(messages).toHaveLength(84);
    expect(messages.filter((m) => m.message.startsWith('IE3F'))).toHaveLength(31);
    expect(messages.filter((m) => m.message.startsWith('IE3A'))).toHaveLength(30);
    expect(messages.some((m) => m.message === 'IE3A25')).toBe(false);
    expect(tables.size).toBe(49);
  });

  it('reads the whole EU type library', () => {
    const ctypes = [...xsd.complexTypes.keys()].filter(
      (n) => !/^IE3N(99|11)Type$|^MessageHeaderType$/.test(n),
    );
    expect(ctypes).toHaveLength(488);
    expect(xsd.roots.get('IE3N99')).toBe('IE3N99Type');
    expect(candidateTypes(xsd, 'consignmentHouseLevel').length).toBe(50);
  });

  it('checks fit in order, with required elements', () => {
    const t = xsd.complexTypes.get('BinaryFileType')!;
    expect(fitProblems(t, ['identification', 'filename', 'MIME'])).toEqual([]);
    expect(fitProblems(t, ['filename', 'identification', 'MIME'])).toContain('identification out of order');
    expect(fitProblems(t, ['identification', 'MIME'])).toContain('filename required by BinaryFileType');
    expect(fitProblems(t, ['identification', 'filename', 'MIME', 'bogus'])).toContain(
      'bogus not in BinaryFileType',
    );
  });
});

describe('twins carry the same dataset', () => {
  const cmp = (r: {
    xml: string | null;
    card: string;
    format: string | null;
    presence: string;
    codeList: string | null;
    path: string | null;
  }) => [r.path, r.card, r.format, r.presence, r.codeList].join('|');

  it('IE3F50 and IE3A50 part 4 match row for row', () => {
    const f = tables.get('IE3F50')!.rows.filter((r) => r.chunk === 4);
    const a = tables.get('IE3A50')!.rows.filter((r) => r.chunk === 4);
    expect(f.length).toBeGreaterThan(20);
    // The two parts are cut at slightly different places: aligned on A50's first row they match to the end.
    const start = f.findIndex((r) => r.path === a[0]!.path);
    expect(start).toBeGreaterThanOrEqual(0);
    expect(a.map(cmp)).toEqual(f.slice(start).map(cmp));
    expect(a.length).toBeGreaterThan(25);
  });

  it('IE3F15 parts 1 and 3 with IE3A15 part 2 make one table: the hole of F15 is filled from its twin', () => {
    const f15 = assembled.get('IE3F15')!;
    const a15rows = tables.get('IE3A15')!.rows.map((r) => r.path);
    const twinRows = f15.entries.filter((e) => e.provenance === 'twin').map((e) => e.path);
    expect(twinRows.length).toBeGreaterThan(60);
    for (const p of twinRows) expect(a15rows).toContain(p);
    expect(f15.unfilled).toEqual([]);
    const c = countByProvenance(buildTree(f15, xsd));
    expect(c.sibling).toBeLessThan(5);
  });

  it('an amendment takes the MRN where its filing has the LRN', () => {
    const a10 = assembled.get('IE3A10')!.entries.map((e) => e.path);
    expect(a10).toContain('MRN');
    expect(a10).not.toContain('LRN');
    const f23 = assembled.get('IE3F23')!.entries.map((e) => e.path);
    expect(f23).toContain('LRN');
    expect(f23).not.toContain('MRN');
    expect(f23).not.toContain('referralRequestReference');
  });
});

describe('assembly', () => {
  it('assembles all 84 messages with no unfilled hole', () => {
    expect(assembled.size).toBe(84);
    for (const [id, m] of assembled) {
      expect(m.entries.length, id).toBeGreaterThan(0);
      expect(m.unfilled, id).toEqual([]);
    }
  });

  it('keeps every row of every table, tagged table', () => {
    for (const [id, t] of tables) {
      const rows = assembled.get(id)!.entries.filter((e) => e.provenance === 'table');
      expect(rows.length, id).toBe(t.rows.length);
    }
  });

  it('fits every group of every message to a ctypes.xsd type, recursively, but for the known F51 conflict', () => {
    const found: string[] = [];
    for (const [id, m] of assembled)
      for (const mm of mismatches(buildTree(m, xsd))) found.push(`${id} ${mm.path}`);
    // The IE3F51 table (its own rows, chunk 2) gives the goods-item passive border transport means a
    // typeOfMeansOfTransport that PassiveBorderTransportMeansType02, the only type the XSD allows there, lacks.
    // A real disagreement between table and schema: reported on docs/coverage.md, not hidden.
    expect(found.sort()).toEqual(['IE3A51 consignmentMasterLevel', 'IE3F51 consignmentMasterLevel']);
    const f51 = mismatches(buildTree(assembled.get('IE3F51')!, xsd))[0]!;
    expect(f51.problems.join()).toMatch(
      /passiveBorderTransportMeans \(as PassiveBorderTransportMeansType02.*typeOfMeansOfTransport not in/,
    );
  });

  it('finds holes where chunks are missing', () => {
    const e = toEntries(tables.get('IE3F10'));
    expect(e.filter((x) => 'gap' in x)).toHaveLength(2);
    expect(toEntries(undefined)).toEqual([{ gap: true }]);
  });

  it('prefers the twin, then the same dataset', () => {
    const d = donorsFor('IE3F32', filingTypes);
    expect(d[0]).toEqual({ id: 'IE3A32', provenance: 'twin' });
    expect(d.slice(1, 4).map((x) => x.id)).toEqual(expect.arrayContaining(['IE3F23']));
    expect(donorsFor('IE3N99', filingTypes)).toEqual([]);
  });

  it('infers F24 as F23 plus the master air waybill reference, F25 as the reference only, F41 from F40', () => {
    const f24 = assembled.get('IE3F24')!.entries.map((e) => e.path);
    const f23 = assembled.get('IE3F23')!.entries.map((e) => e.path);
    expect(f24).toEqual(expect.arrayContaining(f23));
    expect(f24).toContain('consignmentMasterLevel/transportDocumentMasterLevel/documentNumber');
    expect(f23).not.toContain('consignmentMasterLevel/transportDocumentMasterLevel');
    const f25 = assembled.get('IE3F25')!.entries.map((e) => e.path);
    expect(f25).toContain('consignmentMasterLevel/transportDocumentMasterLevel');
    expect(f25.some((p) => p.includes('consignmentHouseLevel'))).toBe(false);
    expect(assembled.get('IE3F41')!.entries.map((e) => e.path)).toEqual(
      assembled.get('IE3F40')!.entries.map((e) => e.path),
    );
    for (const id of Object.keys(INFERENCE_PLANS))
      expect(
        assembled.get(id)!.entries.every((e) => e.provenance === 'inferred'),
        id,
      ).toBe(true);
  });

  it('reads date-time wrappers and amount attributes from the XSD', () => {
    const t = buildTree(assembled.get('IE3A32')!, xsd);
    const find = (n: typeof t, name: string): typeof t | undefined =>
      n.children.find((c) => c.name === name) ?? n.children.map((c) => find(c, name)).find(Boolean);
    expect(find(t, 'documentIssueDate')?.encoding).toBe('dateTime');
    expect(find(t, 'totalAmountInvoiced')?.encoding).toBe('amount');
    expect(find(t, 'totalAmountInvoiced')?.amount?.value).toBe('n..16,2');
  });
});

describe('borrowed cardinalities', () => {
  it('never make a filing stricter than every filing table says (F32 house UCR is optional, as in all filings)', () => {
    const f32 = assembled
      .get('IE3F32')!
      .entries.find((e) => e.path === 'consignmentMasterLevel/consignmentHouseLevel/referenceNumberUCR')!;
    expect(f32.card).toBe('0..1');
    expect(f32.notes.join()).toMatch(/relaxed/);
    const a32 = tables
      .get('IE3A32')!
      .rows.find((r) => r.path === 'consignmentMasterLevel/consignmentHouseLevel/referenceNumberUCR')!;
    expect(a32.card).toBe('1..1');
    const own = assembled.get('IE3A32')!.entries.find((e) => e.path === a32.path)!;
    expect(own.card).toBe('1..1');
  });
  it('only ever loosen', () => {
    for (const [id, m] of assembled) {
      for (const e of m.entries) {
        const note = e.notes.find((n) => n.startsWith('cardinality '));
        if (!note) continue;
        const [, from] = /^cardinality (\d+)\.\./.exec(note)!;
        expect(Number(e.card.split('..')[0]), `${id} ${e.path}`).toBeLessThanOrEqual(Number(from));
      }
    }
  });
});

describe('header order', () => {
  it('filings start LRN, documentIssueDate; amendments documentIssueDate, referralRequestReference?, MRN', () => {
    for (const [id, m] of assembled) {
      const first = m.entries
        .filter((e) => !e.path.includes('/'))
        .slice(0, 3)
        .map((e) => e.path);
      if (id.startsWith('IE3F')) expect(first.slice(0, 2), id).toEqual(['LRN', 'documentIssueDate']);
      if (id.startsWith('IE3A')) {
        expect(first[0], id).toBe('documentIssueDate');
        expect(first.slice(1, 3).includes('MRN'), id).toBe(true);
      }
    }
    const a10 = assembled.get('IE3A10')!.entries.find((e) => e.path === 'referralRequestReference')!;
    expect(a10).toMatchObject({ provenance: 'sibling', card: '0..1' });
    expect(assembled.get('IE3A44')!.entries.some((e) => e.path === 'referralRequestReference')).toBe(false);
  });
});
