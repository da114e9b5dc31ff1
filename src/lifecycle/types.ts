/**
 * The shapes of `ics2/lifecycle`: the messages it is driven by, the state of one filing, and the evidence
 * level every answer carries. Everything is plain JSON (strings, numbers, arrays, objects), versioned.
 */

/**
 * How sure the lifecycle is of a fact, as `LIFECYCLE.md` marks it: `confirmed` (official DG TAXUD or legal
 * text), `secondary` (vendor, carrier or national help page), `inference` (our reading of the official
 * material) or `open` (no source found).
 *
 * @example
 * ```ts
 * const e: Evidence = 'inference';
 * ```
 */
export type Evidence = 'confirmed' | 'secondary' | 'inference' | 'open';

/**
 * One message of a filing's life, sent or received, as `fromXml` returns it (`{ messageType, value }`),
 * optionally with the AS4 ids: `messageId` of a message sent, `refToMessageId` (`eb:RefToMessageId`) of a
 * reply, which tells which request an IE3N99 or IE3N01 answers. `at` (UTC) overrides the date read from
 * the message.
 *
 * @example
 * ```ts
 * const m: LifecycleMessage = { messageType: 'IE3R01', value: { LRN: 'L1', MRN: '24DE12345678901TA0', registrationDate: '2024-04-12T10:00:00Z', SpecificCircumstanceIndicator: 'F32' } };
 * ```
 */
export interface LifecycleMessage {
  messageType?: string;
  value?: unknown;
  messageId?: string;
  refToMessageId?: string;
  at?: string;
}

/**
 * The states of one filing (one LRN, later one MRN). `draft` is the state before the filing is lodged.
 *
 * @example
 * ```ts
 * FILING_STATES.includes('registered'); // true
 * ```
 */
export const FILING_STATES = [
  'draft',
  'lodged',
  'rejected',
  'registered',
  'amendment-pending',
  'invalidation-pending',
  'invalidated',
  'arrived',
  'partially-arrived',
  'control-notified',
] as const;

/**
 * One of {@link FILING_STATES}.
 *
 * @example
 * ```ts
 * const s: FilingStatus = 'amendment-pending';
 * ```
 */
export type FilingStatus = (typeof FILING_STATES)[number];

/**
 * A part of a filing a notification names: a house transport document, a master document, a postal
 * receptacle, a container, or the whole filing.
 *
 * @example
 * ```ts
 * const p: PartRef = { kind: 'house', id: 'HAWB-1' };
 * ```
 */
export interface PartRef {
  kind: 'whole' | 'house' | 'master' | 'receptacle' | 'container';
  id?: string;
}

/**
 * A referral: a request for information (IE3Q02, `rfi`) or a high-risk cargo and mail screening request
 * (IE3Q03, `hrcm`), by its `referralRequestReference`. `observedOnly` when only the carrier's copy (IE3N04,
 * IE3N05) was seen: the carrier cannot answer it.
 *
 * @example
 * ```ts
 * const r: Referral = { reference: 'RFI-1', kind: 'rfi', status: 'open', raisedAt: '2024-04-12T11:00:00Z' };
 * ```
 */
export interface Referral {
  reference: string;
  kind: 'rfi' | 'hrcm';
  status: 'open' | 'answered';
  requestType?: string;
  /** The house transport document the referral is about, when named. */
  house?: string;
  /** The Member State that asked (for the answer's `responsibleMemberState`). */
  responsibleMemberState?: string;
  raisedAt?: string;
  answeredAt?: string;
  /** The message that answered: IE3R02, IE3R03 or an IE3Axx carrying the reference. */
  answeredBy?: string;
  /** The AS4 id of the answer, when given. */
  answerMessageId?: string;
  observedOnly?: boolean;
}

/**
 * A control announced by IE3N08 (control at first entry) or IE3N09 (advance control notification to an AEO).
 *
 * @example
 * ```ts
 * const c: ControlNotice = { messageType: 'IE3N08', at: '2024-04-14T08:00:00Z', office: 'DE004851' };
 * ```
 */
export interface ControlNotice {
  messageType: 'IE3N08' | 'IE3N09';
  at?: string;
  office?: string;
  scheduledAt?: string;
}

/**
 * The flags kept beside the state; they can combine.
 *
 * @example
 * ```ts
 * const f: FilingFlags = { assessmentComplete: [], doNotLoad: [{ kind: 'house', id: 'H1' }], referrals: [], incorrectStateAtArrival: [], controls: [] };
 * ```
 */
export interface FilingFlags {
  /** Parts the risk assessment completed for (IE3N03); `whole` when the notification names no part. */
  assessmentComplete: PartRef[];
  /** Do-Not-Load (IE3Q01) per part; sticky: no message lifts it. */
  doNotLoad: PartRef[];
  referrals: Referral[];
  /** House documents (or the whole filing) in an incorrect state at arrival (IE3N07). */
  incorrectStateAtArrival: PartRef[];
  /** IE3N02 received: the still-missing supplementary declarants (EORIs). */
  notComplete?: { at?: string; missing: string[] };
  controls: ControlNotice[];
}

/**
 * What identifies a filing, read from its messages: the keys correlation uses.
 *
 * @example
 * ```ts
 * const k: FilingKeys = { masterDocuments: ['MBL1'], houseDocuments: ['HBL1'], supplementaryDeclarants: [], receptacles: [], containers: [], messageIds: [], functionalReferences: [] };
 * ```
 */
export interface FilingKeys {
  masterDocuments: string[];
  houseDocuments: string[];
  carrier?: string;
  declarant?: string;
  representative?: string;
  officeOfFirstEntry?: string;
  supplementaryDeclarants: string[];
  receptacles: string[];
  containers: string[];
  /** AS4 ids of every message sent for this filing. */
  messageIds: string[];
  /** Functional references of consultations (IE3Q05) sent. */
  functionalReferences: string[];
  /** The carrier's arrival notification (IE3N06) naming this filing, and its MRN once registered. */
  arrivalLrn?: string;
  arrivalMrn?: string;
}

/**
 * What a sent request still waits for: an amendment (IE3Axx), an invalidation (IE3Q04) or an arrival
 * notification (IE3N06).
 *
 * @example
 * ```ts
 * const p: PendingRequest = { messageType: 'IE3Q04', at: '2024-04-13T08:00:00Z' };
 * ```
 */
export interface PendingRequest {
  messageType: string;
  value?: unknown;
  messageId?: string;
  at?: string;
  /** The referral an amendment answers. */
  referral?: string;
}

/**
 * One line of a filing's history: which transition fired, on which message, what it means.
 *
 * @example
 * ```ts
 * const h: HistoryEntry = { transition: 'register', messageType: 'IE3R01', status: 'registered', text: 'Registered under MRN 24DE...', evidence: 'confirmed' };
 * ```
 */
export interface HistoryEntry {
  transition: string;
  messageType: string;
  status: FilingStatus;
  text: string;
  evidence: Evidence;
  at?: string;
}

/**
 * The state of one filing: plain, versioned JSON that `replayFiling(state.log)` rebuilds exactly.
 *
 * @example
 * ```ts
 * import { newFiling } from 'ics2/lifecycle';
 * const s: FilingState = newFiling();
 * s.status; // 'draft'
 * ```
 */
export interface FilingState {
  format: 'ics2-filing';
  version: 1;
  status: FilingStatus;
  /** For a pending state: the state to return to when the request fails (or, for amendments, succeeds). */
  resumeStatus?: FilingStatus;
  /** The filing message (`IE3F32`) and its type (`F32`). */
  messageType?: string;
  filingType?: string;
  lrn?: string;
  mrn?: string;
  lodgedAt?: string;
  registeredAt?: string;
  /** Registration + 200 days (UCC Art. 129(2)(b); BP35 RFT01). Stopped by arrival. */
  validUntil?: string;
  /** The dataset in force: the filing as lodged, replaced by each accepted amendment. */
  dataset?: unknown;
  pending?: PendingRequest;
  arrivalPending?: PendingRequest;
  keys: FilingKeys;
  flags: FilingFlags;
  history: HistoryEntry[];
  /** Every message that changed this state, in order. */
  log: LifecycleMessage[];
}
