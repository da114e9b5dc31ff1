import { normalizeInput } from '../builders/normalizeInput';
import { fitToMessage } from '../builders/fitToMessage';
import { issue } from '../core/issue';
import type { Issue, Result } from '../core/issue';
import type { MessageType } from '../generated/catalogue';
import { registry } from '../generated/registry';
import { validate } from '../validate';
import { canAmend, canInvalidate } from './guards';
import { nonAmendableElements } from './nonAmendable';
import type { FilingState, Referral } from './types';
import { isObj, jsonCopy, prop, str } from './values';
import type { Obj } from './values';

/**
 * A message built by an action, ready for `toXml` or `apply`.
 *
 * @example
 * ```ts
 * const m: BuiltMessage = { messageType: 'IE3Q04', value: { MRN: '24DE12345678901TA0' } };
 * ```
 */
export interface BuiltMessage {
  messageType: MessageType;
  value: Record<string, unknown>;
}

/**
 * Options of the actions: the issue date of the new message (a `Date` or an ISO string with offset).
 *
 * @example
 * ```ts
 * const o: ActionOptions = { issuedAt: '2024-04-13T08:00:00Z' };
 * ```
 */
export interface ActionOptions {
  issuedAt?: Date | string;
}

const fail = (issues: Issue[]): { ok: false; issues: Issue[] } => ({ ok: false, issues });

/**
 * Merge `changes` into `base`: objects recursively, arrays element by element (index i of `changes`
 * changes element i), `null` removes an element; `undefined` changes nothing. Neither input is mutated.
 */
function merge(base: unknown, changes: unknown): unknown {
  if (changes === undefined) return jsonCopy(base);
  if (changes === null) return undefined;
  if (Array.isArray(changes)) {
    const b = Array.isArray(base) ? base : [];
    const n = Math.max(b.length, changes.length);
    const out: unknown[] = [];
    for (let i = 0; i < n; i++) {
      const v = i < changes.length ? merge(b[i], changes[i]) : jsonCopy(b[i]);
      if (v !== undefined) out.push(v);
    }
    return out;
  }
  if (isObj(changes) && !(changes instanceof Date)) {
    const out: Obj = isObj(base) ? (jsonCopy(base) as Obj) : {};
    for (const k of Object.keys(changes)) {
      const v = merge(prop(base, k), prop(changes, k));
      if (v === undefined) delete out[k];
      else out[k] = v;
    }
    return out;
  }
  return changes;
}

const same = (a: unknown, b: unknown): boolean => JSON.stringify(a) === JSON.stringify(b);

/** Concrete places where a non-amendable path differs between two datasets (elements added or removed as a whole are not changes). */
function differences(a: unknown, b: unknown, path: readonly string[], at: (string | number)[] = []): (string | number)[][] {
  if (path.length === 0) return same(a, b) ? [] : [at];
  const [head, ...rest] = path as [string, ...string[]];
  const x = prop(a, head);
  const y = prop(b, head);
  if (rest.length === 0) return same(x, y) ? [] : [[...at, head]];
  if (Array.isArray(x) || Array.isArray(y)) {
    const xs = Array.isArray(x) ? x : x === undefined ? [] : [x];
    const ys = Array.isArray(y) ? y : y === undefined ? [] : [y];
    const out: (string | number)[][] = [];
    for (let i = 0; i < Math.min(xs.length, ys.length); i++) out.push(...differences(xs[i], ys[i], rest, [...at, head, i]));
    return out;
  }
  if (x === undefined && y === undefined) return [];
  if (x === undefined || y === undefined) return [[...at, head]];
  return differences(x, y, rest, [...at, head]);
}

function pointerOf(messageType: string, path: (string | number)[]): string {
  return `/${messageType}${path.map((p) => (typeof p === 'number' ? `[${p + 1}]` : `/${p}`)).join('')}`;
}

function issueDate(options: ActionOptions | undefined, fallback: unknown): unknown {
  return options?.issuedAt ?? fallback;
}

function finish(messageType: MessageType, input: Obj, extra: Issue[]): Result<BuiltMessage> {
  const { value, issues } = normalizeInput(registry[messageType].meta, input);
  const checked = validate(messageType, value);
  const all = [...extra, ...issues, ...(checked.issues ?? [])];
  if (all.some((i) => i.severity === 'error')) return fail(all);
  const out: BuiltMessage = { messageType, value: value as Record<string, unknown> };
  return all.length ? { ok: true, value: out, issues: all } : { ok: true, value: out };
}

/**
 * Build the amendment (the IE3Axx twin of the filing's IE3Fxx) of a registered filing: the dataset in
 * force with `changes` merged in (objects recursively, arrays by index, `null` removes), under the MRN,
 * without the LRN. Changes to elements that cannot be amended (rule R3024 in the amendment's metadata) are
 * refused: invalidate the filing and lodge a new one instead. `referral` puts the referral request
 * reference an RFI asked to answer by amendment. The result is validated. Never throws.
 *
 * @example
 * ```ts
 * const r = amend(state, { consignmentMasterLevel: { consignmentHouseLevel: [{ goodsItem: [{ commodity: { descriptionOfGoods: 'Cotton T-shirts, knitted' } }] }] } }, { issuedAt: '2024-04-13T08:00:00Z' });
 * if (r.ok) r.value.messageType; // 'IE3A32'
 * ```
 */
export function amend(
  original: FilingState,
  changes: Record<string, unknown>,
  options: ActionOptions & { referral?: string } = {},
): Result<BuiltMessage> {
  try {
    const g = canAmend(original);
    if (!g.ok) return fail([issue(g.code ?? 'not_allowed', [], '', g.reason ?? 'Amendment not allowed', { ref: g.source })]);
    const code = original.filingType?.slice(1);
    const amendmentType = `IE3A${code ?? ''}`;
    if (!(amendmentType in registry) || !isObj(original.dataset) || original.mrn === undefined) {
      return fail([issue('no_amendment_message', [], '', `${original.filingType ?? 'This filing'} has no amendment message`)]);
    }
    if (!isObj(changes)) return fail([issue('invalid_type', [], '', 'changes must be an object')]);
    const mt = amendmentType as MessageType;
    const merged = merge(original.dataset, changes) as Obj;
    const refusals: Issue[] = [];
    for (const e of nonAmendableElements(mt)) {
      for (const at of differences(original.dataset, merged, e.path)) {
        refusals.push(
          issue('non_amendable', at, pointerOf(mt, at), `${e.label} (${e.path.join('/')}) cannot be amended (R3024): invalidate the filing (invalidate()) and lodge a new one with the corrected data`, { ref: 'R3024' }),
        );
      }
    }
    if (refusals.length) return fail(refusals);
    const { LRN: _lrn, ...rest } = merged;
    const input = fitToMessage(registry[mt].meta.root, rest) as Obj;
    input.MRN = original.mrn;
    input.documentIssueDate = issueDate(options, prop(changes, 'documentIssueDate') ?? input.documentIssueDate);
    const extra: Issue[] = [];
    if (options.issuedAt === undefined && prop(changes, 'documentIssueDate') === undefined) {
      extra.push(issue('issue_date_kept', ['documentIssueDate'], `/${mt}/documentIssueDate`, 'The amendment keeps the original issue date: pass issuedAt for the date of the amendment', { severity: 'warning' }));
    }
    if (options.referral !== undefined) {
      const has = (registry[mt].meta.root.children ?? []).some((c) => c.name === 'referralRequestReference');
      if (has) input.referralRequestReference = options.referral;
      else extra.push(issue('referral_not_in_model', ['referralRequestReference'], `/${mt}/referralRequestReference`, `${mt} has no referralRequestReference: the referral cannot be named in this amendment`));
    }
    return finish(mt, input, extra);
  } catch (e) {
    return fail([issue('internal_error', [], '', `amend failed: ${e instanceof Error ? e.message : String(e)}`)]);
  }
}

/** Elements of a filing a request copies from it (only those the request's metadata has are kept). */
function header(state: FilingState): Obj {
  const d = state.dataset;
  const out: Obj = { MRN: state.mrn };
  for (const k of ['addressedMemberState', 'representative', 'declarant', 'carrier']) {
    const v = prop(d, k);
    if (v !== undefined) out[k] = jsonCopy(v);
  }
  const doc = (prop(prop(d, 'consignmentMasterLevel'), 'transportDocumentMasterLevel') ?? undefined) as unknown;
  if (isObj(doc)) out.transportDocument = { documentNumber: prop(doc, 'documentNumber'), type: prop(doc, 'type') };
  return out;
}

/**
 * Build the invalidation request (IE3Q04) of a registered filing: MRN, declarant, representative and the
 * other header elements the IE3Q04 metadata have, from the dataset in force. Refused (with the reason)
 * where `canInvalidate` says no; validated. Never throws.
 *
 * @example
 * ```ts
 * const r = invalidate(state, { issuedAt: '2024-04-13T08:00:00Z' });
 * if (r.ok) r.value.value.MRN; // the filing's MRN
 * ```
 */
export function invalidate(filing: FilingState, options: ActionOptions = {}): Result<BuiltMessage> {
  try {
    const g = canInvalidate(filing);
    if (!g.ok) return fail([issue(g.code ?? 'not_allowed', [], '', g.reason ?? 'Invalidation not allowed', { ref: g.source })]);
    const input = fitToMessage(registry.IE3Q04.meta.root, header(filing)) as Obj;
    input.documentIssueDate = issueDate(options, new Date());
    const extra = g.warning ? [issue('invalidation_after_arrival', [], '', g.warning, { severity: 'warning' })] : [];
    return finish('IE3Q04', input, extra);
  } catch (e) {
    return fail([issue('internal_error', [], '', `invalidate failed: ${e instanceof Error ? e.message : String(e)}`)]);
  }
}

function openReferral(state: FilingState, kind: Referral['kind'], reference: string | undefined): Result<Referral> {
  const open = state.flags.referrals.filter((r) => r.kind === kind && r.status === 'open' && !r.observedOnly);
  const what = kind === 'rfi' ? 'request for information (IE3Q02)' : 'screening request (IE3Q03)';
  if (reference !== undefined) {
    const r = open.find((x) => x.reference === reference);
    return r ? { ok: true, value: r } : fail([issue('no_open_referral', ['reference'], '/reference', `No open ${what} with reference ${reference}${open.length ? `; open: ${open.map((x) => x.reference).join(', ')}` : ''}`, { ref: 'L4 T-03-01-03' })]);
  }
  if (open.length === 1 && open[0]) return { ok: true, value: open[0] };
  return fail([issue(open.length ? 'ambiguous_referral' : 'no_open_referral', ['reference'], '/reference', open.length ? `${open.length} ${what}s are open (${open.map((x) => x.reference).join(', ')}): name one` : `No open ${what}`, { ref: 'L4 T-03-01-03' })]);
}

/**
 * Answer an open request for information (IE3Q02) with an IE3R02, from the referral: MRN, responsible
 * Member State, declarant and representative of the filing, plus `content` (the elements the IE3R02
 * metadata have for the answer; the rest is dropped). When the IE3R02 metadata have no
 * `referralRequestReference`, a warning says so (the reference is kept in the lifecycle state). If the
 * RFI asks for an amendment instead, use `amend(state, changes, { referral })`.
 *
 * @example
 * ```ts
 * const r = answerRfi(state, 'RFI-2024-0001', { issuedAt: '2024-04-12T12:00:00Z' });
 * if (r.ok) apply(state, r.value);
 * ```
 */
export function answerRfi(
  state: FilingState,
  reference?: string,
  options: ActionOptions & { content?: Record<string, unknown> } = {},
): Result<BuiltMessage> {
  try {
    const ref = openReferral(state, 'rfi', reference);
    if (!ref.ok) return ref;
    const base: Obj = { ...header(state), ...(options.content ?? {}) };
    if (ref.value.responsibleMemberState) base.responsibleMemberState = { country: ref.value.responsibleMemberState };
    base.referralRequestReference = ref.value.reference;
    const input = fitToMessage(registry.IE3R02.meta.root, base) as Obj;
    input.documentIssueDate = issueDate(options, new Date());
    const extra: Issue[] = [];
    if (!JSON.stringify(input).includes(ref.value.reference)) {
      extra.push(issue('referral_not_in_model', [], '/IE3R02', `The IE3R02 model holds no referralRequestReference (its table is not complete): referral ${ref.value.reference} is tracked in the lifecycle state only`, { severity: 'warning' }));
    }
    return finish('IE3R02', input, extra);
  } catch (e) {
    return fail([issue('internal_error', [], '', `answerRfi failed: ${e instanceof Error ? e.message : String(e)}`)]);
  }
}

/**
 * Answer an open HRCM screening request (IE3Q03) with an IE3R03: one `hrcmScreeningResults` entry for the
 * referral, with its house document, the `result` (CL726) and the screening methods used (2 to 9).
 *
 * @example
 * ```ts
 * const r = answerHrcm(state, 'HRCM-1', { result: '1', methods: ['AOM', 'EDD'], issuedAt: '2024-04-12T12:00:00Z' });
 * ```
 */
export function answerHrcm(
  state: FilingState,
  reference: string | undefined,
  options: ActionOptions & { result: string; methods: string[]; extra?: Record<string, unknown> },
): Result<BuiltMessage> {
  try {
    const ref = openReferral(state, 'hrcm', reference);
    if (!ref.ok) return ref;
    const house = ref.value.house ?? state.keys.houseDocuments[0];
    const q03 = state.log.find((m) => m.messageType === 'IE3Q03' && JSON.stringify(m.value).includes(`"${ref.value.reference}"`));
    const detail = (Array.isArray(prop(q03?.value, 'referralRequestDetails')) ? (prop(q03?.value, 'referralRequestDetails') as unknown[]) : []).find(
      (d) => str(d, 'referralRequestReference') === ref.value.reference,
    );
    const houseDoc = prop(detail, 'transportDocumentHouse') ?? (house ? { documentNumber: house, type: 'N741' } : undefined);
    const base: Obj = {
      ...header(state),
      hrcmScreeningResults: [
        {
          referralRequestReference: ref.value.reference,
          result: options.result,
          screeningMethod: (options.methods ?? []).map((method) => ({ method })),
          ...(options.extra ?? {}),
          transportDocumentHouseLevel: houseDoc,
        },
      ],
    };
    if (ref.value.responsibleMemberState) base.responsibleMemberState = { country: ref.value.responsibleMemberState };
    const input = fitToMessage(registry.IE3R03.meta.root, base) as Obj;
    input.documentIssueDate = issueDate(options, new Date());
    return finish('IE3R03', input, []);
  } catch (e) {
    return fail([issue('internal_error', [], '', `answerHrcm failed: ${e instanceof Error ? e.message : String(e)}`)]);
  }
}
