import { issue } from '../core/issue';
import type { Issue, Result } from '../core/issue';
import { apply, newFiling } from './apply';
import { FILING_STATES } from './types';
import type { FilingState, LifecycleMessage } from './types';
import { isObj, prop } from './values';

/**
 * Rebuild a filing from its message log: `apply` over each message from a new filing. Replaying a state's
 * `log` gives the same state (the log holds only messages that changed it). Never throws.
 *
 * @example
 * ```ts
 * const again = replayFiling(state.log).state;
 * JSON.stringify(again) === JSON.stringify(state); // true
 * ```
 */
export function replayFiling(log: readonly LifecycleMessage[]): { state: FilingState; issues: Issue[] } {
  let state = newFiling();
  const issues: Issue[] = [];
  const entries = Array.isArray(log) ? log : [];
  entries.forEach((m, i) => {
    const r = apply(state, m);
    state = r.state;
    for (const x of r.issues) issues.push({ ...x, path: ['log', i, ...x.path], pointer: `/log/${i}${x.pointer}` });
  });
  return { state, issues };
}

/**
 * Read a stored filing (plain JSON, `format: 'ics2-filing'`, `version: 1`): the state is rebuilt from its
 * log and must equal what was stored, so a stored state cannot drift from its messages. Never throws.
 *
 * @example
 * ```ts
 * const r = loadFiling(JSON.parse(JSON.stringify(state)));
 * if (r.ok) r.value.status; // as stored
 * ```
 */
export function loadFiling(json: unknown): Result<FilingState> {
  if (!isObj(json) || prop(json, 'format') !== 'ics2-filing') {
    return { ok: false, issues: [issue('invalid_format', ['format'], '/format', "Not a stored filing: expected format 'ics2-filing'")] };
  }
  if (prop(json, 'version') !== 1) {
    return { ok: false, issues: [issue('unsupported_version', ['version'], '/version', `Stored filing version ${String(prop(json, 'version'))} is not supported (expected 1)`)] };
  }
  const status = prop(json, 'status');
  if (!(FILING_STATES as readonly unknown[]).includes(status)) {
    return { ok: false, issues: [issue('invalid_value', ['status'], '/status', `Unknown state ${String(status)}`)] };
  }
  const log = prop(json, 'log');
  if (!Array.isArray(log)) return { ok: false, issues: [issue('missing', ['log'], '/log', 'A stored filing needs its message log')] };
  const { state, issues } = replayFiling(log as LifecycleMessage[]);
  if (JSON.stringify(state) !== JSON.stringify(json)) {
    return {
      ok: false,
      issues: [...issues, issue('replay_mismatch', [], '', 'The stored state differs from the state its message log gives: it was edited or comes from another version')],
    };
  }
  return issues.length ? { ok: true, value: state, issues } : { ok: true, value: state };
}
