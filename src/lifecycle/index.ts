/**
 * `ics2/lifecycle`: the life of a filing and of a whole ENS. A state machine driven by the messages
 * themselves (`apply`), correlation of received messages, guards and actions (amend, invalidate, answer
 * referrals), and a dossier of the linked filings of one shipment with its completeness. Pure functions,
 * plain versioned JSON, no I/O.
 */
export { apply, newFiling, validity, messageKind } from './apply';
export type { ApplyResult } from './apply';
export { TRANSITIONS, transition } from './transitions';
export type { Transition } from './transitions';
export { FILING_STATES } from './types';
export type {
  Evidence,
  LifecycleMessage,
  FilingStatus,
  PartRef,
  Referral,
  ControlNotice,
  FilingFlags,
  FilingKeys,
  PendingRequest,
  HistoryEntry,
  FilingState,
} from './types';
export { replayFiling, loadFiling } from './replay';
export { correlate } from './correlate';
export type { Correlation, CorrelationKey } from './correlate';
export { canAmend, canInvalidate } from './guards';
export type { Guard } from './guards';
export { nonAmendableElements } from './nonAmendable';
export type { NonAmendableElement } from './nonAmendable';
export { amend, invalidate, answerRfi, answerHrcm } from './actions';
export type { BuiltMessage, ActionOptions } from './actions';
export { readKeys } from './keys';
export { newDossier, addToDossier, replayDossier, loadDossier, dossierReport } from './dossier';
export type { Dossier, DossierShipment, DossierNotice, DossierUpdate, MissingFiling, Disagreement, DossierReport } from './dossier';
