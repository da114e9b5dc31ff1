/**
 * The assembler: from the partial HTI tables to a complete element tree for each of the 84 messages,
 * every element tagged with where it came from.
 *
 * The tables reached us in chunks, and only some chunks (see spec/COVERAGE.md). Rows keep document order,
 * so the missing chunks are *holes* at known places: before the first present chunk, between two chunks
 * that are not adjacent, after the last one. A hole is filled with the rows that stand between the same two
 * neighbouring elements (its anchors) in another message that carries the same dataset:
 *
 * - `twin`: the filing's amendment, or the amendment's filing (the same dataset; the amendment carries the
 *   MRN instead of the LRN and may add `referralRequestReference`);
 * - `sibling`: another filing or amendment of the same dataset kind (same category, kind and level first,
 *   then the same kind elsewhere, then the same category; see {@link donorsFor});
 * - `inferred`: messages of which no table survives are built from their filing type's description
 *   (ICD Annex 1) by an explicit plan in {@link INFERENCE_PLANS}.
 *
 * Holes that no donor can fill are reported (`unfilled`), never filled by invention.
 */
import type { FilingType, MessageEntry, SpecMessageFile, SpecRow } from './spec';

/** Where an element came from: its own table, the EU type library (matched type), or a stand-in row. */
export type Provenance = 'table' | 'library' | 'twin' | 'sibling' | 'inferred';

export interface FlatRow {
  path: string;
  label: string;
  xml: string;
  kind: 'Composition' | 'Attribute';
  card: string;
  format: string | null;
  presence: 'M' | 'O' | 'C';
  rules: string[];
  conditions: string[];
  wcoId: string | null;
  codeList: string | null;
  provenance: Provenance;
  /** The message the row was read from (for twin, sibling and inferred rows). */
  from: string;
  notes: string[];
}

export interface Gap {
  gap: true;
}
export type Entry = FlatRow | Gap;
export const isGap = (e: Entry): e is Gap => 'gap' in e;

export interface Unfilled {
  after: string | null;
  before: string | null;
}

export interface AssembledMessage {
  id: string;
  entries: FlatRow[];
  unfilled: Unfilled[];
  /** Human-readable account of how the tree was made, for the coverage page. */
  log: string[];
  table: { present: boolean; complete: boolean; chunksPresent: number[]; chunkCount: number | null };
}

/** Turn one message file into rows in document order, with gap markers where chunks are missing. */
export function toEntries(file: SpecMessageFile | undefined): Entry[] {
  if (!file || file.rows.length === 0) return [{ gap: true }];
  const out: Entry[] = [];
  const present = file.chunksPresent;
  if (!present.includes(1)) out.push({ gap: true });
  const stack: string[] = [];
  let prevChunk: number | undefined;
  for (const [k, row] of file.rows.entries()) {
    if (!row.path) {
      // Place a row without a path by its next sibling (the source's path column is empty with its name).
      const sib = file.rows.slice(k + 1).find((x) => x.level === row.level && x.path);
      if (sib) stack.splice(0, stack.length, ...sib.path!.split('/'));
    }
    if (prevChunk !== undefined && row.chunk > prevChunk + 1) out.push({ gap: true });
    prevChunk = row.chunk;
    const r = normaliseRow(row, stack, file.message);
    stack.splice(0, stack.length, ...r.path.split('/'));
    out.push(r);
  }
  if (!present.includes(file.chunkCount)) out.push({ gap: true });
  return out;
}

function normaliseRow(row: SpecRow, stack: string[], message: string): FlatRow {
  const notes = [...(row.anomalies ?? [])];
  let xml = row.xml;
  let path = row.path;
  if (!xml) {
    // The one element without an XML name in the source is BinaryFile/identification (WCO M001);
    // ctypes.xsd BinaryFileType names it `identification`.
    if (row.name === 'Identification' && stack[row.level - 2] === 'binaryFile') {
      xml = 'identification';
      notes.push('XML name empty in the source; `identification` taken from ctypes.xsd BinaryFileType');
    } else {
      throw new Error(`${message}: row ${row.name} has no XML name`);
    }
  }
  if (!path) path = [...stack.slice(0, row.level - 1), xml].join('/');
  return {
    path,
    label: row.name,
    xml,
    kind: row.kind,
    card: row.card,
    format: row.format,
    presence: row.presence,
    rules: row.rules,
    conditions: row.conditions,
    wcoId: row.wcoId,
    codeList: row.codeList,
    provenance: 'table',
    from: message,
    notes,
  };
}

/** A filing/amendment pair's identity. */
interface Dataset {
  id: string;
  code: string;
  isAmendment: boolean;
  ft: FilingType;
}

function datasetOf(id: string, filingTypes: FilingType[]): Dataset | undefined {
  const m = /^IE3([FA])(\d\d)$/.exec(id);
  if (!m) return undefined;
  const ft = filingTypes.find((f) => f.code === `F${m[2]}`);
  return ft ? { id, code: ft.code, isAmendment: m[1] === 'A', ft } : undefined;
}

/**
 * The donors of a message in order of preference. For a filing or amendment: its twin; then messages
 * of the same category, kind and level; then the same kind and level in other categories; then the same
 * category; then the same kind anywhere; then every other filing. Same prefix (IE3F/IE3A) first at each step.
 * For the customs/trader notifications, queries and responses: none (their tables are whole, or they are
 * inferred).
 */
export function donorsFor(id: string, filingTypes: FilingType[]): { id: string; provenance: Provenance }[] {
  const self = datasetOf(id, filingTypes);
  if (!self) return [];
  const all = filingTypes.flatMap((f) => [f.message, f.amendment].filter((x): x is string => !!x));
  const rank = (other: Dataset): number => {
    const a = other.ft;
    const b = self.ft;
    if (a.code === b.code) return 0;
    if (a.category === b.category && a.kind === b.kind && a.level === b.level) return 1;
    if (a.kind === b.kind && a.level === b.level) return 2;
    if (a.category === b.category && a.kind === b.kind) return 3;
    if (a.category === b.category) return 4;
    if (a.kind === b.kind) return 5;
    return 6;
  };
  return all
    .filter((x) => x !== id)
    .map((x) => datasetOf(x, filingTypes)!)
    .map((d) => ({ d, r: rank(d) * 2 + (d.isAmendment === self.isAmendment ? 0 : 1) }))
    .sort((x, y) => x.r - y.r || x.d.code.localeCompare(y.d.code))
    .map(({ d }) => ({ id: d.id, provenance: d.code === self.code ? 'twin' : 'sibling' }));
}

/** Rename what differs between a filing and its amendment when rows cross from one to the other. */
function adaptRow(row: FlatRow, fromId: string, toId: string): FlatRow | undefined {
  const fromA = fromId.startsWith('IE3A');
  const toA = toId.startsWith('IE3A');
  if (fromA && !toA) {
    if (row.path === 'referralRequestReference') return undefined;
    if (row.path === 'MRN')
      return {
        ...row,
        path: 'LRN',
        xml: 'LRN',
        label: 'LRN',
        format: 'an..22',
        notes: [...row.notes, 'LRN in place of the amendment MRN'],
      };
  }
  if (!fromA && toA && row.path === 'LRN')
    return {
      ...row,
      path: 'MRN',
      xml: 'MRN',
      label: 'MRN',
      format: 'an18',
      notes: [...row.notes, 'MRN in place of the filing LRN'],
    };
  return row;
}

function anchorPath(e: Entry | undefined, id: string): string | null {
  if (!e || isGap(e)) return null;
  // Anchors are compared in the receiving message's naming.
  void id;
  return e.path;
}

/**
 * Fill the holes of `target` from `donor` once. Returns how many holes were (partly) filled.
 * A hole takes the donor's rows strictly between its two anchors; the donor's own holes inside that span
 * come along as smaller holes for the next donor.
 */
export function fillFrom(
  target: Entry[],
  targetId: string,
  donor: Entry[],
  donorId: string,
  provenance: Provenance,
  log: string[],
): number {
  let filled = 0;
  const adapted: Entry[] = donor
    .map((e) => (isGap(e) ? e : adaptRow(e, donorId, targetId)))
    .filter((e): e is Entry => e !== undefined);
  const index = new Map<string, number>();
  adapted.forEach((e, i) => {
    if (!isGap(e)) index.set(e.path, i);
  });
  for (let g = 0; g < target.length; g++) {
    if (!isGap(target[g]!)) continue;
    const prev = anchorPath(target[g - 1], targetId);
    const next = anchorPath(target[g + 1], targetId);
    if (prev === null && g > 0) continue; // two gaps in a row cannot happen; defensive
    const i = prev === null ? -1 : index.get(prev);
    const j = next === null ? adapted.length : index.get(next);
    if (i === undefined || j === undefined || j <= i) {
      // The twin is the same table chunked differently: a run of its rows that the target lacks can stand in
      // the hole when its nesting agrees with both anchors. Its own ends stay holes for the next donor.
      const one = oneSided(adapted, target, prev, next, i, j);
      if (one) {
        const tagged = one.map((e) =>
          isGap(e)
            ? e
            : {
                ...e,
                provenance: provenance === 'twin' && e.provenance === 'table' ? 'twin' : provenance,
                from: e.from === targetId ? donorId : e.from,
              },
        ) as Entry[];
        target.splice(g, 1, ...tagged);
        log.push(
          `${one.filter((e) => !isGap(e)).length} row(s) ${prev ? `after ${prev}` : 'at the start'}${next ? ` before ${next}` : ' to the end'} from ${donorId} (${provenance}, anchored on one side; a hole remains on the other)`,
        );
        filled++;
        g += tagged.length - 1;
        continue;
      }
      if (provenance !== 'twin') continue;
      const run = twinRun(adapted, target, prev, next);
      if (!run) continue;
      const tagged = run.map((e) => ({ ...e, provenance: 'twin' as Provenance, from: donorId }));
      target.splice(g, 1, { gap: true }, ...tagged, { gap: true });
      log.push(
        `${run.length} row(s) ${prev ? `after ${prev}` : 'at the start'}${next ? ` before ${next}` : ' to the end'} from ${donorId} (twin run; holes around it)`,
      );
      filled++;
      g += run.length + 1;
      continue;
    }
    const slice = adapted.slice(i + 1, j);
    const rows = slice.filter((e) => !isGap(e)).length;
    if (rows === 0 && slice.length > 0) continue; // only a hole there too
    const present = new Set(target.filter((e): e is FlatRow => !isGap(e)).map((e) => e.path));
    const taken = slice
      .filter((e) => isGap(e) || !present.has(e.path))
      .map((e) =>
        isGap(e)
          ? e
          : {
              ...e,
              provenance: provenance === 'twin' && e.provenance === 'table' ? 'twin' : provenance,
              from: e.from === targetId ? donorId : e.from,
            },
      ) as Entry[];
    // Collapse adjacent gaps.
    const cleaned = taken.filter((e, k) => !(isGap(e) && k > 0 && isGap(taken[k - 1]!)));
    target.splice(g, 1, ...cleaned);
    log.push(
      `${rows} row(s) ${prev ? `after ${prev}` : 'at the start'}${next ? ` before ${next}` : ' to the end'} from ${donorId} (${provenance})${cleaned.some(isGap) ? ', with holes of its own' : ''}`,
    );
    filled++;
    g += cleaned.length - 1;
  }
  return filled;
}

const parentOf = (p: string): string => (p.includes('/') ? p.slice(0, p.lastIndexOf('/')) : '');
const within = (p: string, ancestor: string): boolean =>
  ancestor === '' || p === ancestor || p.startsWith(ancestor + '/');

/** Two paths in the same top-level block (or one of them at the top level): a hole may separate them. */
const sameBlock = (a: string, b: string): boolean =>
  !a.includes('/') || !b.includes('/') || a.split('/')[0] === b.split('/')[0];

/**
 * One anchor found in the donor, the other not: take the donor's rows from the found anchor to the donor's
 * own hole on that side, when their nesting agrees with the other anchor; a hole stays on the open side.
 */
function oneSided(
  donor: Entry[],
  target: Entry[],
  prev: string | null,
  next: string | null,
  i: number | undefined,
  j: number | undefined,
): Entry[] | undefined {
  const have = new Set(target.filter((e): e is FlatRow => !isGap(e)).map((e) => e.path));
  if (i !== undefined && prev !== null && j === undefined && next !== null) {
    let k = i + 1;
    while (k < donor.length && !isGap(donor[k]!)) k++;
    if (k >= donor.length) return undefined; // the donor has no hole there: it simply lacks `next`
    const rows = donor.slice(i + 1, k).filter((e): e is FlatRow => !isGap(e) && !have.has(e.path));
    if (!rows.length || !sameBlock(rows[rows.length - 1]!.path, next)) return undefined;
    return [...rows, { gap: true }];
  }
  if (j !== undefined && next !== null && i === undefined && prev !== null) {
    let k = j - 1;
    while (k >= 0 && !isGap(donor[k]!)) k--;
    if (k < 0) return undefined;
    const rows = donor.slice(k + 1, j).filter((e): e is FlatRow => !isGap(e) && !have.has(e.path));
    if (!rows.length || !sameBlock(prev, rows[0]!.path)) return undefined;
    return [{ gap: true }, ...rows];
  }
  return undefined;
}

/** A run of donor rows (between two donor holes) that the target lacks and that nests between the anchors. */
function twinRun(
  donor: Entry[],
  target: Entry[],
  prev: string | null,
  next: string | null,
): FlatRow[] | undefined {
  const have = new Set(target.filter((e): e is FlatRow => !isGap(e)).map((e) => e.path));
  let run: FlatRow[] = [];
  const runs: FlatRow[][] = [];
  for (const e of donor) {
    if (isGap(e)) {
      if (run.length) runs.push(run);
      run = [];
    } else run.push(e);
  }
  if (run.length) runs.push(run);
  return runs.find((r) => {
    if (r.some((x) => have.has(x.path))) return false;
    const first = r[0]!;
    const last = r[r.length - 1]!;
    if (prev !== null && !within(prev, parentOf(first.path))) return false;
    if (next !== null && !within(last.path, parentOf(next))) return false;
    return true;
  });
}

/** Explicit plans for messages no table of which (nor of their twin) survives in a usable form. */
export interface InferencePlan {
  base: string;
  why: string;
  /** Paths (with their subtrees) to keep from the base; all when absent. */
  keep?: string[];
  /** Paths (with their subtrees) to drop from the base. */
  drop?: string[];
  /** Subtrees to add from another assembled message, inserted after `after` (a path in the result). */
  add?: { path: string; from: string; after: string | null }[];
  rename?: { from: string; to: string; format: string }[];
}

export const INFERENCE_PLANS: Record<string, InferencePlan> = {
  IE3F24: {
    base: 'IE3F23',
    why: 'ICD Annex 1: F24 is the PLACI minimum dataset of F23 plus the master air waybill reference',
    add: [
      {
        path: 'consignmentMasterLevel/transportDocumentMasterLevel',
        from: 'IE3F20',
        after: 'consignmentMasterLevel/consignmentHouseLevel',
      },
    ],
  },
  IE3A24: {
    base: 'IE3A23',
    why: 'ICD Annex 1: F24 is the PLACI minimum dataset of F23 plus the master air waybill reference (amendment twin)',
    add: [
      {
        path: 'consignmentMasterLevel/transportDocumentMasterLevel',
        from: 'IE3F20',
        after: 'consignmentMasterLevel/consignmentHouseLevel',
      },
    ],
  },
  IE3F25: {
    base: 'IE3F23',
    why: 'ICD Annex 1: F25 carries the master air waybill reference number only (with the ENS header)',
    keep: [
      'LRN',
      'documentIssueDate',
      'SpecificCircumstanceIndicator',
      'addressedMemberState',
      'representative',
      'declarant',
      'consignmentMasterLevel',
    ],
    drop: ['consignmentMasterLevel/consignmentHouseLevel'],
    add: [
      {
        path: 'consignmentMasterLevel/transportDocumentMasterLevel',
        from: 'IE3F20',
        after: 'consignmentMasterLevel',
      },
    ],
  },
  IE3F41: {
    base: 'IE3F40',
    why: 'ICD Annex 1: F41 is the rail twin of F40 (postal master transport document, road)',
  },
  IE3A41: {
    base: 'IE3A40',
    why: 'ICD Annex 1: F41 is the rail twin of F40 (postal master transport document, road)',
  },
  IE3Q04: {
    base: 'IE3R07',
    why: 'ICD: IE3Q04 asks to invalidate a registered ENS by its MRN; built from the header of its answer IE3R07 (invalidation acceptance) without the completion date. Its own table was not reachable.',
    drop: ['completionDate', 'customsOfficeOfFirstEntry'],
    add: [{ path: 'documentIssueDate', from: 'IE3R03', after: null }],
  },
  IE3R02: {
    base: 'IE3R03',
    why: 'ICD: IE3R02 answers a request for information (IE3Q02) as IE3R03 answers a screening request; built from the IE3R03 header. The answer payload (additional information, binary attachments) of IE3R02 is not in any table we hold and is left out.',
    drop: ['hrcmScreeningResults'],
  },
  IE3R08: {
    base: 'IE3Q05',
    why: 'ICD: IE3R08 returns the results of an ENS consultation (IE3Q05); built from the query identification of IE3Q05. The returned ENS data is not in any table we hold and is left out.',
    drop: ['dataRequest', 'requester'],
  },
};

const underPath = (path: string, root: string): boolean => path === root || path.startsWith(root + '/');

function applyPlan(id: string, plan: InferencePlan, done: Map<string, FlatRow[]>, log: string[]): FlatRow[] {
  const base = done.get(plan.base);
  if (!base) throw new Error(`${id}: inference base ${plan.base} not assembled yet`);
  let rows = base.map((r) => ({
    ...r,
    provenance: 'inferred' as Provenance,
    from: r.from,
    notes: [...r.notes, `inferred: ${plan.why}`],
  }));
  if (id.startsWith('IE3F') && plan.base.startsWith('IE3F')) {
    /* same naming */
  }
  if (plan.keep) rows = rows.filter((r) => plan.keep!.some((k) => underPath(r.path, k)));
  if (plan.drop) rows = rows.filter((r) => !plan.drop!.some((k) => underPath(r.path, k)));
  for (const add of plan.add ?? []) {
    const src = done.get(add.from);
    if (!src) throw new Error(`${id}: ${add.from} not assembled`);
    const sub = src
      .filter((r) => underPath(r.path, add.path) && !rows.some((x) => x.path === r.path))
      .map((r) => ({
        ...r,
        provenance: 'inferred' as Provenance,
        notes: [...r.notes, `inferred: ${plan.why}`],
      }));
    let at = 0;
    if (add.after !== null) {
      // After the anchor and its whole subtree.
      const i = rows.findIndex((r) => r.path === add.after);
      if (i < 0) throw new Error(`${id}: anchor ${add.after} missing`);
      at = i + 1;
      while (at < rows.length && rows[at]!.path.startsWith(add.after + '/')) at++;
    }
    rows.splice(at, 0, ...sub);
    log.push(`inferred: ${sub.length} row(s) of ${add.path} from ${add.from}`);
  }
  log.unshift(`inferred from ${plan.base}: ${plan.why}`);
  return rows;
}

/**
 * The header differs between a filing and its amendment in order, not only in name: every filing table we hold
 * starts `LRN, documentIssueDate, SpecificCircumstanceIndicator`; every amendment table starts
 * `documentIssueDate, referralRequestReference?, MRN, SpecificCircumstanceIndicator` (IE3A20, A23, A32, A43;
 * IE3A44 has no referral reference). A header borrowed across the pair is put in its own kind's order, and an
 * amendment whose header came from its filing gets the optional referral reference that the amendment tables
 * carry (sibling, from the first amendment table that has it).
 */
function orderHeader(
  id: string,
  entries: Entry[],
  tables: Map<string, SpecMessageFile>,
  log: string[],
): void {
  const at = (path: string): number => entries.findIndex((e) => !isGap(e) && e.path === path);
  const move = (from: number, to: number): void => {
    const [e] = entries.splice(from, 1);
    entries.splice(from < to ? to - 1 : to, 0, e!);
  };
  if (/^IE3F/.test(id)) {
    const lrn = at('LRN');
    const date = at('documentIssueDate');
    if (lrn > date && date >= 0) {
      move(lrn, date);
      log.push('LRN put first, as in every filing table');
    }
    return;
  }
  if (!/^IE3A/.test(id)) return;
  const mrn = at('MRN');
  const date = at('documentIssueDate');
  if (mrn < 0 || date < 0) return;
  const mrnRow = entries[mrn] as FlatRow;
  if (mrnRow.provenance === 'table') return;
  if (at('referralRequestReference') < 0 && mrnRow.from !== id) {
    const donor = [...tables.values()].find(
      (t) => /^IE3A/.test(t.message) && t.rows.some((r) => r.path === 'referralRequestReference'),
    );
    const row = donor?.rows.find((r) => r.path === 'referralRequestReference');
    if (donor && row) {
      const stack: string[] = [];
      const ref: FlatRow = {
        ...normaliseRow(row, stack, donor.message),
        provenance: 'sibling',
        from: donor.message,
        notes: ['every amendment table we hold but IE3A44 carries it'],
      };
      entries.splice(at('documentIssueDate') + 1, 0, ref);
      log.push(`referralRequestReference from ${donor.message} (sibling), as the amendment tables carry it`);
    }
  }
  const anchor = Math.max(at('documentIssueDate'), at('referralRequestReference'));
  const m = at('MRN');
  if (m < anchor) {
    move(m, anchor + 1);
    log.push('MRN put after documentIssueDate, as in every amendment table');
  }
}

/**
 * A row taken from a message of the other kind (an amendment's row in a filing, or the reverse) keeps that
 * message's cardinality, which can be stricter than the kind it lands in (the amendments IE3A30-A34 make the
 * house-level UCR mandatory; every filing table we hold has it optional). Where every own table of the landing
 * kind that has the element agrees on a looser cardinality, take it: never tighter, so that no valid real
 * filing is refused for a borrowed rule. Each change is noted on the row and in the log.
 */
function relaxFromEvidence(
  work: Map<string, Entry[]>,
  tables: Map<string, SpecMessageFile>,
  logs: Map<string, string[]>,
): void {
  const evidence = new Map<string, Set<string>>();
  for (const [id, t] of tables) {
    if (!/^IE3[FA]/.test(id)) continue;
    for (const r of t.rows) {
      if (!r.path) continue;
      const k = `${id[3]}:${r.path}`;
      if (!evidence.has(k)) evidence.set(k, new Set());
      evidence.get(k)!.add(`${r.card}|${r.presence}`);
    }
  }
  const bounds = (card: string): [number, number] => {
    const [a, b] = card.split('..');
    return [Number(a), Number(b)];
  };
  for (const [id, entries] of work) {
    if (!/^IE3[FA]/.test(id)) continue;
    let n = 0;
    entries.forEach((e, i) => {
      if (isGap(e) || e.provenance === 'table' || e.from[3] === id[3]) return;
      const ev = evidence.get(`${id[3]}:${e.path}`);
      if (!ev || ev.size !== 1) return;
      const [card, presence] = [...ev][0]!.split('|') as [string, FlatRow['presence']];
      if (card === e.card && presence === e.presence) return;
      const [min, max] = bounds(card);
      const [rmin, rmax] = bounds(e.card);
      // Only a looser minimum: a different maximum would change the shape of the model (single or list).
      if (max !== rmax || min >= rmin) return;
      entries[i] = {
        ...e,
        card,
        presence,
        notes: [
          ...e.notes,
          `cardinality ${e.card} ${e.presence} of ${e.from} relaxed to ${card} ${presence}: every ${id[3] === 'F' ? 'filing' : 'amendment'} table we hold that has this element says so`,
        ],
      };
      n++;
    });
    if (n)
      logs
        .get(id)!
        .push(
          `${n} borrowed cardinalit${n === 1 ? 'y' : 'ies'} relaxed to what every own table of this kind says`,
        );
  }
}

/** Assemble all messages. `tables` maps a message id to its table file (when one exists). */
export function assembleAll(
  messages: MessageEntry[],
  filingTypes: FilingType[],
  tables: Map<string, SpecMessageFile>,
): Map<string, AssembledMessage> {
  const ids = [
    ...filingTypes.map((f) => f.message),
    ...filingTypes.map((f) => f.amendment).filter((x): x is string => !!x),
    ...messages.map((m) => m.message).filter((m) => !/^IE3[FA]/.test(m)),
  ];
  const work = new Map<string, Entry[]>();
  const logs = new Map<string, string[]>();
  for (const id of ids) {
    if (INFERENCE_PLANS[id] && !tables.get(id)?.rows.length) continue;
    work.set(id, toEntries(tables.get(id)));
    logs.set(id, [
      tables.get(id)?.rows.length
        ? `${tables.get(id)!.rows.length} row(s) from its own table`
        : 'no table of its own',
    ]);
  }
  // Rounds of hole filling until nothing changes.
  for (let round = 0; round < 8; round++) {
    let changed = 0;
    for (const [id, entries] of work) {
      if (!entries.some(isGap)) continue;
      for (const donor of donorsFor(id, filingTypes)) {
        const d = work.get(donor.id);
        if (!d || d.every(isGap)) continue;
        changed += fillFrom(entries, id, d, donor.id, donor.provenance, logs.get(id)!);
        if (!entries.some(isGap)) break;
      }
    }
    if (changed === 0) break;
  }
  for (const [id, entries] of work) orderHeader(id, entries, tables, logs.get(id)!);
  relaxFromEvidence(work, tables, logs);
  const done = new Map<string, FlatRow[]>();
  const out = new Map<string, AssembledMessage>();
  for (const [id, entries] of work) {
    const unfilled: Unfilled[] = [];
    entries.forEach((e, i) => {
      if (isGap(e)) {
        const p = entries[i - 1];
        const n = entries[i + 1];
        unfilled.push({ after: p && !isGap(p) ? p.path : null, before: n && !isGap(n) ? n.path : null });
      }
    });
    const rows = entries.filter((e): e is FlatRow => !isGap(e));
    done.set(id, rows);
    const t = tables.get(id);
    out.set(id, {
      id,
      entries: rows,
      unfilled,
      log: logs.get(id)!,
      table: {
        present: !!t?.rows.length,
        complete: !!t?.complete,
        chunksPresent: t?.chunksPresent ?? [],
        chunkCount: t?.chunkCount ?? null,
      },
    });
  }
  // Inference plans, in dependency order.
  const pending = Object.entries(INFERENCE_PLANS).filter(([id]) => !done.has(id));
  while (pending.length) {
    const k = pending.findIndex(([, p]) => done.has(p.base) && (p.add ?? []).every((a) => done.has(a.from)));
    if (k < 0) throw new Error(`inference plans cannot be ordered: ${pending.map(([id]) => id).join(', ')}`);
    const [id, plan] = pending.splice(k, 1)[0]!;
    const log: string[] = ['no table of its own'];
    const rows = applyPlan(id, plan, done, log);
    // A filing inferred from a filing keeps the LRN; an amendment from an amendment keeps the MRN.
    done.set(id, rows);
    const baseMsg = out.get(plan.base);
    out.set(id, {
      id,
      entries: rows,
      unfilled: baseMsg?.unfilled ?? [],
      log,
      table: { present: false, complete: false, chunksPresent: [], chunkCount: null },
    });
  }
  return out;
}
