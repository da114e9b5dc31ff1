import type { Evidence, FilingStatus } from './types';

/**
 * One row of the filing state machine: on which message, from which states, into which state (`same`: the
 * state stays and only flags change; `resume`: back to the state before the pending request), what it
 * means, its source (ids of `LIFECYCLE.md` §0) and its evidence level.
 *
 * @example
 * ```ts
 * const t = TRANSITIONS.find((r) => r.id === 'register');
 * t?.evidence; // 'confirmed'
 * ```
 */
export interface Transition {
  id: string;
  /** The message: an id (`IE3R01`), or `IE3Fxx` / `IE3Axx` for any filing / amendment. */
  on: string;
  /** What the message answers, where one message has several meanings (IE3N99, IE3N01). */
  answering?: 'filing' | 'amendment' | 'invalidation' | 'referral-answer' | 'arrival';
  /** Which case of the message, where its content decides (IE3R04: the whole filing or only some houses). */
  case?: 'whole' | 'partial';
  from: readonly FilingStatus[];
  to: FilingStatus | 'same' | 'resume';
  meaning: string;
  source: string;
  evidence: Evidence;
  /** Why the evidence is not `confirmed`, or which part of the row is our reading. */
  note?: string;
}

/** States in which customs still process the filing and may notify about it. */
const LIVE: readonly FilingStatus[] = [
  'registered',
  'amendment-pending',
  'invalidation-pending',
  'arrived',
  'partially-arrived',
  'control-notified',
];
const BEFORE_CONTROL: readonly FilingStatus[] = ['registered', 'arrived', 'partially-arrived'];

/**
 * The filing state machine as data (`docs/lifecycle.md` draws it). `apply` looks up the row for the
 * message and the current state; a message whose row does not list the current state is out of order.
 *
 * @example
 * ```ts
 * TRANSITIONS.filter((t) => t.on === 'IE3N99').map((t) => t.answering); // ['filing', 'amendment', ...]
 * ```
 */
export const TRANSITIONS: readonly Transition[] = [
  {
    id: 'lodge',
    on: 'IE3Fxx',
    from: ['draft'],
    to: 'lodged',
    meaning: 'The filing was lodged (sent) under its LRN.',
    source: 'ICD §3.1; BP35 GET01',
    evidence: 'confirmed',
  },
  {
    id: 'register',
    on: 'IE3R01',
    from: ['lodged'],
    to: 'registered',
    meaning: 'Registered: customs gave the MRN; the 200-day validity timer starts.',
    source: 'ICD reply scenario 2a, Table 12; BP35 GET02, RFT01; UCC129 para. 2(b)',
    evidence: 'confirmed',
    note: 'Only IE3R01 means registered (an MRN may exist internally while the filing still fails): our reading of ICD 2a-2c.',
  },
  {
    id: 'reject-error',
    on: 'IE3N99',
    answering: 'filing',
    from: ['lodged'],
    to: 'rejected',
    meaning: 'Rejected: syntax, semantic or data-quality errors. Fix them and lodge a new filing.',
    source: 'ICD reply scenario 2c, §4.5; L4 T-01-01, T-01-06; BP35 GET01',
    evidence: 'confirmed',
  },
  {
    id: 'reject-lifecycle',
    on: 'IE3N01',
    answering: 'filing',
    from: ['lodged'],
    to: 'rejected',
    meaning: 'Rejected by lifecycle validation: key data not unique, or the ENS is in a state that does not allow it.',
    source: 'ICD reply scenario 2b; BP35 GET04; L4-01 p8',
    evidence: 'confirmed',
  },
  {
    id: 'amend',
    on: 'IE3Axx',
    from: BEFORE_CONTROL,
    to: 'amendment-pending',
    meaning: 'Amendment sent: a complete new dataset under the MRN, waiting for IE3N10, IE3N01 or IE3N99.',
    source: 'ICD §3.1.3; BP35 GET04, AFT01-03; UCC129 para. 1',
    evidence: 'confirmed',
    note: 'That arrival alone does not block an amendment is our reading: neither BP35 GET04 nor UCC Art. 129(1) lists it.',
  },
  {
    id: 'amendment-accepted',
    on: 'IE3N10',
    from: ['amendment-pending'],
    to: 'resume',
    meaning: 'Amendment accepted: the new dataset replaces the old one and risk analysis runs again.',
    source: 'ICD Table 12; BP35 AFT03; HLS002 start event AFE03',
    evidence: 'confirmed',
  },
  {
    id: 'amendment-rejected-error',
    on: 'IE3N99',
    answering: 'amendment',
    from: ['amendment-pending'],
    to: 'resume',
    meaning: 'Amendment rejected (errors): the filing stays as it was.',
    source: 'HLS006; L4 T-07-03, T-07-05, T-07-14',
    evidence: 'confirmed',
  },
  {
    id: 'amendment-rejected-lifecycle',
    on: 'IE3N01',
    answering: 'amendment',
    from: ['amendment-pending'],
    to: 'resume',
    meaning: 'Amendment refused by lifecycle validation (wrong state, non-amendable data): the filing stays as it was.',
    source: 'HLS006; BP35 GET04; L4 T-07-05',
    evidence: 'confirmed',
  },
  {
    id: 'invalidate',
    on: 'IE3Q04',
    from: BEFORE_CONTROL,
    to: 'invalidation-pending',
    meaning: 'Invalidation requested: waiting for IE3R07, IE3N01 or IE3N99.',
    source: 'BP35 GET04, IFT01-03; UCC129 para. 2',
    evidence: 'confirmed',
    note: 'After arrival the system may accept it (state before presented) though the legal condition is "goods not brought in": open question 8.',
  },
  {
    id: 'invalidated',
    on: 'IE3R07',
    from: ['invalidation-pending'],
    to: 'invalidated',
    meaning: 'Invalidated: the filing is no longer processed (final).',
    source: 'ICD Table 12; BP35 IFT02',
    evidence: 'confirmed',
  },
  {
    id: 'invalidation-rejected-error',
    on: 'IE3N99',
    answering: 'invalidation',
    from: ['invalidation-pending'],
    to: 'resume',
    meaning: 'Invalidation request rejected (errors): the filing stays valid.',
    source: 'L4 T-08-02, T-08-04',
    evidence: 'confirmed',
  },
  {
    id: 'invalidation-rejected-lifecycle',
    on: 'IE3N01',
    answering: 'invalidation',
    from: ['invalidation-pending'],
    to: 'resume',
    meaning: 'Invalidation refused by lifecycle validation: the filing stays valid.',
    source: 'L4 T-08-02, T-08-04; BP35 GET04',
    evidence: 'confirmed',
  },
  {
    id: 'assessment-complete',
    on: 'IE3N03',
    from: LIVE,
    to: 'same',
    meaning: 'Risk assessment complete (for the parts named, or the whole filing).',
    source: 'ICD Table 12; IE IE3N03',
    evidence: 'confirmed',
    note: 'Sent only if the filer asked for it at enrolment: its absence does not mean "not assessed"; repetition per part and after amendments is our reading.',
  },
  {
    id: 'do-not-load',
    on: 'IE3Q01',
    from: LIVE,
    to: 'same',
    meaning: 'Do-Not-Load: the parts named must not be loaded.',
    source: 'ICD Table 12; RC R3025',
    evidence: 'confirmed',
    note: 'Sticky: no message lifts a Do-Not-Load (our reading of the catalogue).',
  },
  {
    id: 'request-information',
    on: 'IE3Q02',
    from: LIVE,
    to: 'same',
    meaning: 'Request for information: answer each referral by IE3R02, or by amendment where asked.',
    source: 'ICD Table 12; IE IE3Q02; HLS003',
    evidence: 'confirmed',
  },
  {
    id: 'request-information-copy',
    on: 'IE3N04',
    from: LIVE,
    to: 'same',
    meaning: "Carrier's copy of a request for information: observe; the person filing answers.",
    source: 'ICD Table 12',
    evidence: 'confirmed',
  },
  {
    id: 'request-screening',
    on: 'IE3Q03',
    from: LIVE,
    to: 'same',
    meaning: 'High-risk cargo and mail screening request: screen the house consignments named and answer by IE3R03.',
    source: 'ICD Table 12; IE IE3Q03; HLS003',
    evidence: 'confirmed',
  },
  {
    id: 'request-screening-copy',
    on: 'IE3N05',
    from: LIVE,
    to: 'same',
    meaning: "Carrier's copy of a screening request: observe.",
    source: 'ICD Table 12',
    evidence: 'confirmed',
  },
  {
    id: 'answer-information',
    on: 'IE3R02',
    from: LIVE,
    to: 'same',
    meaning: 'Request for information answered.',
    source: 'ICD Table 12; L4 T-03-01-03',
    evidence: 'confirmed',
    note: 'One answer per referral is our reading.',
  },
  {
    id: 'answer-screening',
    on: 'IE3R03',
    from: LIVE,
    to: 'same',
    meaning: 'Screening request answered.',
    source: 'ICD Table 12; IE IE3R03',
    evidence: 'confirmed',
  },
  {
    id: 'answer-rejected',
    on: 'IE3N99',
    answering: 'referral-answer',
    from: LIVE,
    to: 'same',
    meaning: 'The referral answer was rejected: the referral is open again.',
    source: 'L4 T-03-01-06',
    evidence: 'confirmed',
  },
  {
    id: 'not-complete',
    on: 'IE3N02',
    from: LIVE,
    to: 'same',
    meaning: 'ENS not complete: the linking timer expired and these supplementary declarants have not filed.',
    source: 'ICD Table 12; BP35 PET13; L4 T-02-01-01',
    evidence: 'confirmed',
    note: 'Not terminal: a late filing or an amendment re-enters linking (our reading of HLS002); whether IE3N02 repeats is open.',
  },
  {
    id: 'notify-arrival',
    on: 'IE3N06',
    from: LIVE,
    to: 'same',
    meaning: 'The carrier notified the arrival of the means of transport naming this filing.',
    source: 'BP35 GET05; L4-04 p4',
    evidence: 'confirmed',
  },
  {
    id: 'arrived',
    on: 'IE3R04',
    case: 'whole',
    from: ['registered', 'amendment-pending', 'partially-arrived'],
    to: 'arrived',
    meaning: 'Arrival registered: the filing has arrived (or partially arrived, for a split shipment); the 200-day timer stops.',
    source: 'BP35 GET05, ANT01, ANT02; L4 T-04-03, T-04-05',
    evidence: 'inference',
    note: 'IE3R04 answers the arrival notification, not the filing: that the filing is arrived once the notification naming it is registered is our reading; the person filing gets no message. "Partially" when the notification names only some of its house documents (our reading).',
  },
  {
    id: 'partially-arrived',
    on: 'IE3R04',
    case: 'partial',
    from: ['registered', 'amendment-pending', 'partially-arrived'],
    to: 'partially-arrived',
    meaning: 'Arrival registered for some of the house consignments only: the filing is partially arrived (split shipment).',
    source: 'BP35 GET05',
    evidence: 'inference',
    note: 'BP35 GET05 names the state "partially arrived" for split shipments; deciding it from the house documents the arrival notification lists is our reading.',
  },
  {
    id: 'arrival-rejected',
    on: 'IE3N99',
    answering: 'arrival',
    from: LIVE,
    to: 'same',
    meaning: 'The arrival notification was rejected: not registered, the filing has not arrived.',
    source: 'L4-04 p4, p5',
    evidence: 'confirmed',
  },
  {
    id: 'incorrect-state-at-arrival',
    on: 'IE3N07',
    from: LIVE,
    to: 'same',
    meaning: 'At arrival the ENS (or the house consignments named) was in an incorrect state.',
    source: 'BP35 ANT01; L4 T-04-06, T-04-29',
    evidence: 'confirmed',
  },
  {
    id: 'control',
    on: 'IE3N08',
    from: ['registered', 'arrived', 'partially-arrived', 'control-notified'],
    to: 'control-notified',
    meaning: 'Customs will control the goods at first entry: no amendment from now on.',
    source: 'L4-04 p6; T-04-07; UCC129 para. 1(a)',
    evidence: 'confirmed',
    note: 'That invalidation is also blocked is our reading.',
  },
  {
    id: 'aeo-control',
    on: 'IE3N09',
    from: ['registered', 'arrived', 'partially-arrived', 'control-notified'],
    to: 'control-notified',
    meaning: 'Advance control notification to an AEO: the goods will be controlled.',
    source: 'ICD Table 12; HLS003 RAT27',
    evidence: 'inference',
    note: 'That it blocks amendment like IE3N08 is our reading of UCC Art. 129(1)(a).',
  },
  {
    id: 'consult',
    on: 'IE3Q05',
    from: LIVE,
    to: 'same',
    meaning: 'Consultation sent.',
    source: 'ICD Table 12; RC R3028',
    evidence: 'confirmed',
  },
  {
    id: 'consultation-results',
    on: 'IE3R08',
    from: LIVE,
    to: 'same',
    meaning: 'Consultation results: only what was exchanged with the requester, notifications of the last 30 days.',
    source: 'ICD; L4 T-13-02',
    evidence: 'confirmed',
  },
];

/**
 * The row of {@link TRANSITIONS} by id.
 *
 * @example
 * ```ts
 * transition('invalidated').to; // 'invalidated'
 * ```
 */
export function transition(id: string): Transition {
  const t = TRANSITIONS.find((r) => r.id === id);
  if (t === undefined) throw new Error(`unknown transition ${id}`);
  return t;
}
