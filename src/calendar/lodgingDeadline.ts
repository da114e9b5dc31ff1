import { differenceInMilliseconds, subHours } from 'date-fns';
import { issue } from '../core/issue';
import type { Issue, ModelPath, Result } from '../core/issue';
import { classifySeaVoyage } from './classifySeaVoyage';
import type { SeaVoyageFacts } from './classifySeaVoyage';
import { DEADLINE_ROWS, DEADLINE_THRESHOLDS } from './data';
import type { Citation, Confidence, DeadlineBasis, DeadlineRowId } from './data';
import { describeDuration } from './describeDuration';
import type { DurationInfo } from './describeDuration';
import { formatInZone, formatUtc } from './formatUtc';
import { caveatsOf, shortAct, uniqueCitations, weakestConfidence } from './legalBasis';
import { parseTimeInput } from './parseTimeInput';
import type { ParsedTime, TimeInput } from './parseTimeInput';

interface DeadlineInputBase {
  /** The current time: when given, the result says whether the deadline has passed and by how much. */
  now?: TimeInput;
}

/**
 * Sea (DA Art. 105). `cargo` picks the deep-sea row; the voyage facts (`portOfLoading`, `shortSea`,
 * `firstUnionPortIn`, `voyageHours`) pick the 2-hour short-sea rows. Containerised deep-sea cargo needs
 * `loading`; every other case needs `arrival`. `departure` (from the port of loading) is only used to
 * measure the voyage for Art. 105(d) when `voyageHours` is not given.
 *
 * @example
 * ```ts
 * const i: SeaDeadlineInput = { mode: 'sea', cargo: 'containerised', loading: '2026-06-01T12:00:00Z', shortSea: false };
 * ```
 */
export interface SeaDeadlineInput extends DeadlineInputBase, SeaVoyageFacts {
  mode: 'sea';
  cargo: 'containerised' | 'bulk' | 'break-bulk';
  /** Loading onto the vessel that brings the goods into the Union. */
  loading?: TimeInput;
  /** Arrival at the first Union port. */
  arrival?: TimeInput;
  /** Departure from the port of loading (to measure the voyage for Art. 105(d)). */
  departure?: TimeInput;
}

/**
 * Air, pre-loading minimum dataset (PLACI, DA Art. 106(2)/(2a)): lodge before loading.
 *
 * @example
 * ```ts
 * const i: AirPlaciDeadlineInput = { mode: 'air', dataset: 'placi', loading: '2026-06-01T08:00:00Z' };
 * ```
 */
export interface AirPlaciDeadlineInput extends DeadlineInputBase {
  mode: 'air';
  dataset: 'placi';
  /** Loading onto the aircraft that brings the goods into the Union. */
  loading: TimeInput;
}

/**
 * Air, complete ENS (DA Art. 106(1)) or the remaining particulars after a PLACI (`remaining`, DA
 * Art. 106(3), limits presumed equal): needs scheduled departure and arrival (the flight's length
 * chooses the row).
 *
 * @example
 * ```ts
 * const i: AirFlightDeadlineInput = {
 *   mode: 'air', dataset: 'complete',
 *   departure: { local: '2026-06-01T23:30', timeZone: 'Asia/Shanghai' },
 *   arrival: { local: '2026-06-02T06:10', timeZone: 'Europe/Amsterdam' },
 * };
 * ```
 */
export interface AirFlightDeadlineInput extends DeadlineInputBase {
  mode: 'air';
  dataset: 'complete' | 'remaining';
  /** Scheduled departure of the flight into the Union (with `arrival`, it measures the flight). */
  departure: TimeInput;
  /**
   * Actual departure, once known: for a flight under 4 h the limit is the ACTUAL time of departure
   * (DA Art. 106(1)(a)), so when given it is the deadline; the flight is still measured on the schedule.
   */
  actualDeparture?: TimeInput;
  /** Arrival at the first Union airport. */
  arrival: TimeInput;
}

/**
 * Rail (DA Art. 107): the journey from the last train-formation station to the office of first entry
 * picks 1 h (under 2 h) or 2 h. Give the journey in minutes, or the departure from that station.
 *
 * @example
 * ```ts
 * const i: RailDeadlineInput = { mode: 'rail', arrival: '2026-06-01T10:00:00Z', journeyMinutes: 90 };
 * ```
 */
export type RailDeadlineInput = DeadlineInputBase & {
  mode: 'rail';
  /** Arrival at the place for which the office of first entry is competent. */
  arrival: TimeInput;
} & (
    | { journeyMinutes: number; lastFormationStationDeparture?: never }
    | { lastFormationStationDeparture: TimeInput; journeyMinutes?: never }
  );

/**
 * Inland waterways: 2 h before arrival (German customs; the DA article was not identified).
 *
 * @example
 * ```ts
 * const i: InlandWaterwaysDeadlineInput = { mode: 'inland-waterways', arrival: '2026-06-01T10:00:00Z' };
 * ```
 */
export interface InlandWaterwaysDeadlineInput extends DeadlineInputBase {
  mode: 'inland-waterways';
  arrival: TimeInput;
}

/**
 * Road (DA Art. 108): 1 h before arrival.
 *
 * @example
 * ```ts
 * const i: RoadDeadlineInput = { mode: 'road', arrival: { local: '2026-06-01T10:00', timeZone: 'Europe/Warsaw' } };
 * ```
 */
export interface RoadDeadlineInput extends DeadlineInputBase {
  mode: 'road';
  arrival: TimeInput;
}

/**
 * The input for one active means of transport.
 *
 * @example
 * ```ts
 * const a: ActiveMeansDeadlineInput = { mode: 'road', arrival: '2026-06-01T10:00:00Z' };
 * ```
 */
export type ActiveMeansDeadlineInput =
  | SeaDeadlineInput
  | AirPlaciDeadlineInput
  | AirFlightDeadlineInput
  | RailDeadlineInput
  | InlandWaterwaysDeadlineInput
  | RoadDeadlineInput;

/**
 * Combined transport (DA Art. 109, wording NOT read): an active means of transport carries another (a truck
 * on a ferry, a trailer on a train); the limit is that of the ACTIVE means, described by `active`.
 *
 * @example
 * ```ts
 * const i: CombinedDeadlineInput = {
 *   mode: 'combined', carried: 'road vehicle',
 *   active: { mode: 'sea', cargo: 'containerised', arrival: '2026-06-01T10:00:00Z', portOfLoading: { country: 'GB' } },
 * };
 * ```
 */
export interface CombinedDeadlineInput extends DeadlineInputBase {
  mode: 'combined';
  active: ActiveMeansDeadlineInput;
  /** What is carried (free text, for the explanation), e.g. 'road vehicle'. */
  carried?: string;
}

type AsService<T, M extends string, C extends string> = T extends unknown
  ? Omit<T, 'mode'> & { mode: M; carriage: C }
  : never;

/**
 * Express consignments (DA Art. 106 for air, Art. 108 for road): the limits of the means of transport that
 * carries them, asked directly. `carriage: 'air'` on the express operator's flights, `'general-air-cargo'` on
 * an airline (both air rows), `'road'`.
 *
 * @example
 * ```ts
 * const i: ExpressDeadlineInput = { mode: 'express', carriage: 'air', dataset: 'placi', loading: '2026-06-01T08:00:00Z' };
 * ```
 */
export type ExpressDeadlineInput =
  | AsService<AirPlaciDeadlineInput | AirFlightDeadlineInput, 'express', 'air' | 'general-air-cargo'>
  | AsService<RoadDeadlineInput, 'express', 'road'>;

/**
 * Postal consignments: the limits of the means of transport that carries them (air PLACI from Release 1,
 * DA Art. 106(2)), asked directly with `carriage`.
 *
 * @example
 * ```ts
 * const i: PostalDeadlineInput = { mode: 'postal', carriage: 'road', arrival: '2026-06-01T10:00:00Z' };
 * ```
 */
export type PostalDeadlineInput =
  | AsService<AirPlaciDeadlineInput | AirFlightDeadlineInput, 'postal', 'air'>
  | AsService<SeaDeadlineInput, 'postal', 'sea'>
  | AsService<RoadDeadlineInput, 'postal', 'road'>
  | AsService<RailDeadlineInput, 'postal', 'rail'>
  | AsService<InlandWaterwaysDeadlineInput, 'postal', 'inland-waterways'>;

/**
 * The input of {@link lodgingDeadline}: a discriminated union by `mode` (and, for air, `dataset`).
 *
 * @example
 * ```ts
 * const i: LodgingDeadlineInput = { mode: 'road', arrival: '2026-06-01T10:00:00Z', now: new Date() };
 * ```
 */
export type LodgingDeadlineInput =
  | ActiveMeansDeadlineInput
  | CombinedDeadlineInput
  | ExpressDeadlineInput
  | PostalDeadlineInput;

/**
 * The latest time an ENS (or a filing of it) may be lodged, with its legal basis.
 *
 * @example
 * ```ts
 * const r = lodgingDeadline({ mode: 'road', arrival: '2026-06-01T10:00:00Z' });
 * if (r.ok) console.log(r.value.deadline, r.value.citation.article); // '2026-06-01T09:00:00Z' 'Art. 108'
 * ```
 */
export interface LodgingDeadline {
  /** The input mode (`combined` for combined transport). */
  mode: LodgingDeadlineInput['mode'];
  /** The row of {@link DEADLINE_ROWS} applied (for combined transport: the active means' row). */
  rule: DeadlineRowId;
  /** The latest instant, UTC, `YYYY-MM-DDThh:mm:ssZ` (fractions dropped, i.e. rounded earlier). */
  deadline: string;
  /** The same instant in the zone the reference time was given in, when it was given as wall-clock time. */
  deadlineLocal?: string;
  basis: DeadlineBasis;
  /** Hours before the reference event (0 for before-loading and by-departure). */
  hoursBefore: number;
  /** The event the limit counts from, and its instant (UTC). */
  reference: { event: 'loading' | 'arrival' | 'departure'; at: string };
  /** One line: what applies and why. */
  explanation: string;
  /** The row's legal basis. */
  citation: Citation;
  /** Every legal basis used (the row, thresholds, Art. 109 for combined transport). */
  citations: Citation[];
  /** The weakest confidence among `citations`. */
  confidence: Confidence;
  /** What is not confirmed, or not read. */
  caveats: string[];
  /** PLACI: the lodgement must precede loading (the deadline instant is the loading itself). */
  mustPrecedeLoading?: true;
  /** Practical notice (PLACI before loading; actual departure). */
  notice?: string;
  /** Only when `now` was given: whether `now` is after the deadline. */
  passed?: boolean;
  /** Only when passed: by how much. */
  lateBy?: DurationInfo;
  /** Only when not passed: how long is left. */
  timeLeft?: DurationInfo;
}

type ActiveRowId = Exclude<DeadlineRowId, 'combined-transport'>;

interface Resolved {
  row: (typeof DEADLINE_ROWS)[ActiveRowId];
  ref: ParsedTime;
  why: string;
  extra: Citation[];
  warnings: Issue[];
}

const HOUR_MS = 3_600_000;
const MODES = ['sea', 'air', 'rail', 'inland-waterways', 'road', 'combined', 'express', 'postal'] as const;
const CARRIAGES = {
  express: ['air', 'general-air-cargo', 'road'],
  postal: ['air', 'sea', 'road', 'rail', 'inland-waterways'],
} as const;

function ptr(path: ModelPath): string {
  return '/' + path.join('/');
}

function fail(issues: Issue[]): { ok: false; issues: Issue[] } {
  return { ok: false, issues };
}

function activeRow(id: ActiveRowId): Resolved['row'] {
  return DEADLINE_ROWS[id];
}

/** Parse optional times; collect errors and warnings. */
function times<K extends string>(
  input: Record<string, unknown>,
  keys: readonly K[],
  required: readonly K[],
  path: ModelPath,
  errors: Issue[],
  warnings: Issue[],
): Partial<Record<K, ParsedTime>> {
  const out: Partial<Record<K, ParsedTime>> = {};
  for (const key of keys) {
    const value = input[key];
    if (value === undefined && !required.includes(key)) continue;
    const r = parseTimeInput(value, [...path, key]);
    if (r.ok) {
      out[key] = r.value;
      if (r.issues) warnings.push(...r.issues);
    } else {
      errors.push(...r.issues);
    }
  }
  return out;
}

function missing(path: ModelPath, key: string, why: string): Issue {
  return issue('missing', [...path, key], ptr([...path, key]), why);
}

function resolveSea(input: SeaDeadlineInput, path: ModelPath): Result<Resolved> {
  const errors: Issue[] = [];
  const warnings: Issue[] = [];
  const cargos = ['containerised', 'bulk', 'break-bulk'];
  if (!cargos.includes(input.cargo)) {
    errors.push(
      issue(
        'invalid_value',
        [...path, 'cargo'],
        ptr([...path, 'cargo']),
        `cargo must be one of ${cargos.join(', ')}`,
      ),
    );
  }
  const t = times(
    input as unknown as Record<string, unknown>,
    ['loading', 'arrival', 'departure'],
    [],
    path,
    errors,
    warnings,
  );
  if (errors.length > 0) return fail(errors);
  let voyageHours = input.voyageHours;
  if (voyageHours === undefined && t.departure && t.arrival) {
    voyageHours = differenceInMilliseconds(t.arrival.instant, t.departure.instant) / HOUR_MS;
    if (voyageHours < 0) {
      return fail([
        issue(
          'inconsistent_times',
          [...path, 'arrival'],
          ptr([...path, 'arrival']),
          'arrival is before departure',
        ),
      ]);
    }
  }
  const cls = classifySeaVoyage({ ...input, voyageHours }, path);
  if (!cls.ok) return cls;
  if (cls.issues) warnings.push(...cls.issues);
  const c = cls.value;
  const extra: Citation[] =
    c.row === 'sea-outermost-regions' ? [DEADLINE_THRESHOLDS.outermostVoyageUnderHours.citation] : [];
  if (c.row !== null) {
    if (!t.arrival) {
      return fail([
        missing(
          path,
          'arrival',
          `${c.reason}: the limit is 2 h before arrival at the first Union port, so arrival is required`,
        ),
      ]);
    }
    return { ok: true, value: { row: activeRow(c.row), ref: t.arrival, why: c.reason, extra, warnings } };
  }
  if (input.cargo === 'containerised') {
    if (!t.loading) {
      return fail([
        missing(
          path,
          'loading',
          'Containerised cargo (not short sea): the limit is 24 h before loading, so loading is required',
        ),
      ]);
    }
    return {
      ok: true,
      value: { row: activeRow('sea-containerised'), ref: t.loading, why: c.reason, extra, warnings },
    };
  }
  if (!t.arrival) {
    return fail([
      missing(
        path,
        'arrival',
        'Bulk or break-bulk cargo (not short sea): the limit is 4 h before arrival, so arrival is required',
      ),
    ]);
  }
  return { ok: true, value: { row: activeRow('sea-bulk'), ref: t.arrival, why: c.reason, extra, warnings } };
}

function resolveAir(
  input: AirPlaciDeadlineInput | AirFlightDeadlineInput,
  path: ModelPath,
): Result<Resolved> {
  const errors: Issue[] = [];
  const warnings: Issue[] = [];
  const raw = input as unknown as Record<string, unknown>;
  if (input.dataset === 'placi') {
    const t = times(raw, ['loading'], ['loading'], path, errors, warnings);
    if (errors.length > 0 || !t.loading) return fail(errors);
    return {
      ok: true,
      value: {
        row: activeRow('air-placi'),
        ref: t.loading,
        why: '',
        extra: [],
        warnings,
      },
    };
  }
  if (input.dataset !== 'complete' && input.dataset !== 'remaining') {
    return fail([
      issue(
        'invalid_value',
        [...path, 'dataset'],
        ptr([...path, 'dataset']),
        "dataset must be 'placi', 'complete' or 'remaining'",
      ),
    ]);
  }
  const t = times(raw, ['departure', 'arrival', 'actualDeparture'], ['departure', 'arrival'], path, errors, warnings);
  if (errors.length > 0 || !t.departure || !t.arrival) return fail(errors);
  const flightMs = differenceInMilliseconds(t.arrival.instant, t.departure.instant);
  if (flightMs <= 0) {
    return fail([
      issue(
        'inconsistent_times',
        [...path, 'arrival'],
        ptr([...path, 'arrival']),
        `arrival (${formatUtc(t.arrival.instant)}) is not after departure (${formatUtc(t.departure.instant)})`,
      ),
    ]);
  }
  const limit = DEADLINE_THRESHOLDS.airShortFlightUnderHours.value;
  const short = flightMs < limit * HOUR_MS;
  const prefix = input.dataset === 'complete' ? 'air-complete' : 'air-remaining';
  const id: ActiveRowId = short ? `${prefix}-short-flight` : `${prefix}-long-flight`;
  const why = `flight of ${describeDuration(flightMs).text} (${short ? 'under' : 'at least'} ${limit} h)`;
  return {
    ok: true,
    value: {
      row: activeRow(id),
      ref: short ? (t.actualDeparture ?? t.departure) : t.arrival,
      why: short && t.actualDeparture ? `${why}; actual departure given` : why,
      extra: [],
      warnings,
    },
  };
}

function resolveRail(input: RailDeadlineInput, path: ModelPath): Result<Resolved> {
  const errors: Issue[] = [];
  const warnings: Issue[] = [];
  const raw = input as unknown as Record<string, unknown>;
  const t = times(raw, ['arrival', 'lastFormationStationDeparture'], ['arrival'], path, errors, warnings);
  const minutes = raw['journeyMinutes'];
  if (minutes !== undefined && (typeof minutes !== 'number' || !Number.isFinite(minutes) || minutes < 0)) {
    errors.push(
      issue(
        'invalid_value',
        [...path, 'journeyMinutes'],
        ptr([...path, 'journeyMinutes']),
        'journeyMinutes must be a finite number >= 0',
      ),
    );
  }
  if (errors.length > 0 || !t.arrival) return fail(errors);
  let journey: number | undefined = typeof minutes === 'number' ? minutes : undefined;
  if (t.lastFormationStationDeparture) {
    const measured =
      differenceInMilliseconds(t.arrival.instant, t.lastFormationStationDeparture.instant) / 60_000;
    if (measured < 0) {
      return fail([
        issue(
          'inconsistent_times',
          [...path, 'lastFormationStationDeparture'],
          ptr([...path, 'lastFormationStationDeparture']),
          'the departure from the last train-formation station is after the arrival',
        ),
      ]);
    }
    if (journey !== undefined && Math.abs(journey - measured) > 1) {
      return fail([
        issue(
          'conflict',
          [...path, 'journeyMinutes'],
          ptr([...path, 'journeyMinutes']),
          `journeyMinutes (${journey}) disagrees with lastFormationStationDeparture to arrival (${Math.round(measured)} min): give one of them`,
        ),
      ]);
    }
    journey = measured;
  }
  if (journey === undefined) {
    return fail([
      missing(
        path,
        'journeyMinutes',
        'Rail: the limit depends on the journey from the last train-formation station to the office of first entry (under 2 h: 1 h; else 2 h). Give journeyMinutes or lastFormationStationDeparture',
      ),
    ]);
  }
  const limit = DEADLINE_THRESHOLDS.railShortJourneyUnderHours.value;
  const short = journey < limit * 60;
  const why = `journey from the last train-formation station of ${describeDuration(journey * 60_000).text} (${short ? 'under' : 'at least'} ${limit} h)`;
  return {
    ok: true,
    value: {
      row: activeRow(short ? 'rail-short-journey' : 'rail-other'),
      ref: t.arrival,
      why,
      extra: [],
      warnings,
    },
  };
}

function resolveArrivalOnly(
  input: InlandWaterwaysDeadlineInput | RoadDeadlineInput,
  path: ModelPath,
): Result<Resolved> {
  const errors: Issue[] = [];
  const warnings: Issue[] = [];
  const t = times(
    input as unknown as Record<string, unknown>,
    ['arrival'],
    ['arrival'],
    path,
    errors,
    warnings,
  );
  if (errors.length > 0 || !t.arrival) return fail(errors);
  const id: ActiveRowId = input.mode === 'road' ? 'road' : 'inland-waterways';
  return { ok: true, value: { row: activeRow(id), ref: t.arrival, why: '', extra: [], warnings } };
}

function resolveActive(input: unknown, path: ModelPath): Result<Resolved> {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    return fail([
      issue('invalid_type', path, path.length ? ptr(path) : '', 'Expected an object with a mode'),
    ]);
  }
  const mode = (input as { mode?: unknown }).mode;
  switch (mode) {
    case 'sea':
      return resolveSea(input as SeaDeadlineInput, path);
    case 'air':
      return resolveAir(input as AirPlaciDeadlineInput | AirFlightDeadlineInput, path);
    case 'rail':
      return resolveRail(input as RailDeadlineInput, path);
    case 'inland-waterways':
    case 'road':
      return resolveArrivalOnly(input as RoadDeadlineInput, path);
    case 'express':
    case 'postal': {
      const carriage = (input as { carriage?: unknown }).carriage;
      const allowed: readonly string[] = CARRIAGES[mode];
      if (path.length > 0 || typeof carriage !== 'string' || !allowed.includes(carriage)) {
        return fail([
          issue(
            'invalid_value',
            [...path, path.length > 0 ? 'mode' : 'carriage'],
            ptr([...path, path.length > 0 ? 'mode' : 'carriage']),
            path.length > 0
              ? 'The active means of transport is a mode of transport, not express or postal'
              : `${mode} consignments: carriage must be one of ${allowed.join(', ')}`,
          ),
        ]);
      }
      const { carriage: _carriage, ...rest } = input as Record<string, unknown>;
      const active = { ...rest, mode: carriage === 'general-air-cargo' ? 'air' : carriage };
      const r = resolveActive(active, path);
      if (!r.ok) return r;
      return { ok: true, value: { ...r.value, why: [`${mode} by ${carriage}`, r.value.why].filter(Boolean).join(', ') } };
    }
    case 'combined':
      if (path.length > 0) {
        return fail([
          issue(
            'invalid_value',
            [...path, 'mode'],
            ptr([...path, 'mode']),
            'The active means of transport cannot itself be combined',
          ),
        ]);
      }
      return resolveCombined(input as CombinedDeadlineInput);
    default:
      return fail([
        issue(
          'invalid_value',
          [...path, 'mode'],
          ptr([...path, 'mode']),
          `mode must be one of ${MODES.join(', ')}`,
        ),
      ]);
  }
}

function resolveCombined(input: CombinedDeadlineInput): Result<Resolved> {
  const r = resolveActive(input.active, ['active']);
  if (!r.ok) return r;
  return {
    ok: true,
    value: { ...r.value, extra: [DEADLINE_ROWS['combined-transport'].citation, ...r.value.extra] },
  };
}

function explain(
  mode: string,
  r: Resolved,
  deadline: string,
  refAt: string,
  carried: string | undefined,
): string {
  const { row } = r;
  const basis = `${shortAct(row.citation.act)} ${row.citation.article}`;
  const rule =
    row.basis === 'before-loading' && row.hours === 0
      ? `before loading starts (loading ${refAt}), i.e. before ${deadline}`
      : row.basis === 'by-departure'
        ? `by the actual departure (${refAt}), i.e. by ${deadline}`
        : `${row.hours} h before ${row.reference} (${refAt}), i.e. by ${deadline}`;
  const why = r.why ? ` (${r.why})` : '';
  const main = `${row.label}${why}: lodge at the latest ${rule} [${basis}]`;
  if (mode !== 'combined') return main;
  return `Combined transport (${carried ?? 'another means of transport'} carried by the active means): the active means' limit applies [DA Art. 109, wording not read]. ${main}`;
}

/**
 * The time limit for lodging an ENS under DA Art. 105-109: sea (containerised 24 h before loading, bulk
 * 4 h before arrival, short sea and Art. 105(d) 2 h before arrival), air (PLACI before loading; complete
 * ENS by departure for flights under 4 h, else 4 h before arrival), rail (1 h or 2 h), inland waterways
 * (2 h), road (1 h) and combined transport (the active means' limit). Every answer carries its citation,
 * confidence and caveats. Times may be `Date`s, ISO strings with offset, or wall-clock times with an IANA
 * zone; DST gaps are rejected and folds take the earlier instant unless `disambiguation` says otherwise.
 * Never throws: bad input gives `{ ok: false, issues }`.
 *
 * @example
 * ```ts
 * const r = lodgingDeadline({
 *   mode: 'sea', cargo: 'bulk', portOfLoading: { country: 'MA' },
 *   arrival: { local: '2026-06-01T14:00', timeZone: 'Europe/Madrid' },
 *   now: '2026-06-01T11:30:00Z',
 * });
 * // r.value: { rule: 'sea-short-sea', deadline: '2026-06-01T10:00:00Z', basis: 'before-arrival',
 * //   deadlineLocal: '2026-06-01T12:00:00+02:00', passed: true, lateBy: { ms: 5400000, text: '1 h 30 min' }, ... }
 * ```
 */
export function lodgingDeadline(input: LodgingDeadlineInput): Result<LodgingDeadline> {
  const r = resolveActive(input, []);
  if (!r.ok) return r;
  const resolved = r.value;
  const { row, ref } = resolved;
  const warnings = [...resolved.warnings];
  const deadlineDate = subHours(ref.instant, row.hours);
  const deadline = formatUtc(deadlineDate);
  const refAt = formatUtc(ref.instant);
  const citations = uniqueCitations([...resolved.extra, row.citation]);
  const value: LodgingDeadline = {
    mode: input.mode,
    rule: row.id,
    deadline,
    basis: row.basis,
    hoursBefore: row.hours,
    reference: { event: row.reference, at: refAt },
    explanation: explain(
      input.mode,
      resolved,
      deadline,
      refAt,
      input.mode === 'combined' && typeof input.carried === 'string' && input.carried !== ''
        ? input.carried
        : undefined,
    ),
    citation: row.citation,
    citations,
    confidence: weakestConfidence(citations),
    caveats: caveatsOf(citations),
  };
  if (ref.timeZone !== undefined) value.deadlineLocal = formatInZone(deadlineDate, ref.timeZone);
  if (row.id === 'air-placi') {
    value.mustPrecedeLoading = true;
    value.notice =
      'PLACI: lodge as soon as possible and BEFORE loading starts; the deadline shown is the loading time itself, which the lodgement must precede. Customs may answer with a Do-Not-Load.';
  } else if (row.basis === 'by-departure') {
    value.notice =
      'The limit is the ACTUAL time of departure: if the aircraft leaves earlier than the time given, the deadline is earlier.';
  } else if (row.id === 'sea-containerised') {
    value.notice = 'Counted from loading onto the vessel at the foreign port, not from its departure.';
  }
  const nowRaw =
    (input as { now?: unknown }).now ?? (input.mode === 'combined' ? input.active.now : undefined);
  if (nowRaw !== undefined) {
    const nowPath = (input as { now?: unknown }).now !== undefined ? ['now'] : ['active', 'now'];
    const n = parseTimeInput(nowRaw, nowPath);
    if (!n.ok) return n;
    if (n.issues) warnings.push(...n.issues);
    const diff = differenceInMilliseconds(n.value.instant, new Date(Date.parse(deadline)));
    // PLACI must be lodged BEFORE loading: at the very instant of loading it is late.
    const late = value.mustPrecedeLoading === true ? diff >= 0 : diff > 0;
    value.passed = late;
    if (late) value.lateBy = describeDuration(diff);
    else value.timeLeft = describeDuration(Math.abs(diff));
  }
  return warnings.length > 0 ? { ok: true, value, issues: warnings } : { ok: true, value };
}
