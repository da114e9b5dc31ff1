/**
 * The matcher: for every message and every complex top-level element, the library type that the (not public)
 * HTI message schema gives it, chosen from the evidence.
 *
 * Facts used (spec/xsd-common-v2/README.md, measured on the files):
 * - a message schema is a root sequence of elements typed from the library (IE3N99.xsd, IE3N11.xsd);
 * - the types the missing schemas use at top level are *free*: no other type and no public schema uses them;
 * - inside a family (`ConsignmentMasterLevelTypeNN`) types appear in the order in which messages first use
 *   them, walking IE3A10..IE3A51, then IE3F10..IE3F51, then IE3N, IE3Q, IE3R; identical content is reused;
 * - an amendment's type is its filing's type plus R3024 annotations; filings never carry R3024.
 *
 * Evidence per message and element: the rows of the message's own table below the element (paths, order,
 * cardinalities; a partial table leaves holes), the twin (same structure but for R3024), the position in the
 * family (a dynamic programme over the walk: each message either introduces the family's next free type or
 * reuses one already introduced). Every choice records its candidates, its confidence and a reason.
 */
import type { LibNode, TypeLibrary } from './library';
import { familyForElement } from './library';

export type MatchConfidence = 'unique-fit' | 'position' | 'twin' | 'description' | 'equivalent' | 'ambiguous' | 'wrapper';

export interface MatchInput {
  id: string;
  amendment: boolean;
  /** The filing/amendment twin (IE3F32 <-> IE3A32), when there is one. */
  twin: string | null;
  /** Whether the message's own table is whole. */
  complete: boolean;
  /** Complex top-level elements, in order. */
  elements: { name: string; rows: OwnRow[] }[];
  /** The filing type's description (ICD Annex 1): mode, kind, level. */
  describe?: { category: string; kind: string; level: string; text: string };
}

/** A row of the message's own table below a top-level element, path relative to it. */
export interface OwnRow {
  rel: string;
  min: number;
  max: number;
  /** Seen in a real message (spec/observed/): presence only, no cardinality or order. */
  observed?: boolean;
  /** The table's format (`an..35`): its length must agree with the library's simple type. */
  format?: string | null;
}

export interface Match {
  message: string;
  element: string;
  family: string;
  /** Types that fit the message's own rows (before position and twin). */
  fitting: string[];
  /** Types still possible after position and twin. */
  candidates: string[];
  /** The chosen type; for `ambiguous`, the first candidate (its common part with the others is used). */
  chosen: string;
  confidence: MatchConfidence;
  reason: string;
  /** Own-table rows that the chosen type does not have, or whose cardinality differs. */
  differences: string[];
}

/** Walk order of the type library: amendments, then filings, then notifications, queries, responses. */
export function walkOrder(ids: string[]): string[] {
  const rank = (id: string): number =>
    id.startsWith('IE3A')
      ? 0
      : id.startsWith('IE3F')
        ? 1
        : id.startsWith('IE3N')
          ? 2
          : id.startsWith('IE3Q')
            ? 3
            : 4;
  return [...ids].sort((a, b) => rank(a) - rank(b) || a.localeCompare(b));
}

interface Fit {
  ok: boolean;
  missing: number;
  score: number;
  differences: string[];
}

/** A wrapped date-time: a choice of one `DateTime` element. */
export const isDateTime = (n: LibNode): boolean =>
  n.complex?.group === 'choice' && n.children.length === 1 && n.children[0]!.name === 'DateTime';

/** Flatten a type's tree into relative paths with their cardinality and sibling position. */
function flatten(
  children: LibNode[],
  prefix: string,
  out: Map<string, { min: number; max: number; pos: number; len?: string }>,
  depth = 0,
): void {
  if (depth > 12) return;
  children.forEach((c, pos) => {
    const p = prefix ? `${prefix}/${c.name}` : c.name;
    out.set(p, { min: c.min, max: c.max, pos, ...(c.simple ? { len: lengthOf(c.simple) } : {}) });
    // Attributes (an amount's value and currency) are rows of the tables too.
    c.complex?.attributes.forEach((a, k) =>
      out.set(`${p}/${a.name}`, { min: a.required ? 1 : 0, max: 1, pos: 1000 + k }),
    );
    // A DateTime choice is the encoding of a date-time, not an element of the model.
    if (c.complex && !isDateTime(c)) flatten(c.children, p, out, depth + 1);
  });
}

/** Maximum length and decimals of a simple type (`35,0`; `16,6`), to compare with an HTI format. */
const lengthOf = (st: NonNullable<LibNode['simple']>): string =>
  `${st.maxLength ?? st.length ?? st.totalDigits ?? ''},${st.fractionDigits ?? 0}`;
const formatLength = (f: string): string | undefined => {
  const m = /^(an|a|n)(\.\.)?(\d+)(?:,(\d+))?$/.exec(f);
  return m ? `${m[3]},${m[4] ?? 0}` : undefined;
};

const flatMemo = new WeakMap<
  TypeLibrary,
  Map<string, Map<string, { min: number; max: number; pos: number; len?: string }>>
>();
function flatOf(
  lib: TypeLibrary,
  type: string,
): Map<string, { min: number; max: number; pos: number; len?: string }> {
  let m = flatMemo.get(lib);
  if (!m) flatMemo.set(lib, (m = new Map()));
  let f = m.get(type);
  if (!f) {
    f = new Map();
    flatten(lib.children(type), '', f);
    m.set(type, f);
  }
  return f;
}

/**
 * How well a type fits a message's own rows: every row's path must exist in the type (a missing path rules
 * the type out), siblings in the type's order; cardinality differences cost points but do not rule it out
 * (the tables and the library disagree in a few known places). For a whole table, elements of the type that the
 * table lacks cost points too.
 */
export function fitType(lib: TypeLibrary, type: string, rows: OwnRow[], complete: boolean): Fit {
  const flat = flatOf(lib, type);
  const differences: string[] = [];
  let score = 0;
  let missing = 0;
  const lastPos = new Map<string, number>();
  for (const r of rows) {
    const t = flat.get(r.rel);
    if (!t) {
      missing++;
      score -= 20;
      differences.push(`${r.rel}: not in ${type}`);
      continue;
    }
    score += r.observed ? 3 : 1;
    if (r.observed) continue;
    if (t.min !== r.min || t.max !== r.max) {
      score -= 3;
      differences.push(
        `${r.rel}: table ${r.min}..${r.max}, library ${t.min}..${t.max === Infinity ? 'unbounded' : t.max}`,
      );
    }
    const fl = r.format ? formatLength(r.format) : undefined;
    if (fl && t.len && t.len !== ',0' && !t.len.startsWith(',') && fl !== t.len) {
      score -= 2;
      differences.push(`${r.rel}: table ${r.format}, library length ${t.len.replace(/,0$/, '')}`);
    }
    const parent = r.rel.includes('/') ? r.rel.slice(0, r.rel.lastIndexOf('/')) : '';
    const prev = lastPos.get(parent);
    if (prev !== undefined && t.pos < prev) {
      score -= 5;
      differences.push(`${r.rel}: out of the library's order`);
    }
    lastPos.set(parent, t.pos);
  }
  if (complete && rows.length) {
    const have = new Set(rows.filter((r) => !r.observed).map((r) => r.rel));
    for (const p of flat.keys()) {
      const parent = p.includes('/') ? p.slice(0, p.lastIndexOf('/')) : '';
      if (!have.has(p) && (parent === '' || have.has(parent))) {
        score -= 2;
        differences.push(`${p}: in ${type}, not in the (whole) table`);
      }
    }
  }
  return { ok: missing === 0, missing, score, differences };
}

interface Slot {
  msg: MatchInput;
  element: string;
  /** Candidate types with their scores. */
  options: Map<string, Fit>;
}

/**
 * Choose by position: a dynamic programme over the walk. State: how many of the family's free types have been
 * introduced. A slot either introduces the next free type, reuses one already introduced, or (fallback) takes a
 * non-free type of the family. Every free type must be introduced by the end. Returns, per slot, the set of
 * choices that lie on some optimal path (empty when no path exists).
 */
function byPosition(slots: Slot[], freeOrder: string[]): Set<string>[] | undefined {
  const n = slots.length;
  const K = freeOrder.length;
  const NEG = -Infinity;
  const SKIP = 30;
  // A type that other types or the public schemas also use: possible (identical content is reused), but a
  // free type is what a message's own schema introduces.
  const SHARED = 3;
  const freeIndex = new Map(freeOrder.map((t, i) => [t, i]));
  const moves = (i: number, k: number): { to: number; type: string; score: number }[] => {
    const out: { to: number; type: string; score: number }[] = [];
    for (const [type, fit] of slots[i]!.options) {
      const fi = freeIndex.get(type);
      if (fi === undefined) out.push({ to: k, type, score: fit.score - SHARED });
      else if (fi < k) out.push({ to: k, type, score: fit.score });
      else if (fi === k) out.push({ to: k + 1, type, score: fit.score });
    }
    return out;
  };
  const f: number[][] = Array.from({ length: n + 1 }, () => new Array<number>(K + 1).fill(NEG));
  f[0]![0] = 0;
  for (let i = 0; i <= n; i++) {
    // A free type that no message can take is skipped at a cost (it is reported).
    for (let k = 0; k < K; k++)
      if (f[i]![k] !== NEG) f[i]![k + 1] = Math.max(f[i]![k + 1]!, f[i]![k]! - SKIP);
    if (i === n) break;
    for (let k = 0; k <= K; k++) {
      if (f[i]![k] === NEG) continue;
      for (const m of moves(i, k)) f[i + 1]![m.to] = Math.max(f[i + 1]![m.to]!, f[i]![k]! + m.score);
    }
  }
  if (f[n]![K] === NEG) return undefined;
  const b: number[][] = Array.from({ length: n + 1 }, () => new Array<number>(K + 1).fill(NEG));
  b[n]![K] = 0;
  for (let k = K - 1; k >= 0; k--)
    if (b[n]![k + 1] !== NEG) b[n]![k] = Math.max(b[n]![k]!, b[n]![k + 1]! - SKIP);
  for (let i = n - 1; i >= 0; i--) {
    for (let k = 0; k <= K; k++)
      for (const m of moves(i, k))
        if (b[i + 1]![m.to] !== NEG) b[i]![k] = Math.max(b[i]![k]!, m.score + b[i + 1]![m.to]!);
    for (let k = K - 1; k >= 0; k--)
      if (b[i]![k + 1] !== NEG) b[i]![k] = Math.max(b[i]![k]!, b[i]![k + 1]! - SKIP);
  }
  const best = f[n]![K]!;
  const out: Set<string>[] = [];
  for (let i = 0; i < n; i++) {
    const s = new Set<string>();
    for (let k = 0; k <= K; k++) {
      if (f[i]![k] === NEG) continue;
      for (const m of moves(i, k))
        if (b[i + 1]![m.to] !== NEG && Math.abs(f[i]![k]! + m.score + b[i + 1]![m.to]! - best) < 1e-9)
          s.add(m.type);
    }
    out.push(s);
  }
  return out;
}

/** Match every complex top-level element of every message. `wrappers`: root types of the public schemas. */
export function matchAll(
  lib: TypeLibrary,
  inputs: MatchInput[],
  wrappers: Map<string, Map<string, string>>,
): Match[] {
  const order = walkOrder(inputs.map((i) => i.id));
  const byId = new Map(inputs.map((i) => [i.id, i]));
  const results: Match[] = [];
  const families = new Map<string, Slot[]>();
  for (const id of order) {
    const msg = byId.get(id)!;
    for (const el of msg.elements) {
      const family = familyForElement(el.name);
      const known = wrappers.get(id)?.get(el.name);
      if (known) {
        const fit = fitType(lib, known, el.rows, msg.complete);
        results.push({
          message: id,
          element: el.name,
          family,
          fitting: [known],
          candidates: [known],
          chosen: known,
          confidence: 'wrapper',
          reason: `the public ${id}.xsd types it ${known}`,
          differences: fit.differences,
        });
        continue;
      }
      const types = lib.family(family);
      if (!types.length) continue;
      const options = new Map<string, Fit>();
      for (const t of types) {
        if (!msg.amendment && lib.hasR3024(t)) continue; // filings never carry R3024
        if (!describes(lib, el.name, t, msg)) continue;
        const fit = fitType(lib, t, el.rows, msg.complete);
        // An amendment prefers its own (R3024-marked) types; filings and other messages take plain ones.
        options.set(t, { ...fit, score: fit.score + (msg.amendment && lib.hasR3024(t) ? 1 : 0) });
      }
      if (!families.has(family)) families.set(family, []);
      families.get(family)!.push({ msg, element: el.name, options });
    }
  }

  for (const [family, slots] of families) {
    const freeOrder = lib.family(family).filter((t) => lib.free.has(t));
    const fitting = slots.map((s) => {
      const all = [...s.options.entries()];
      const least = Math.min(...all.map(([, f]) => f.missing));
      return all.filter(([, f]) => f.missing === least).map(([t]) => t);
    });
    let sets = byPosition(slots, freeOrder);
    const twinNarrowed = new Set<number>();
    const twinDisagrees = new Set<number>();
    const described = new Set<number>();
    for (let pass = 0; pass < 3; pass++) {
      // Twins: an amendment's type and its filing's type have one structure but for R3024. Narrow both sides to
      // what the other side allows, and run the position step again, until nothing changes.
      for (let round = 0; sets && round < 6; round++) {
        let changed = false;
        slots.forEach((s, i) => {
          if (!s.msg.twin) return;
          const j = slots.findIndex((o) => o.msg.id === s.msg.twin && o.element === s.element);
          if (j < 0) return;
          const other = [...sets![j]!];
          const keep = [...sets![i]!].filter((t) => other.some((u) => nearTwins(lib, t, u)));
          if (!keep.length || keep.length === sets![i]!.size) {
            if (!keep.length) twinDisagrees.add(i);
            return;
          }
          for (const t of [...s.options.keys()]) if (!keep.includes(t)) s.options.delete(t);
          twinNarrowed.add(i);
          changed = true;
        });
        if (!changed) break;
        const next = byPosition(slots, freeOrder);
        if (!next) break;
        sets = next;
      }
      // Description: a slot that position and twin leave open takes the type of the most similar message (same mode,
      // dataset kind and level, from its filing type's ICD description) whose type is settled, if one type has the
      // most support. One slot at a time, each followed by the position step again.
      for (let round = 0; sets && round < slots.length; round++) {
        let best: { i: number; type: string; support: number } | undefined;
        slots.forEach((s, i) => {
          if (sets![i]!.size < 2 || !s.msg.describe) return;
          const support = new Map<string, number>();
          slots.forEach((o, j) => {
            if (j === i || sets![j]!.size !== 1 || !o.msg.describe) return;
            const t = [...sets![j]!][0]!;
            const d = s.msg.describe!;
            const e = o.msg.describe;
            if (d.category !== e.category) return;
            const sim =
              4 +
              (d.kind === e.kind ? 2 : 0) +
              (d.level === e.level ? 1 : 0) +
              (s.msg.amendment === o.msg.amendment ? 0.5 : 0);
            for (const c of sets![i]!)
              if (
                lib.signature(c, false) === lib.signature(t, false) &&
                (s.msg.amendment || !lib.hasR3024(c))
              )
                support.set(c, Math.max(support.get(c) ?? 0, sim));
          });
          const ranked = [...support.entries()].sort((a, b) => b[1] - a[1]);
          // Closest kin first: the same mode, dataset and level in the first pass, then looser.
          const threshold = pass === 0 ? 7 : pass === 1 ? 6 : 4;
          if (!ranked.length || ranked[0]![1] < threshold || (ranked[1] && ranked[1][1] === ranked[0]![1]))
            return;
          if (!best || ranked[0]![1] > best.support)
            best = { i, type: ranked[0]![0], support: ranked[0]![1] };
        });
        if (!best) break;
        const slot = slots[best.i]!;
        const saved = new Map(slot.options);
        for (const t of [...slot.options.keys()]) if (t !== best.type) slot.options.delete(t);
        const next = byPosition(slots, freeOrder);
        if (!next) {
          slot.options = saved;
          break;
        }
        described.add(best.i);
        sets = next;
      }
    }
    slots.forEach((s, i) => {
      const fit = fitting[i]!;
      const cands = sets ? [...sets[i]!] : fit;
      const all = lib.family(family).filter((t) => cands.includes(t));
      // Candidates of one structure (R3024 marks included) are one answer.
      const ordered = all.filter(
        (t, k) => all.findIndex((u) => lib.signature(u, true) === lib.signature(t, true)) === k,
      );
      const chosen = ordered[0] ?? fit[0] ?? lib.family(family)[0]!;
      let confidence: MatchConfidence;
      let reason: string;
      if (!sets) {
        confidence = 'ambiguous';
        reason = `no assignment of the ${freeOrder.length} free ${family} types in walk order fits every message; ${fit.length} type(s) fit this message's rows`;
      } else if (ordered.length > 1 && ordered.every((t) => lib.shape(t) === lib.shape(ordered[0]!))) {
        confidence = 'equivalent';
        reason = `${ordered.length} types remain after rows, position and twin (${ordered.join(', ')}), of one structure: they differ only in rule annotations; only the rules all carry apply`;
      } else if (ordered.length > 1) {
        confidence = 'ambiguous';
        reason = `${ordered.length} types remain after rows, position and twin: ${ordered.join(', ')}`;
      } else if (fit.length === 1) {
        confidence = 'unique-fit';
        reason =
          s.options.size && rowsOf(s).length
            ? `the only ${family} that fits the ${rowsOf(s).length} own row(s)`
            : `the only ${family} a ${s.msg.amendment ? 'amendment' : 'message of this kind'} can use`;
      } else if (described.has(i)) {
        confidence = 'description';
        reason = `of ${fit.length} fitting types, position and twin left several; the most similar message by its ICD description (mode, dataset, level) has this structure`;
      } else if (twinNarrowed.has(i)) {
        confidence = 'twin';
        reason = `of ${fit.length} fitting types, the only one with the structure of the twin ${s.msg.twin}'s type`;
      } else {
        confidence = 'position';
        reason = `of ${fit.length} fitting types, the only one its place in the walk allows (${lib.free.has(chosen) ? `free type ${freeOrder.indexOf(chosen) + 1} of ${freeOrder.length}` : 'a shared type'})`;
      }
      results.push({
        message: s.msg.id,
        element: s.element,
        family,
        fitting: fit,
        candidates: ordered.length ? ordered : fit,
        chosen,
        confidence,
        reason,
        differences: fitType(lib, chosen, rowsOf(s), s.msg.complete).differences,
      });
    });
  }
  settleTwins(lib, results, byId);
  return results;
}

/**
 * Twins agree: where one side of a filing/amendment pair is settled and the other is still ambiguous, the ambiguous
 * side takes the candidate (or, failing that, the family type) with the settled side's structure.
 */
function settleTwins(lib: TypeLibrary, results: Match[], byId: Map<string, MatchInput>): void {
  for (const r of results) {
    if (r.confidence !== 'ambiguous') continue;
    const twin = byId.get(r.message)?.twin;
    const other = twin ? results.find((x) => x.message === twin && x.element === r.element) : undefined;
    if (!other || other.confidence === 'ambiguous') continue;
    const amendment = r.message.startsWith('IE3A');
    const ok = (t: string): boolean => (amendment || !lib.hasR3024(t)) && nearTwins(lib, t, other.chosen);
    const exact = (t: string): boolean =>
      (amendment || !lib.hasR3024(t)) && lib.signature(t, false) === lib.signature(other.chosen, false);
    let pick = r.candidates.filter(exact);
    if (!pick.length) pick = r.candidates.filter(ok);
    if (!pick.length) pick = lib.family(r.family).filter(ok);
    const distinct = pick.filter(
      (t, k) => pick.findIndex((u) => lib.signature(u, true) === lib.signature(t, true)) === k,
    );
    if (distinct.length !== 1) continue;
    r.chosen = distinct[0]!;
    r.candidates = [r.chosen];
    r.confidence = 'twin';
    r.reason = `ambiguous on its own; the twin ${twin} is settled (${other.chosen}, ${other.confidence}) and this is the type with its structure`;
  }
}

/**
 * Twins: one structure but for the R3024 marks, or (a near twin) paths that differ only by optional elements, with
 * the same cardinalities on every common path. The library has such pairs (road and rail: the amendment's carrier
 * without `communication`, the filing's with an optional one).
 */
export function nearTwins(lib: TypeLibrary, a: string, b: string): boolean {
  if (lib.signature(a, false) === lib.signature(b, false)) return true;
  const fa = flatOf(lib, a);
  const fb = flatOf(lib, b);
  const parent = (p: string): string => (p.includes('/') ? p.slice(0, p.lastIndexOf('/')) : '');
  // An extra path is allowed when it is optional or stands below an extra path (whose optionality was checked).
  const extraOk = (p: string, mine: Map<string, { min: number }>, theirs: Map<string, unknown>): boolean =>
    (parent(p) !== '' && !theirs.has(parent(p))) || mine.get(p)!.min === 0;
  for (const [p, x] of fa) {
    const y = fb.get(p);
    if (y ? y.min !== x.min || y.max !== x.max : !extraOk(p, fa, fb)) return false;
  }
  for (const p of fb.keys()) if (!fa.has(p) && !extraOk(p, fb, fa)) return false;
  return true;
}

/**
 * What a filing type's ICD description says of the structure: a straight bill of lading or a direct air waybill
 * is one consignment under the master (one `consignmentHouseLevel`); a master with house documents has many.
 */
export function describes(lib: TypeLibrary, element: string, type: string, msg: MatchInput): boolean {
  if (element !== 'consignmentMasterLevel' || !msg.describe) return true;
  const house = lib.children(type).find((c) => c.name === 'consignmentHouseLevel');
  if (/\b(straight|direct)\b/i.test(msg.describe.text)) return !!house && house.max === 1;
  if (msg.describe.level === 'master+house') return !!house && house.max > 1;
  return true;
}

const rowsOf = (s: Slot): OwnRow[] => s.msg.elements.find((e) => e.name === s.element)?.rows ?? [];
