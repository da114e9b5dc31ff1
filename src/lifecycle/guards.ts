import type { Evidence, FilingState } from './types';

/**
 * The answer of a guard: allowed or not, why not, with the evidence level of the rule applied and
 * warnings where the action is allowed but risky.
 *
 * @example
 * ```ts
 * const g: Guard = { ok: false, code: 'not_registered', reason: 'Wait for the IE3R01', evidence: 'confirmed', source: 'BP35 GET04' };
 * ```
 */
export interface Guard {
  ok: boolean;
  code?: string;
  reason?: string;
  warning?: string;
  evidence: Evidence;
  source: string;
}

/**
 * May this filing be amended now? Needs a registered filing (MRN) with no request pending, not controlled,
 * not invalidated; an F25 has no amendment message. Arrival does not block it.
 *
 * @example
 * ```ts
 * canAmend(lodgedState); // { ok: false, code: 'not_registered', reason: 'Not registered yet: ...', ... }
 * ```
 */
export function canAmend(state: FilingState): Guard {
  const source = 'BP35 GET04; UCC129 para. 1; ICD Annex 1';
  if (state.filingType === 'F25') {
    return { ok: false, code: 'no_amendment_message', reason: 'An F25 has no amendment message (no IE3A25): invalidate it and lodge a new one', evidence: 'confirmed', source };
  }
  switch (state.status) {
    case 'draft':
      return { ok: false, code: 'not_lodged', reason: 'Not lodged yet: change the filing before lodging it', evidence: 'confirmed', source };
    case 'lodged':
      return { ok: false, code: 'not_registered', reason: 'Not registered yet: wait for the IE3R01 (an amendment sent earlier is rejected as out of order)', evidence: 'confirmed', source: 'BP35 GET04; CC 92' };
    case 'rejected':
      return { ok: false, code: 'rejected', reason: 'The filing was rejected: correct it and lodge a new filing', evidence: 'confirmed', source: 'ICD reply scenario 2b/2c' };
    case 'invalidated':
      return { ok: false, code: 'invalidated', reason: 'The filing is invalidated', evidence: 'confirmed', source: 'BP35 IFT02' };
    case 'amendment-pending':
      return { ok: false, code: 'request_pending', reason: 'An amendment is waiting for its answer (IE3N10, IE3N01 or IE3N99)', evidence: 'inference', source: 'ICD §3.1.3' };
    case 'invalidation-pending':
      return { ok: false, code: 'request_pending', reason: 'An invalidation request is waiting for its answer', evidence: 'inference', source: 'ICD §3.1.4' };
    case 'control-notified':
      return { ok: false, code: 'control_notified', reason: 'Customs notified a control (IE3N08/IE3N09): the particulars can no longer be amended', evidence: 'confirmed', source: 'UCC129 para. 1(a); BP35 GET04' };
    case 'arrived':
    case 'partially-arrived':
      return { ok: true, warning: 'The goods have arrived: amendment is still allowed until customs announce a control or the goods are presented (our reading)', evidence: 'inference', source };
    default:
      return { ok: true, evidence: 'confirmed', source };
  }
}

/**
 * May this filing be invalidated now? Needs a registered filing with no request pending, before control
 * and presentation; after arrival it is allowed with a warning (the legal condition is that the goods are
 * not brought in).
 *
 * @example
 * ```ts
 * canInvalidate(registeredState); // { ok: true, evidence: 'confirmed', ... }
 * ```
 */
export function canInvalidate(state: FilingState): Guard {
  const source = 'BP35 GET04; UCC129 para. 2';
  switch (state.status) {
    case 'draft':
      return { ok: false, code: 'not_lodged', reason: 'Not lodged: nothing to invalidate', evidence: 'confirmed', source };
    case 'lodged':
      return { ok: false, code: 'not_registered', reason: 'Not registered yet: wait for the IE3R01 (the invalidation needs the MRN)', evidence: 'confirmed', source };
    case 'rejected':
      return { ok: false, code: 'rejected', reason: 'A rejected filing was never registered: nothing to invalidate', evidence: 'confirmed', source: 'ICD reply scenario 2b/2c' };
    case 'invalidated':
      return { ok: false, code: 'invalidated', reason: 'Already invalidated', evidence: 'confirmed', source: 'BP35 IFT02' };
    case 'amendment-pending':
    case 'invalidation-pending':
      return { ok: false, code: 'request_pending', reason: 'A request is waiting for its answer', evidence: 'inference', source: 'ICD §3.1.3-3.1.4' };
    case 'control-notified':
      return { ok: false, code: 'control_notified', reason: 'Customs notified a control: invalidation is blocked (our reading)', evidence: 'inference', source };
    case 'arrived':
    case 'partially-arrived':
      return { ok: true, warning: 'The goods have arrived: the legal condition for invalidation is that they are not brought in (UCC Art. 129(2)); customs may refuse (open question 8)', evidence: 'open', source };
    default:
      return { ok: true, evidence: 'confirmed', source };
  }
}
