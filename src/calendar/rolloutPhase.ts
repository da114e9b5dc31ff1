import { TZDate } from '@date-fns/tz';
import { format } from 'date-fns';
import { issue } from '../core/issue';
import type { Issue, Result } from '../core/issue';
import { RELEASES, ROLLOUT_ASSIGNMENTS, ROLLOUT_LATER, ROLLOUT_TIME_ZONE, ROLLOUT_TRACKS } from './data';
import type {
  Citation,
  Confidence,
  FilingRole,
  InterfaceVersion,
  ReleaseId,
  RolloutTrack,
  RolloutTrackId,
  Transport,
} from './data';
import { caveatsOf, uniqueCitations, weakestConfidence } from './legalBasis';
import { parseTimeInput } from './parseTimeInput';
import type { TimeInput } from './parseTimeInput';

/**
 * The modes {@link rolloutPhase} knows. `express` and `postal` travel by air unless `means` says otherwise.
 *
 * @example
 * ```ts
 * const m: RolloutMode = 'postal';
 * ```
 */
export type RolloutMode = 'sea' | 'inland-waterways' | 'air' | 'express' | 'postal' | 'road' | 'rail';

/**
 * A calendar day `YYYY-MM-DD`, or an instant (read as a calendar day in Europe/Brussels).
 *
 * @example
 * ```ts
 * const d: RolloutDate = '2024-09-01';
 * ```
 */
export type RolloutDate = string | TimeInput;

/**
 * The input of {@link rolloutPhase}.
 *
 * @example
 * ```ts
 * const i: RolloutPhaseInput = { mode: 'express', means: 'road', role: 'express-operator', date: '2025-05-01' };
 * ```
 */
export type RolloutPhaseInput =
  | { mode: 'sea' | 'inland-waterways' | 'air' | 'road' | 'rail'; role: FilingRole; date: RolloutDate }
  | { mode: 'express'; role: FilingRole; date: RolloutDate; /** Default `air`. */ means?: 'air' | 'road' }
  | { mode: 'postal'; role: FilingRole; date: RolloutDate; /** Default `air`. */ means?: Transport };

/**
 * Where one roll-out track stood on the date asked.
 *
 * @example
 * ```ts
 * const s: RolloutTrackStatus = { track: 'r3-road-rail', release: 'R3', operators: '...', goLive: '2025-04-01', windowEnd: '2025-09-01', status: 'deployment-window' };
 * ```
 */
export interface RolloutTrackStatus {
  track: RolloutTrackId;
  release: ReleaseId;
  operators: string;
  goLive: string;
  windowEnd: string | null;
  status: 'not-live' | 'deployment-window' | 'mandatory';
}

/**
 * The ICS2 roll-out position of a mode and role on a date.
 *
 * @example
 * ```ts
 * const r = rolloutPhase({ mode: 'sea', role: 'carrier', date: '2024-09-01' });
 * if (r.ok) r.value.status; // 'deployment-window'
 * ```
 */
export interface RolloutPhase {
  mode: RolloutMode;
  role: FilingRole;
  /** The means of transport used (for express and postal, `means` or the default `air`). */
  transport: Transport;
  /** The calendar day evaluated, `YYYY-MM-DD`. */
  date: string;
  /** The latest release live for this mode and role on that day; `null` before the first. */
  release: ReleaseId | null;
  /** The status of that release's track. */
  status: 'not-live' | 'deployment-window' | 'mandatory';
  /** The deployment window of that track (or, before go-live, of the next track). Windows were granted on request only. */
  deploymentWindow: {
    start: string;
    end: string;
    open: boolean;
    onRequestOnly: true;
    citation: Citation;
  } | null;
  /** ICS2 filing was mandatory for EVERY operator of this mode and role (no window could still apply). */
  mandatory: boolean;
  /** ICS2 filing was mandatory unless the operator had been granted a deployment window. */
  mandatoryUnlessWindowGranted: boolean;
  /** The AS4 interface version (agreement) of that release; `null` before the first. */
  interfaceVersion: InterfaceVersion | null;
  /** What the release covers. */
  scope: string | null;
  /** Every track of this mode and role. */
  tracks: RolloutTrackStatus[];
  /** The next roll-out event after the date, if any. */
  next?: { date: string; event: string };
  explanation: string;
  citations: Citation[];
  confidence: Confidence;
  caveats: string[];
  /** The day evaluated when it is the end date of a deployment window: whether that day is inside is uncertain (confidence `unverified`). */
  uncertainDay?: string;
}

const MODES: readonly RolloutMode[] = ['sea', 'inland-waterways', 'air', 'express', 'postal', 'road', 'rail'];
const ROLES: readonly FilingRole[] = [
  'carrier',
  'house-filer',
  'consignee',
  'express-operator',
  'postal-operator',
];
const TRANSPORTS: readonly Transport[] = ['air', 'sea', 'inland-waterways', 'road', 'rail'];
const DAY_RE = /^(\d{4})-(\d{2})-(\d{2})$/;
const RANK: Record<Confidence, number> = { confirmed: 0, secondary: 1, unverified: 2 };

function calendarDay(value: unknown): Result<{ day: string; fromInstant: boolean }> {
  if (typeof value === 'string') {
    const m = DAY_RE.exec(value);
    if (m) {
      const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
      const probe = new Date(Date.UTC(y, mo - 1, d));
      if (probe.getUTCFullYear() === y && probe.getUTCMonth() === mo - 1 && probe.getUTCDate() === d) {
        return { ok: true, value: { day: value, fromInstant: false } };
      }
      return {
        ok: false,
        issues: [issue('invalid_date', ['date'], '/date', `${value} is not a calendar date`)],
      };
    }
  }
  const t = parseTimeInput(value, ['date']);
  if (!t.ok) return t;
  const day = format(new TZDate(t.value.instant.getTime(), ROLLOUT_TIME_ZONE), 'yyyy-MM-dd');
  return { ok: true, value: { day, fromInstant: true }, ...(t.issues ? { issues: t.issues } : {}) };
}

function statusOf(track: RolloutTrack, day: string): RolloutTrackStatus['status'] {
  if (day < track.goLive) return 'not-live';
  if (track.window !== null && day <= track.window.end) return 'deployment-window';
  return 'mandatory';
}

function windowOf(track: RolloutTrack, day: string): RolloutPhase['deploymentWindow'] {
  if (track.window === null) return null;
  const open = day >= track.window.start && day <= track.window.end;
  return {
    start: track.window.start,
    end: track.window.end,
    open,
    onRequestOnly: true,
    citation: track.window.citation,
  };
}

/**
 * Where the ICS2 roll-out stood for a mode and role on a date: the release live (R1 2021-03-15 for postal
 * and express air PLACI; R2 2023-03-01 for all air; R3 2024-06-03 for sea and inland-waterway carriers,
 * 2024-12-04 for their house filers, 2025-04-01 for road and rail), whether its deployment window was open,
 * whether ICS2 filing was mandatory, and the AS4 interface version (`EU-ICS2-TI-V1.0` for R1,
 * `EU-ICS2-TI-V2.0` for R2/R3). Window end dates are read as the window's last day. Never throws.
 *
 * @example
 * ```ts
 * const r = rolloutPhase({ mode: 'road', role: 'carrier', date: '2025-09-02' });
 * // r.value: { release: 'R3', status: 'mandatory', mandatory: true, interfaceVersion: 'EU-ICS2-TI-V2.0', ... }
 * ```
 */
export function rolloutPhase(input: RolloutPhaseInput): Result<RolloutPhase> {
  if (typeof input !== 'object' || input === null) {
    return { ok: false, issues: [issue('invalid_type', [], '', 'Expected { mode, role, date }')] };
  }
  const errors: Issue[] = [];
  const mode = input.mode;
  const role = input.role;
  if (!MODES.includes(mode)) {
    errors.push(issue('invalid_value', ['mode'], '/mode', `mode must be one of ${MODES.join(', ')}`));
  }
  if (!ROLES.includes(role)) {
    errors.push(issue('invalid_value', ['role'], '/role', `role must be one of ${ROLES.join(', ')}`));
  }
  const means = input.mode === 'express' || input.mode === 'postal' ? input.means : undefined;
  const allowedMeans: readonly Transport[] = mode === 'express' ? ['air', 'road'] : TRANSPORTS;
  if (means !== undefined && !allowedMeans.includes(means)) {
    errors.push(
      issue('invalid_value', ['means'], '/means', `means must be one of ${allowedMeans.join(', ')}`),
    );
  }
  const dayR = calendarDay(input.date);
  if (!dayR.ok) errors.push(...dayR.issues);
  if (errors.length > 0 || !dayR.ok) return { ok: false, issues: errors };
  const warnings: Issue[] = [...(dayR.issues ?? [])];
  const day = dayR.value.day;

  const caveats: string[] = [];
  const transport: Transport = mode === 'express' || mode === 'postal' ? (means ?? 'air') : mode;
  if ((mode === 'express' || mode === 'postal') && means === undefined) {
    caveats.push(`${mode} consignments: means of transport not given, air assumed.`);
  }
  if (dayR.value.fromInstant)
    caveats.push(`The instant given was read as the calendar day ${day} in ${ROLLOUT_TIME_ZONE}.`);
  if (
    (mode === 'express' && role === 'postal-operator') ||
    (mode === 'postal' && role === 'express-operator')
  ) {
    return {
      ok: false,
      issues: [
        issue('role_not_applicable', ['role'], '/role', `A ${role} does not lodge ${mode} consignments`),
      ],
    };
  }
  const assignment = ROLLOUT_ASSIGNMENTS.find((a) => a.transport === transport && a.role === role);
  if (assignment === undefined) {
    const roles = ROLLOUT_ASSIGNMENTS.filter((a) => a.transport === transport).map((a) => a.role);
    return {
      ok: false,
      issues: [
        issue(
          'role_not_applicable',
          ['role'],
          '/role',
          `No ICS2 roll-out track for a ${role} on ${transport}: roles with a track are ${roles.join(', ')}`,
        ),
      ],
    };
  }
  if ('note' in assignment) caveats.push(assignment.note);

  const tracks: RolloutTrack[] = assignment.tracks.map((id) => ROLLOUT_TRACKS[id]);
  const statuses: RolloutTrackStatus[] = tracks.map((t) => ({
    track: t.id,
    release: t.release,
    operators: t.operators,
    goLive: t.goLive,
    windowEnd: t.window?.end ?? null,
    status: statusOf(t, day),
  }));
  const liveIndex = statuses.map((s) => s.status !== 'not-live').lastIndexOf(true);
  const current = liveIndex >= 0 ? tracks[liveIndex] : undefined;
  const first = tracks[0] as RolloutTrack;
  const shown = current ?? first;
  const status: RolloutPhase['status'] =
    liveIndex >= 0 ? (statuses[liveIndex] as RolloutTrackStatus).status : 'not-live';
  const mandatory = statuses.some((s) => s.status === 'mandatory');
  const release = current ? RELEASES[current.release] : undefined;

  const citations: Citation[] = [shown.citation];
  if (shown.window) citations.push(shown.window.citation);
  if (release) citations.push(release.interfaceCitation);

  // Next event after the day.
  const events: { date: string; event: string }[] = [];
  for (const t of tracks) {
    if (t.goLive > day)
      events.push({ date: t.goLive, event: `Release ${t.release.slice(1)} go-live for ${t.operators}` });
    if (t.window && t.window.end >= day && t.goLive <= day) {
      events.push({
        date: t.window.end,
        event: `last day of the Release ${t.release.slice(1)} deployment window for ${t.operators}; ICS2 mandatory for all from the next day`,
      });
    }
  }
  events.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));

  if (release && current && status === 'deployment-window') {
    const previous = liveIndex > 0 ? tracks[liveIndex - 1] : undefined;
    if (previous && previous.release === 'R1') {
      caveats.push(
        `Operators granted a ${current.release} deployment window kept lodging the Release 1 PLACI with ${RELEASES.R1.interfaceVersion} until the window ended.`,
      );
    } else {
      caveats.push(
        'During a deployment window the operator kept lodging its ENS in the previous system (ICS1).',
      );
    }
  }
  if (release && release.interfaceVersion === 'EU-ICS2-TI-V2.0') {
    for (const later of ROLLOUT_LATER) {
      if (day >= later.date) {
        caveats.push(`From ${later.date}: ${later.event} (reported, ${later.citation.confidence}).`);
        citations.push(later.citation);
      }
    }
  }
  const unique = uniqueCitations(citations);
  const citeConfidence = weakestConfidence(unique);
  const confidence =
    RANK[assignment.confidence] > RANK[citeConfidence] ? assignment.confidence : citeConfidence;

  const who = `${role}, ${mode}${mode === 'express' || mode === 'postal' ? ` by ${transport}` : ''}`;
  let explanation: string;
  if (!current) {
    explanation = `On ${day} (${who}): ICS2 not yet live, ${first.release} started on ${first.goLive}; ICS2 filing was not mandatory.`;
  } else if (status === 'deployment-window') {
    const w = current.window as NonNullable<RolloutTrack['window']>;
    explanation = `On ${day} (${who}): in the ${current.release} deployment window (${w.start} to ${w.end}, on request only): ICS2 was mandatory unless a window had been granted${mandatory ? ', and an earlier release was already mandatory' : ''}; interface ${release?.interfaceVersion}.`;
  } else {
    explanation = `On ${day} (${who}): ICS2 filing mandatory under ${current.release} (live since ${current.goLive}${current.window ? `, window ended ${current.window.end}` : ''}); interface ${release?.interfaceVersion}.`;
  }

  // "until 1 September 2025": no source says whether the window's last day is inside it.
  const edge = current?.window && current.window.end === day ? current.window.end : undefined;
  let finalConfidence = confidence;
  if (edge !== undefined) {
    finalConfidence = 'unverified';
    caveats.push(
      `${day} is the end date of the ${current?.release} deployment window ("until ${edge}"): no source says whether that day is inside the window, so whether ICS2 was already mandatory for an operator granted the window is uncertain.`,
    );
  }
  const value: RolloutPhase = {
    mode,
    role,
    transport,
    date: day,
    release: current?.release ?? null,
    status,
    deploymentWindow: windowOf(shown, day),
    mandatory,
    mandatoryUnlessWindowGranted: liveIndex >= 0,
    interfaceVersion: release?.interfaceVersion ?? null,
    scope: release?.scope ?? null,
    tracks: statuses,
    explanation,
    citations: unique,
    confidence: finalConfidence,
    caveats: [...caveats, ...caveatsOf(unique)],
  };
  if (edge !== undefined) value.uncertainDay = edge;
  const next = events[0];
  if (next) value.next = next;
  return warnings.length > 0 ? { ok: true, value, issues: warnings } : { ok: true, value };
}
