import { issue } from '../core/issue';
import type { Issue } from '../core/issue';
import { messageTypes } from '../generated/catalogue';
import { readKeys } from './keys';
import { TRANSITIONS } from './transitions';
import type { Transition } from './transitions';
import type {
  Evidence,
  FilingState,
  FilingStatus,
  LifecycleMessage,
  PartRef,
  PendingRequest,
  Referral,
} from './types';
import { collect, isObj, jsonCopy, list, prop, str, uniq } from './values';

/**
 * What {@link apply} returns: the next state (the same object when nothing changed), what happened in plain
 * words, the transition applied with its evidence level, and issues (an illegal or out-of-order message is
 * an error issue and leaves the state unchanged).
 *
 * @example
 * ```ts
 * const r: ApplyResult = { state: newFiling(), changed: false, happened: 'Nothing: ...', issues: [] };
 * ```
 */
export interface ApplyResult {
  state: FilingState;
  changed: boolean;
  happened: string;
  transition?: string;
  evidence?: Evidence;
  note?: string;
  issues: Issue[];
}

const VALIDITY_DAYS = 200;
const DAY_MS = 86_400_000;

/**
 * A new filing, before it is lodged (`draft`).
 *
 * @example
 * ```ts
 * newFiling().status; // 'draft'
 * ```
 */
export function newFiling(): FilingState {
  return {
    format: 'ics2-filing',
    version: 1,
    status: 'draft',
    keys: {
      masterDocuments: [],
      houseDocuments: [],
      supplementaryDeclarants: [],
      receptacles: [],
      containers: [],
      messageIds: [],
      functionalReferences: [],
    },
    flags: { assessmentComplete: [], doNotLoad: [], referrals: [], incorrectStateAtArrival: [], controls: [] },
    history: [],
    log: [],
  };
}

/**
 * The message kind `TRANSITIONS.on` uses: `IE3Fxx` for any filing, `IE3Axx` for any amendment, else the id.
 *
 * @example
 * ```ts
 * messageKind('IE3F32'); // 'IE3Fxx'
 * ```
 */
export function messageKind(messageType: string): string {
  if (/^IE3F\d\d$/.test(messageType)) return 'IE3Fxx';
  if (/^IE3A\d\d$/.test(messageType)) return 'IE3Axx';
  return messageType;
}

const DATE_FIELDS = ['registrationDate', 'notificationDate', 'completionDate', 'documentIssueDate'];
function dateOf(m: LifecycleMessage): string | undefined {
  if (typeof m.at === 'string') return m.at;
  for (const f of DATE_FIELDS) {
    const d = str(m.value, f);
    if (d !== undefined) return d;
  }
  return undefined;
}

function addDays(utc: string, days: number): string | undefined {
  const t = Date.parse(utc);
  if (Number.isNaN(t)) return undefined;
  return new Date(t + days * DAY_MS).toISOString().replace(/\.\d{3}Z$/, 'Z');
}

const samePart = (a: PartRef, b: PartRef): boolean => a.kind === b.kind && a.id === b.id;
function addParts(into: PartRef[], parts: readonly PartRef[]): void {
  for (const p of parts) if (!into.some((q) => samePart(p, q))) into.push(p);
}
/** Parts named by a notification group (`assessmentComplete`, `doNotLoadDetails`). */
function partsOf(group: unknown): PartRef[] {
  const parts: PartRef[] = [];
  for (const r of list(group, 'receptacle')) {
    const id = str(r, 'receptacleIdentificationNumber');
    if (id !== undefined) parts.push({ kind: 'receptacle', id });
  }
  for (const d of list(group, 'transportDocument')) {
    const id = str(d, 'documentNumber');
    if (id !== undefined) parts.push({ kind: 'house', id });
  }
  for (const e of list(group, 'transportEquipment')) {
    const id = str(e, 'containerIdentificationNumber');
    if (id !== undefined) parts.push({ kind: 'container', id });
  }
  return parts;
}

function partText(parts: readonly PartRef[]): string {
  if (parts.length === 0 || parts.every((p) => p.kind === 'whole')) return 'the whole filing';
  return parts.map((p) => (p.kind === 'whole' ? 'the whole filing' : `${p.kind} ${p.id ?? ''}`.trim())).join(', ');
}

function unchanged(state: FilingState, issues: Issue[], happened: string): ApplyResult {
  return { state, changed: false, happened, issues };
}

function refused(state: FilingState, code: string, message: string, messageType: string, ref?: string): ApplyResult {
  const i = issue(code, ['messageType'], '/messageType', message, ref !== undefined ? { ref } : {});
  return unchanged(state, [i], `Nothing: ${messageType} refused (${message})`);
}

/** Which request an IE3N99 or IE3N01 answers. */
function answering(state: FilingState, m: LifecycleMessage, messageType: string): Transition['answering'] | undefined {
  if (typeof m.refToMessageId === 'string') {
    const sent = state.log.find((x) => x.messageId === m.refToMessageId);
    if (sent !== undefined && typeof sent.messageType === 'string') {
      const k = messageKind(sent.messageType);
      if (k === 'IE3Fxx') return 'filing';
      if (k === 'IE3Axx') return 'amendment';
      if (k === 'IE3Q04') return 'invalidation';
      if (k === 'IE3R02' || k === 'IE3R03') return 'referral-answer';
      if (k === 'IE3N06') return 'arrival';
    }
  }
  if (state.status === 'lodged') return 'filing';
  if (state.status === 'amendment-pending') return 'amendment';
  if (state.status === 'invalidation-pending') return 'invalidation';
  if (messageType === 'IE3N99') {
    if (state.flags.referrals.some((r) => r.status === 'answered' && r.answeredBy !== undefined && /^IE3R0[23]$/.test(r.answeredBy)))
      return 'referral-answer';
    if (state.arrivalPending !== undefined) return 'arrival';
  }
  return undefined;
}

const STATUS_TEXT: Record<FilingStatus, string> = {
  draft: 'not lodged yet',
  lodged: 'lodged and waiting for the registration (IE3R01)',
  rejected: 'rejected (final: lodge a new filing)',
  registered: 'registered',
  'amendment-pending': 'waiting for the answer to an amendment',
  'invalidation-pending': 'waiting for the answer to an invalidation request',
  invalidated: 'invalidated (final)',
  arrived: 'arrived',
  'partially-arrived': 'partially arrived',
  'control-notified': 'notified of a customs control',
};

function outOfOrder(state: FilingState, row: Transition, messageType: string): ApplyResult {
  let why = `${messageType} cannot apply: the filing is ${STATUS_TEXT[state.status]}`;
  if (row.id === 'register' && state.mrn !== undefined) why = `a second IE3R01: the filing is already registered under MRN ${state.mrn}`;
  else if (row.id === 'amend' && state.status === 'lodged')
    why = 'an amendment before registration: wait for the IE3R01 (customs reject it as lifecycle events in the wrong order)';
  else if (row.id === 'amend' && state.status === 'control-notified')
    why = 'no amendment once customs notified a control (UCC Art. 129(1)(a))';
  else if (row.id === 'lodge') why = `the filing is already lodged (LRN ${state.lrn ?? '?'}): track a new filing for a new LRN`;
  return refused(state, 'out_of_order', why, messageType, row.source);
}

function rowFor(kind: string, ans?: Transition['answering'], kase?: Transition['case']): Transition | undefined {
  return TRANSITIONS.find(
    (t) => t.on === kind && (ans === undefined || t.answering === ans) && (kase === undefined || t.case === kase),
  );
}

function isArrivalPartial(state: FilingState): boolean {
  const n06 = state.arrivalPending?.value;
  if (n06 === undefined) return false;
  const mrns = list(n06, 'relatedMRN').map((x) => str(x, 'identification'));
  if (state.mrn !== undefined && mrns.includes(state.mrn)) return false;
  const docs = uniq(list(n06, 'relatedTransportDocument').map((d) => str(d, 'documentNumber')));
  if (docs.length === 0) return false;
  if (state.keys.masterDocuments.some((d) => docs.includes(d))) return false;
  const houses = state.keys.houseDocuments;
  return houses.length > 0 && houses.some((h) => !docs.includes(h));
}

function namesFiling(state: FilingState, n06: unknown): boolean {
  const mrns = list(n06, 'relatedMRN').map((x) => str(x, 'identification'));
  const docs = uniq(list(n06, 'relatedTransportDocument').map((d) => str(d, 'documentNumber')));
  if (mrns.length === 0 && docs.length === 0) return true; // matched by means of transport and estimated arrival
  if (state.mrn !== undefined && mrns.includes(state.mrn)) return true;
  return [...state.keys.masterDocuments, ...state.keys.houseDocuments].some((d) => docs.includes(d));
}

/**
 * Apply one message to a filing: a sent IE3Fxx, IE3Axx, IE3Q04, IE3R02, IE3R03, IE3N06 or IE3Q05, or a
 * received IE3R01, IE3N01-N10, IE3N99, IE3Q01-Q03, IE3R04, IE3R07 or IE3R08 (as `fromXml` returns them).
 * Returns the next state and what happened; the row of `TRANSITIONS` applied gives its source and evidence
 * level. An illegal or out-of-order message (an amendment before registration, a second IE3R01, a message
 * for another MRN) gives an error issue and the state unchanged. Never throws; the input is not mutated.
 *
 * @example
 * ```ts
 * let s = newFiling();
 * s = apply(s, { messageType: 'IE3F32', value: f32 }).state;                      // lodged
 * const r = apply(s, { messageType: 'IE3R01', value: { LRN: f32.LRN, MRN: '24DE12345678901TA0', registrationDate: '2024-04-12T10:00:00Z', SpecificCircumstanceIndicator: 'F32' } });
 * r.state.status; // 'registered'
 * r.happened;     // 'Registered under MRN 24DE12345678901TA0; valid until 2024-10-29T10:00:00Z unless it arrives'
 * ```
 */
export function apply(state: FilingState, message: LifecycleMessage): ApplyResult {
  try {
    return applyUnsafe(state, message);
  } catch (e) {
    return unchanged(
      state,
      [issue('unreadable_message', [], '', `The message could not be applied: ${e instanceof Error ? e.message : String(e)}`)],
      'Nothing: the message could not be read',
    );
  }
}

function applyUnsafe(state: FilingState, message: LifecycleMessage): ApplyResult {
  const messageType = prop(message, 'messageType');
  if (typeof messageType !== 'string' || !(messageTypes as readonly string[]).includes(messageType)) {
    return refused(state, 'unknown_message', `${String(messageType)} is not one of the 84 HTI messages`, String(messageType));
  }
  const value = prop(message, 'value');
  if (!isObj(value)) return refused(state, 'invalid_message', `${messageType} has no value`, messageType);
  const m: LifecycleMessage = { messageType, value };
  for (const k of ['messageId', 'refToMessageId', 'at'] as const) {
    const x = prop(message, k);
    if (typeof x === 'string') m[k] = x;
  }
  const kind = messageKind(messageType);
  if (kind === 'IE3N11') {
    return refused(
      state,
      'dossier_message',
      'IE3N11 tells a person not yet filed that it must file: it carries no MRN and belongs to a dossier (addToDossier), not to a filing',
      messageType,
      'ICD Table 12',
    );
  }
  // Identity: a message for another filing is not applied.
  const mrn = str(value, 'MRN');
  if (kind !== 'IE3Fxx' && kind !== 'IE3R04' && mrn !== undefined && state.mrn !== undefined && mrn !== state.mrn) {
    return refused(state, 'not_this_filing', `${messageType} is for MRN ${mrn}, this filing is ${state.mrn}`, messageType);
  }
  const lrn = str(value, 'LRN');
  if ((kind === 'IE3R01' || kind === 'IE3N01') && lrn !== undefined && state.lrn !== undefined && lrn !== state.lrn) {
    return refused(state, 'not_this_filing', `${messageType} is for LRN ${lrn}, this filing is ${state.lrn}`, messageType);
  }

  let ans: Transition['answering'];
  if (kind === 'IE3N99' || kind === 'IE3N01') {
    ans = answering(state, m, kind);
    if (ans === undefined) {
      return refused(state, 'out_of_order', `${messageType} answers no request pending on this filing (it is ${STATUS_TEXT[state.status]})`, messageType);
    }
  }
  let kase: Transition['case'];
  if (kind === 'IE3R04') kase = isArrivalPartial(state) ? 'partial' : 'whole';
  const row = rowFor(kind, ans, kase);
  if (row === undefined) {
    return refused(state, 'not_a_lifecycle_message', `${messageType} does not change a filing's lifecycle here`, messageType);
  }
  if (!row.from.includes(state.status)) return outOfOrder(state, row, messageType);

  const s: FilingState = jsonCopy(state);
  const at = dateOf(m);
  const issues: Issue[] = [];
  let happened = row.meaning;
  const toResume = (): void => {
    s.status = s.resumeStatus ?? 'registered';
    delete s.resumeStatus;
  };

  switch (row.id) {
    case 'lodge': {
      if (lrn === undefined) return refused(state, 'invalid_message', `${messageType} has no LRN`, messageType);
      s.messageType = messageType;
      s.filingType = str(value, 'SpecificCircumstanceIndicator') ?? `F${messageType.slice(4)}`;
      s.lrn = lrn;
      if (at !== undefined) s.lodgedAt = at;
      s.dataset = jsonCopy(value);
      s.keys = readKeys(value, s.keys);
      happened = `Lodged ${s.filingType} under LRN ${lrn}; waiting for IE3R01, IE3N01 or IE3N99`;
      break;
    }
    case 'register': {
      if (mrn === undefined) return refused(state, 'invalid_message', 'IE3R01 has no MRN', messageType);
      s.mrn = mrn;
      const reg = str(value, 'registrationDate') ?? at;
      if (reg !== undefined) {
        s.registeredAt = reg;
        const until = addDays(reg, VALIDITY_DAYS);
        if (until !== undefined) s.validUntil = until;
      }
      happened = `Registered under MRN ${mrn}${s.validUntil ? `; valid until ${s.validUntil} unless it arrives` : ''}`;
      break;
    }
    case 'reject-error':
    case 'reject-lifecycle': {
      const errors = list(value, 'error').map((e) => `${str(e, 'validationCode') ?? '?'} ${str(e, 'pointer', 'messageElementPath') ?? ''}`.trim());
      happened = `Rejected by ${messageType}${errors.length ? `: ${errors.slice(0, 5).join('; ')}${errors.length > 5 ? ` (+${errors.length - 5})` : ''}` : ''}. Fix the filing and lodge it again under a new LRN`;
      break;
    }
    case 'amend': {
      const code = s.filingType?.slice(1);
      if (code === undefined || messageType !== `IE3A${code}`) {
        return refused(
          state,
          'wrong_amendment_type',
          `${messageType} does not amend an ${s.filingType ?? 'unknown filing'}: the amendment must be its IE3A twin${code ? ` (IE3A${code})` : ''}${code === '25' ? '; an F25 has no amendment' : ''}`,
          messageType,
          'R3024',
        );
      }
      s.resumeStatus = state.status;
      const pending: PendingRequest = { messageType, value: jsonCopy(value) };
      if (m.messageId) pending.messageId = m.messageId;
      if (at) pending.at = at;
      const ref = str(value, 'referralRequestReference');
      if (ref !== undefined) {
        pending.referral = ref;
        const r = s.flags.referrals.find((x) => x.reference === ref && x.status === 'open');
        if (r) answer(r, messageType, at, m.messageId);
        else issues.push(issue('no_open_referral', ['value', 'referralRequestReference'], '/referralRequestReference', `No open referral ${ref}: customs will reject an answer to no request`, { severity: 'warning' }));
      }
      s.pending = pending;
      s.status = 'amendment-pending';
      happened = `Amendment ${messageType} sent${ref ? ` answering referral ${ref}` : ''}; waiting for IE3N10, IE3N01 or IE3N99`;
      break;
    }
    case 'amendment-accepted': {
      const amended = s.pending?.value;
      if (isObj(amended)) {
        const { MRN: _mrn, ...rest } = amended;
        s.dataset = { ...(s.lrn ? { LRN: s.lrn } : {}), ...rest };
        s.keys = readKeys(s.dataset, s.keys);
      }
      s.flags.assessmentComplete = [];
      delete s.pending;
      toResume();
      happened = 'Amendment accepted (IE3N10): the new dataset is in force; risk analysis runs again, so earlier assessment results are cleared';
      break;
    }
    case 'amendment-rejected-error':
    case 'amendment-rejected-lifecycle':
    case 'invalidation-rejected-error':
    case 'invalidation-rejected-lifecycle': {
      const ref = s.pending?.referral;
      if (ref !== undefined) {
        const r = s.flags.referrals.find((x) => x.reference === ref);
        if (r) reopen(r);
      }
      const what = s.pending?.messageType ?? 'request';
      delete s.pending;
      toResume();
      happened = `${what} ${row.id.startsWith('amendment') ? 'amendment' : 'invalidation request'} rejected by ${messageType}: the filing stays ${STATUS_TEXT[s.status]}${ref ? `; referral ${ref} is open again` : ''}`;
      break;
    }
    case 'invalidate': {
      s.resumeStatus = state.status;
      const pending: PendingRequest = { messageType, value: jsonCopy(value) };
      if (m.messageId) pending.messageId = m.messageId;
      if (at) pending.at = at;
      s.pending = pending;
      s.status = 'invalidation-pending';
      if (state.status !== 'registered') {
        issues.push(issue('invalidation_after_arrival', [], '', 'Invalidation after arrival: the legal condition is that the goods are not brought in (UCC Art. 129(2)); customs may refuse it', { severity: 'warning', ref: 'UCC129' }));
      }
      happened = 'Invalidation requested (IE3Q04); waiting for IE3R07, IE3N01 or IE3N99';
      break;
    }
    case 'invalidated': {
      delete s.pending;
      delete s.resumeStatus;
      happened = 'Invalidated (IE3R07): customs no longer process this filing';
      break;
    }
    case 'assessment-complete': {
      const parts = partsOf(prop(value, 'assessmentComplete'));
      addParts(s.flags.assessmentComplete, parts.length ? parts : [{ kind: 'whole' }]);
      happened = `Risk assessment complete for ${partText(parts)}`;
      break;
    }
    case 'do-not-load': {
      const parts = partsOf(prop(value, 'doNotLoadDetails'));
      const house = str(value, 'transportDocumentHouse', 'documentNumber');
      if (house !== undefined) addParts(parts, [{ kind: 'house', id: house }]);
      addParts(s.flags.doNotLoad, parts.length ? parts : [{ kind: 'whole' }]);
      happened = `Do-Not-Load for ${partText(parts)}: these must not be loaded`;
      break;
    }
    case 'request-information':
    case 'request-information-copy':
    case 'request-screening':
    case 'request-screening-copy': {
      const kindR: Referral['kind'] = row.id.startsWith('request-information') ? 'rfi' : 'hrcm';
      const copy = row.id.endsWith('-copy');
      const refs: string[] = [];
      for (const d of list(value, 'referralRequestDetails')) {
        const reference = str(d, 'referralRequestReference');
        if (reference === undefined) continue;
        refs.push(reference);
        const existing = s.flags.referrals.find((r) => r.reference === reference);
        if (existing && copy) continue;
        const r: Referral = existing ?? { reference, kind: kindR, status: 'open' };
        r.status = 'open';
        r.kind = kindR;
        const requestType = str(d, 'requestType');
        if (requestType !== undefined) r.requestType = requestType;
        const house = str(d, 'transportDocumentHouse', 'documentNumber');
        if (house !== undefined) r.house = house;
        const ms = str(value, 'responsibleMemberState', 'country');
        if (ms !== undefined) r.responsibleMemberState = ms;
        if (at !== undefined) r.raisedAt = at;
        if (copy) r.observedOnly = true;
        else delete r.observedOnly;
        delete r.answeredAt;
        delete r.answeredBy;
        if (!existing) s.flags.referrals.push(r);
      }
      const what = kindR === 'rfi' ? 'Request for information' : 'Screening request (HRCM)';
      happened = `${what}${copy ? " (carrier's copy, to observe)" : ''}: referral${refs.length === 1 ? '' : 's'} ${refs.join(', ')} open`;
      break;
    }
    case 'answer-information':
    case 'answer-screening': {
      const kindR: Referral['kind'] = row.id === 'answer-information' ? 'rfi' : 'hrcm';
      const named = uniq(collect(value, 'referralRequestReference').map((x) => (typeof x === 'string' ? x : undefined)));
      const open = s.flags.referrals.filter((r) => r.kind === kindR && r.status === 'open' && !r.observedOnly);
      let targets: Referral[];
      if (named.length > 0) {
        const missing = named.filter((n) => !open.some((r) => r.reference === n));
        if (missing.length > 0) {
          return refused(state, 'no_open_referral', `${messageType} answers ${missing.join(', ')}, which ${missing.length === 1 ? 'is' : 'are'} not an open ${kindR === 'rfi' ? 'request for information' : 'screening request'}: customs reject an answer with no matching request`, messageType, 'L4 T-03-01-03');
        }
        targets = open.filter((r) => named.includes(r.reference));
      } else if (open.length === 1) {
        targets = open;
      } else {
        return refused(state, open.length === 0 ? 'no_open_referral' : 'ambiguous_referral', open.length === 0 ? `${messageType}: no open ${kindR === 'rfi' ? 'request for information' : 'screening request'} to answer` : `${messageType} names no referral and ${open.length} are open (${open.map((r) => r.reference).join(', ')})`, messageType, 'L4 T-03-01-03');
      }
      for (const r of targets) answer(r, messageType, at, m.messageId);
      happened = `Referral${targets.length === 1 ? '' : 's'} ${targets.map((r) => r.reference).join(', ')} answered by ${messageType}`;
      break;
    }
    case 'answer-rejected': {
      const answered = s.flags.referrals.filter((r) => r.status === 'answered' && /^IE3R0[23]$/.test(r.answeredBy ?? ''));
      const byId = m.refToMessageId ? answered.filter((r) => r.answerMessageId === m.refToMessageId) : [];
      const targets = byId.length ? byId : answered.slice(-1);
      for (const r of targets) reopen(r);
      happened = `The answer to referral ${targets.map((r) => r.reference).join(', ')} was rejected (IE3N99): answer again`;
      break;
    }
    case 'not-complete': {
      const missing = uniq(list(value, 'supplementaryDeclarant').map((d) => str(d, 'identificationNumber')));
      s.flags.notComplete = { missing, ...(at ? { at } : {}) };
      happened = `ENS not complete: ${missing.length ? `still missing the filings of ${missing.join(', ')}` : 'filings still missing'}; a late filing or an amendment can still complete it`;
      break;
    }
    case 'notify-arrival': {
      if (!namesFiling(state, value)) {
        return refused(state, 'not_this_filing', 'The arrival notification names neither this MRN nor its transport documents', messageType);
      }
      const pending: PendingRequest = { messageType, value: jsonCopy(value) };
      if (m.messageId) pending.messageId = m.messageId;
      if (at) pending.at = at;
      s.arrivalPending = pending;
      const alrn = str(value, 'LRN');
      if (alrn !== undefined) s.keys.arrivalLrn = alrn;
      happened = `Arrival notified (IE3N06${alrn ? ` ${alrn}` : ''}); waiting for IE3R04 or IE3N99`;
      break;
    }
    case 'arrived':
    case 'partially-arrived': {
      if (state.arrivalPending === undefined && state.keys.arrivalLrn === undefined) {
        return refused(state, 'out_of_order', 'IE3R04 answers an arrival notification (IE3N06) that was not recorded for this filing', messageType);
      }
      if (lrn !== undefined && state.keys.arrivalLrn !== undefined && lrn !== state.keys.arrivalLrn) {
        return refused(state, 'not_this_filing', `IE3R04 is for the arrival notification ${lrn}, not ${state.keys.arrivalLrn}`, messageType);
      }
      if (mrn !== undefined) {
        // IE3R04 carries the arrival notification's MRN, not the filing's: the identity check above must not
        // have refused it, so it is handled here.
        s.keys.arrivalMrn = mrn;
      }
      delete s.arrivalPending;
      if (state.status === 'amendment-pending') {
        s.resumeStatus = row.to as FilingStatus;
        s.status = 'amendment-pending';
      }
      happened = `${row.id === 'arrived' ? 'Arrived' : 'Partially arrived (only some house consignments)'}: arrival notification registered${mrn ? ` under MRN ${mrn}` : ''}; the 200-day timer stops`;
      break;
    }
    case 'arrival-rejected': {
      delete s.arrivalPending;
      happened = 'The arrival notification was rejected (IE3N99): correct it and notify again';
      break;
    }
    case 'incorrect-state-at-arrival': {
      const parts: PartRef[] = uniq(list(value, 'transportDocumentHouse').map((d) => str(d, 'documentNumber'))).map((id) => ({ kind: 'house', id }));
      addParts(s.flags.incorrectStateAtArrival, parts.length ? parts : [{ kind: 'whole' }]);
      happened = `At arrival ${partText(parts)} ${parts.length > 1 ? 'were' : 'was'} in an incorrect state`;
      break;
    }
    case 'control':
    case 'aeo-control': {
      const notice: FilingState['flags']['controls'][number] = { messageType: messageType as 'IE3N08' | 'IE3N09' };
      if (at) notice.at = at;
      const office = str(value, 'customsOfficeOfControl', 'referenceNumber');
      if (office) notice.office = office;
      const sched = str(value, 'scheduledControlDate');
      if (sched) notice.scheduledAt = sched;
      s.flags.controls.push(notice);
      happened = `${row.id === 'control' ? 'Control at first entry' : 'Advance control notification (AEO)'}${office ? ` by office ${office}` : ''}: the goods will be controlled; the filing can no longer be amended`;
      break;
    }
    case 'consult': {
      const fr = str(value, 'functionalReference');
      if (fr !== undefined && !s.keys.functionalReferences.includes(fr)) s.keys.functionalReferences.push(fr);
      happened = `Consultation sent${fr ? ` (${fr})` : ''}`;
      break;
    }
    default:
      break;
  }
  if (row.to !== 'same' && row.to !== 'resume' && !(row.id.endsWith('arrived') && state.status === 'amendment-pending')) s.status = row.to;
  if (m.messageId !== undefined && !s.keys.messageIds.includes(m.messageId) && /^(IE3F|IE3A|IE3Q04|IE3R02|IE3R03|IE3N06|IE3Q05)/.test(messageType)) {
    s.keys.messageIds.push(m.messageId);
  }
  s.history.push({ transition: row.id, messageType, status: s.status, text: happened, evidence: row.evidence, ...(at ? { at } : {}) });
  s.log.push(jsonCopy(m));
  const out: ApplyResult = { state: s, changed: true, happened, transition: row.id, evidence: row.evidence, issues };
  if (row.note !== undefined) out.note = row.note;
  return out;
}

function answer(r: Referral, by: string, at: string | undefined, messageId: string | undefined): void {
  r.status = 'answered';
  r.answeredBy = by;
  if (at !== undefined) r.answeredAt = at;
  if (messageId !== undefined) r.answerMessageId = messageId;
}

function reopen(r: Referral): void {
  r.status = 'open';
  delete r.answeredAt;
  delete r.answeredBy;
  delete r.answerMessageId;
}

/**
 * The 200-day validity of a registered filing at `now` (UCC Art. 129(2)(b); BP35 RFT01): until when, whether
 * it expired, whether arrival stopped the timer. No message is sent at expiry (open question), so an
 * expired filing keeps its last state and this answer says to treat it as invalidated.
 *
 * @example
 * ```ts
 * validity(state, '2024-11-01T00:00:00Z'); // { validUntil: '2024-10-29T10:00:00Z', expired: true, stopped: false, ... }
 * ```
 */
export function validity(
  state: FilingState,
  now: string | Date,
): { validUntil?: string; expired: boolean; stopped: boolean; daysLeft?: number; text: string; evidence: Evidence; note: string } {
  const note = 'No HTI message is sent when the 200 days pass (open question 4): treat the filing as invalidated ("not deemed lodged").';
  const stopped = ['arrived', 'partially-arrived', 'control-notified'].includes(state.status) || state.history.some((h) => h.transition === 'arrived' || h.transition === 'partially-arrived');
  const nowMs = now instanceof Date ? now.getTime() : Date.parse(now);
  if (state.validUntil === undefined || Number.isNaN(nowMs)) {
    return { expired: false, stopped, text: state.validUntil === undefined ? 'Not registered: no validity timer runs' : 'now is not a valid time', evidence: 'confirmed', note };
  }
  const left = Date.parse(state.validUntil) - nowMs;
  const final = state.status === 'invalidated' || state.status === 'rejected';
  const expired = !stopped && !final && left < 0;
  const daysLeft = Math.floor(left / DAY_MS);
  const text = final
    ? `The filing is ${state.status}`
    : stopped
      ? 'Arrived: the 200-day timer stopped'
      : expired
        ? `Expired on ${state.validUntil}: treat the filing as invalidated`
        : `Valid until ${state.validUntil} (${daysLeft} days left) unless it arrives`;
  return { validUntil: state.validUntil, expired, stopped, ...(expired || stopped || final ? {} : { daysLeft }), text, evidence: 'confirmed', note };
}
