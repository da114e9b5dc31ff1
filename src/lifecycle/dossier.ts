import { lodgingDeadline } from '../calendar/lodgingDeadline';
import type { LodgingDeadline, LodgingDeadlineInput } from '../calendar/lodgingDeadline';
import { requiredFilings } from '../calendar/requiredFilings';
import type { FilingStep, RequiredFilingsInput } from '../calendar/requiredFilings';
import type { DocumentStructure, FilingArrangement, FilingRole } from '../calendar/data';
import { issue } from '../core/issue';
import type { Issue, Result } from '../core/issue';
import { apply, messageKind, newFiling } from './apply';
import { correlate } from './correlate';
import type { Correlation } from './correlate';
import type { Evidence, FilingState, LifecycleMessage } from './types';
import { collect, isObj, jsonCopy, list, prop, str, uniq } from './values';

/**
 * The shipment a dossier is about: what `requiredFilings` needs (mode, carriage for express and postal,
 * arrangement, document structure), which roles take part (default: every role with a filing plan for
 * it), the house transport documents expected, and the facts `lodgingDeadline` needs for the deadlines of
 * missing filings (`cargo`, `loading`, `departure`, `arrival`, `portOfLoading`, `now`, ...).
 *
 * @example
 * ```ts
 * const s: DossierShipment = { mode: 'sea', arrangement: 'multiple', document: 'master-with-houses', houses: ['HBL1', 'HBL2'], deadlineFacts: { cargo: 'containerised', loading: '2024-04-14T06:00:00Z' } };
 * ```
 */
export interface DossierShipment {
  mode: RequiredFilingsInput['mode'];
  carriage?: 'air' | 'general-air-cargo' | 'road' | 'sea' | 'inland-waterways' | 'rail';
  arrangement: FilingArrangement;
  document: DocumentStructure;
  roles?: FilingRole[];
  houses?: string[];
  deadlineFacts?: Record<string, unknown>;
}

/**
 * A notice about the ENS as a whole: IE3N02 (not complete) or IE3N11 (pending: another person must file),
 * with what it means for this dossier.
 *
 * @example
 * ```ts
 * const n: DossierNotice = { messageType: 'IE3N11', meaning: 'DE... must file ...', masterDocument: 'MBL1', evidence: 'confirmed' };
 * ```
 */
export interface DossierNotice {
  messageType: 'IE3N02' | 'IE3N11';
  at?: string;
  masterDocument?: string;
  parties?: string[];
  meaning: string;
  evidence: Evidence;
}

/**
 * The filings of one shipment (one ENS, multiple filing), their message log and notices: plain, versioned
 * JSON. `replayDossier` rebuilds it from `log`.
 *
 * @example
 * ```ts
 * const d: Dossier = newDossier('SHIP-1', { mode: 'air', arrangement: 'multiple', document: 'master-with-houses' });
 * ```
 */
export interface Dossier {
  format: 'ics2-dossier';
  version: 1;
  id: string;
  shipment: DossierShipment;
  /** Filings by LRN. */
  filings: Record<string, FilingState>;
  notices: DossierNotice[];
  /** Every message added, in order, applied or not. */
  log: LifecycleMessage[];
}

/**
 * An empty dossier.
 *
 * @example
 * ```ts
 * newDossier('SHIP-1', { mode: 'sea', arrangement: 'multiple', document: 'master-with-houses' }).filings; // {}
 * ```
 */
export function newDossier(id: string, shipment: DossierShipment): Dossier {
  return { format: 'ics2-dossier', version: 1, id, shipment: jsonCopy(shipment), filings: {}, notices: [], log: [] };
}

/**
 * What {@link addToDossier} returns.
 *
 * @example
 * ```ts
 * const r: DossierUpdate = { dossier, applied: ['L1'], happened: ['L1: Registered under MRN ...'], issues: [], correlation: { matches: ['L1'], by: 'LRN', reason: 'LRN L1' } };
 * ```
 */
export interface DossierUpdate {
  dossier: Dossier;
  applied: string[];
  happened: string[];
  issues: Issue[];
  correlation?: Correlation;
}

/**
 * Add a message to a dossier: a new filing (IE3Fxx) starts its own lifecycle under its LRN; every other
 * message is correlated to its filing(s) and applied; IE3N02 and IE3N11 are also kept as dossier notices.
 * A message that matches none or several filings is logged with an issue saying why. Never throws; the
 * dossier given is not mutated.
 *
 * @example
 * ```ts
 * let d = newDossier('S1', shipment);
 * d = addToDossier(d, { messageType: 'IE3F12', value: f12 }).dossier;
 * ```
 */
export function addToDossier(dossier: Dossier, message: LifecycleMessage): DossierUpdate {
  try {
    const d = jsonCopy(dossier);
    const m = jsonCopy(message);
    d.log.push(m);
    const out: DossierUpdate = { dossier: d, applied: [], happened: [], issues: [] };
    const messageType = prop(m, 'messageType');
    if (typeof messageType !== 'string') {
      out.issues.push(issue('unknown_message', ['messageType'], '/messageType', 'The message has no messageType'));
      return out;
    }
    const kind = messageKind(messageType);
    const value = prop(m, 'value');
    if (kind === 'IE3Fxx') {
      const lrn = str(value, 'LRN');
      if (lrn === undefined) {
        out.issues.push(issue('invalid_message', ['value', 'LRN'], `/${messageType}/LRN`, `${messageType} has no LRN`));
        return out;
      }
      const r = apply(d.filings[lrn] ?? newFiling(), m);
      if (r.changed) d.filings[lrn] = r.state;
      out.applied = r.changed ? [lrn] : [];
      out.happened.push(`${lrn}: ${r.happened}`);
      out.issues.push(...r.issues);
      return out;
    }
    const c = correlate(m, d.filings);
    out.correlation = c;
    if (kind === 'IE3N11' || kind === 'IE3N02') d.notices.push(notice(kind, value, d));
    if (kind === 'IE3N11') {
      out.happened.push(d.notices[d.notices.length - 1]?.meaning ?? '');
      return out;
    }
    const targets = kind === 'IE3N06' || kind === 'IE3R04' ? c.matches : c.matches.length === 1 ? c.matches : [];
    if (targets.length === 0) {
      out.issues.push(
        issue(c.matches.length > 1 ? 'ambiguous_correlation' : 'uncorrelated', [], '', `${messageType} was not applied: ${c.reason}`, { severity: 'warning' }),
      );
      return out;
    }
    for (const id of targets) {
      const f = d.filings[id];
      if (f === undefined) continue;
      const r = apply(f, m);
      if (r.changed) {
        d.filings[id] = r.state;
        out.applied.push(id);
      }
      out.happened.push(`${id}: ${r.happened}`);
      out.issues.push(...r.issues);
    }
    return out;
  } catch (e) {
    return { dossier, applied: [], happened: [], issues: [issue('internal_error', [], '', `addToDossier failed: ${e instanceof Error ? e.message : String(e)}`)] };
  }
}

function notice(kind: 'IE3N02' | 'IE3N11', value: unknown, d: Dossier): DossierNotice {
  const doc = str(value, 'transportDocument', 'documentNumber');
  const at = str(value, 'notificationDate');
  const parties = uniq(list(value, 'supplementaryDeclarant').map((x) => str(x, 'identificationNumber')));
  const office = str(value, 'customsOfficeOfFirstEntry', 'referenceNumber');
  const ours = doc !== undefined && Object.values(d.filings).some((f) => f.keys.masterDocuments.includes(doc));
  const n: DossierNotice =
    kind === 'IE3N02'
      ? {
          messageType: kind,
          meaning: `ENS not complete for master document ${doc ?? '?'}: customs' linking timer expired and ${parties.join(', ') || 'some parties'} ${parties.length === 1 ? 'has' : 'have'} not filed. Not final: their late filing (or an amendment) can still complete the ENS; until then the ENS is not ready for full risk analysis.`,
          evidence: 'inference',
        }
      : {
          messageType: kind,
          meaning: `ENS pending: ${parties.join(', ') || 'you'} must lodge the missing filing for master document ${doc ?? '?'}${office ? ` (office of first entry ${office})` : ''}. It names no MRN: ${ours ? 'this dossier holds that master document' : 'no filing of this dossier carries that master document yet'}.`,
          evidence: 'confirmed',
        };
  if (at) n.at = at;
  if (doc) n.masterDocument = doc;
  if (parties.length) n.parties = parties;
  return n;
}

/**
 * Rebuild a dossier from its id, shipment and message log (adding each message in turn); replaying gives
 * the same dossier. Never throws.
 *
 * @example
 * ```ts
 * const again = replayDossier(d.id, d.shipment, d.log);
 * ```
 */
export function replayDossier(id: string, shipment: DossierShipment, log: readonly LifecycleMessage[]): Dossier {
  let d = newDossier(id, shipment);
  for (const m of Array.isArray(log) ? log : []) d = addToDossier(d, m).dossier;
  return d;
}

/**
 * Read a stored dossier (`format: 'ics2-dossier'`, `version: 1`): rebuilt from its log, and refused when the
 * stored state differs from what its log gives. Never throws.
 *
 * @example
 * ```ts
 * const r = loadDossier(JSON.parse(text));
 * ```
 */
export function loadDossier(json: unknown): Result<Dossier> {
  if (!isObj(json) || prop(json, 'format') !== 'ics2-dossier') {
    return { ok: false, issues: [issue('invalid_format', ['format'], '/format', "Not a stored dossier: expected format 'ics2-dossier'")] };
  }
  if (prop(json, 'version') !== 1) {
    return { ok: false, issues: [issue('unsupported_version', ['version'], '/version', `Stored dossier version ${String(prop(json, 'version'))} is not supported (expected 1)`)] };
  }
  const id = prop(json, 'id');
  const shipment = prop(json, 'shipment');
  const log = prop(json, 'log');
  if (typeof id !== 'string' || !isObj(shipment) || !Array.isArray(log)) {
    return { ok: false, issues: [issue('missing', [], '', 'A stored dossier needs id, shipment and log')] };
  }
  const d = replayDossier(id, shipment as unknown as DossierShipment, log as LifecycleMessage[]);
  if (JSON.stringify(d) !== JSON.stringify(json)) {
    return { ok: false, issues: [issue('replay_mismatch', [], '', 'The stored dossier differs from the dossier its message log gives')] };
  }
  return { ok: true, value: d };
}

/**
 * A filing still missing from the dossier: who lodges it (role, and the EORIs named as supplementary
 * declarants where known), the filing types that would do (alternatives), the house documents it is missing
 * for, and its deadline from `lodgingDeadline` (or the issues saying which facts it needs).
 *
 * @example
 * ```ts
 * const m: MissingFiling = { role: 'house-filer', requirement: 'house-bill', codes: ['F15', 'F14'], houses: ['HBL2'], reasoning: '...', deadline: undefined, deadlineIssues: [] };
 * ```
 */
export interface MissingFiling {
  role: FilingRole;
  requirement: string;
  codes: string[];
  houses?: string[];
  parties?: string[];
  condition?: string;
  reasoning: string;
  deadline?: LodgingDeadline;
  deadlineIssues?: Issue[];
}

/**
 * Data that disagree between linked filings.
 *
 * @example
 * ```ts
 * const x: Disagreement = { field: 'carrier', values: [{ filing: 'L1', value: 'DE1' }, { filing: 'L2', value: 'DE2' }], message: '...' };
 * ```
 */
export interface Disagreement {
  field: 'carrier' | 'masterDocument' | 'officeOfFirstEntry' | 'routing' | 'conveyance' | 'houseGrossMass' | 'linking';
  values: { filing: string; value: string }[];
  message: string;
}

/**
 * What {@link dossierReport} answers.
 *
 * @example
 * ```ts
 * const r: DossierReport = { status: 'incomplete', missing: [], disagreements: [], filings: [], notices: [], explanation: [], evidence: 'inference', issues: [] };
 * ```
 */
export interface DossierReport {
  /** `complete`: every required filing is there and registered; `awaiting-registration`: all there, some not yet registered. */
  status: 'complete' | 'awaiting-registration' | 'incomplete';
  filings: { lrn: string; filingType?: string; status: string; mrn?: string }[];
  missing: MissingFiling[];
  disagreements: Disagreement[];
  notices: DossierNotice[];
  explanation: string[];
  /** Completeness is our reading: no message confirms an ENS complete. */
  evidence: Evidence;
  issues: Issue[];
}

const ROLES: readonly FilingRole[] = ['carrier', 'house-filer', 'consignee', 'express-operator', 'postal-operator'];
const live = (f: FilingState): boolean => f.status !== 'rejected' && f.status !== 'invalidated' && f.status !== 'draft';

function requirementInput(s: DossierShipment, role: FilingRole): RequiredFilingsInput {
  if (s.mode === 'express' || s.mode === 'postal') {
    return { mode: s.mode, carriage: (s.carriage ?? 'air') as 'air', arrangement: s.arrangement, document: s.document, role };
  }
  return { mode: s.mode, arrangement: s.arrangement, document: s.document, role };
}

/**
 * Is the ENS complete? For each role of the shipment, `requiredFilings` says which filings (alternatives)
 * it lodges; each is looked for among the live filings of the dossier (house-level filings once per house
 * document). A conditional requirement counts when a filing type its condition names is in the dossier
 * (F16 after an F14, F25 after an F23). Missing filings get their deadline from `lodgingDeadline` with the
 * shipment's `deadlineFacts`. Also: data that disagree between linked filings (carrier, master document,
 * office of first entry, routing, conveyance, house gross mass), and the IE3N02/IE3N11 notices. Never throws.
 *
 * @example
 * ```ts
 * const r = dossierReport(d);
 * r.missing.map((m) => `${m.role}: ${m.codes.join(' or ')} by ${m.deadline?.deadline}`);
 * ```
 */
export function dossierReport(dossier: Dossier): DossierReport {
  const issues: Issue[] = [];
  const s = dossier.shipment;
  const filings = Object.entries(dossier.filings);
  const liveFilings = filings.filter(([, f]) => live(f));
  const present = new Set(liveFilings.map(([, f]) => f.filingType));
  const houses = uniq([...(s.houses ?? []), ...liveFilings.flatMap(([, f]) => f.keys.houseDocuments)]);
  const missing: MissingFiling[] = [];
  const explanation: string[] = [];
  const roles = s.roles ?? ROLES;
  for (const role of roles) {
    const rf = requiredFilings(requirementInput(s, role));
    if (!rf.ok) {
      if (s.roles) issues.push(...rf.issues);
      continue;
    }
    for (const req of rf.value.requirements) {
      if (req.condition !== undefined) {
        const named = req.condition.match(/F\d\d/g) ?? [];
        const optionCodes = req.oneOf.flatMap((o) => o.steps.map((x) => x.code as string));
        if (!named.some((c) => present.has(c) && !optionCodes.includes(c))) {
          explanation.push(`${role} ${req.id}: not needed here (${req.condition})`);
          continue;
        }
      }
      const evaluated = req.oneOf.map((o) => {
        const unmet: { step: FilingStep; houses?: string[] }[] = [];
        for (const step of o.steps) {
          const carriers = liveFilings.filter(([, f]) => f.filingType === step.code);
          if (step.level === 'house' && houses.length > 0 && s.document === 'master-with-houses') {
            const lacking = houses.filter((h) => !carriers.some(([, f]) => f.keys.houseDocuments.includes(h)));
            if (lacking.length) unmet.push({ step, houses: lacking });
          } else if (carriers.length === 0) unmet.push({ step });
        }
        return { option: o, unmet };
      });
      const met = evaluated.find((e) => e.unmet.length === 0);
      if (met) {
        explanation.push(`${role} ${req.id}: met by ${met.option.steps.map((x) => x.code).join(' + ')}`);
        continue;
      }
      const best = [...evaluated].sort((a, b) => a.unmet.length - b.unmet.length)[0];
      if (!best) continue;
      const codes = uniq(evaluated.map((e) => e.unmet[0]?.step.code));
      const step = best.unmet[0]?.step;
      const entry: MissingFiling = { role, requirement: req.id, codes, reasoning: req.reasoning };
      const lackingHouses = best.unmet.find((u) => u.houses)?.houses;
      if (lackingHouses) entry.houses = lackingHouses;
      if (req.condition) entry.condition = req.condition;
      const parties = role === 'carrier' ? [] : uniq(liveFilings.flatMap(([, f]) => f.keys.supplementaryDeclarants));
      if (parties.length) entry.parties = parties;
      if (step) {
        const input = { ...(s.deadlineFacts ?? {}), ...step.deadline.lodgingDeadline } as unknown as LodgingDeadlineInput;
        const dl = lodgingDeadline(input);
        if (dl.ok) entry.deadline = dl.value;
        else entry.deadlineIssues = dl.issues;
      }
      missing.push(entry);
      explanation.push(`${role} ${req.id}: missing ${codes.join(' or ')}${lackingHouses ? ` for ${lackingHouses.join(', ')}` : ''}`);
    }
  }
  const disagreements = compare(liveFilings);
  const allRegistered = liveFilings.every(([, f]) => f.status !== 'lodged');
  const status: DossierReport['status'] = missing.length > 0 || liveFilings.length === 0 ? 'incomplete' : allRegistered ? 'complete' : 'awaiting-registration';
  return {
    status,
    filings: filings.map(([lrn, f]) => ({ lrn, status: f.status, ...(f.filingType ? { filingType: f.filingType } : {}), ...(f.mrn ? { mrn: f.mrn } : {}) })),
    missing,
    disagreements,
    notices: dossier.notices,
    explanation,
    evidence: 'inference',
    issues,
  };
}

const decimal = (v: unknown): string | undefined => {
  if (typeof v !== 'string' || !/^\d+(\.\d+)?$/.test(v)) return undefined;
  const [i = '0', f = ''] = v.split('.');
  const frac = f.replace(/0+$/, '');
  return `${i.replace(/^0+(?=\d)/, '')}${frac ? `.${frac}` : ''}`;
};

function compare(filings: [string, FilingState][]): Disagreement[] {
  const out: Disagreement[] = [];
  const field = (name: Disagreement['field'], label: string, get: (f: FilingState) => string | undefined): void => {
    const values = filings.map(([id, f]) => ({ filing: id, value: get(f) })).filter((x): x is { filing: string; value: string } => x.value !== undefined);
    if (uniq(values.map((v) => v.value)).length > 1) {
      out.push({ field: name, values, message: `The linked filings disagree on the ${label}: ${values.map((v) => `${v.filing} ${v.value}`).join(', ')}` });
    }
  };
  field('carrier', 'carrier', (f) => f.keys.carrier);
  field('masterDocument', 'master transport document', (f) => (f.keys.masterDocuments.length ? f.keys.masterDocuments.join('+') : undefined));
  field('officeOfFirstEntry', 'office of first entry', (f) => f.keys.officeOfFirstEntry);
  field('routing', 'countries of routing of the means of transport', (f) => {
    const c = collect(f.dataset, 'countriesOfRoutingOfMeansOfTransport').map((x) => str(x, 'country'));
    return c.length ? c.join('-') : undefined;
  });
  field('conveyance', 'conveyance reference (voyage or flight)', (f) => str(f.dataset, 'activeBorderTransportMeans', 'conveyanceReferenceNumber'));
  // The same house consignment in two filings (PLACI and pre-arrival, house and master): the gross mass.
  const byHouse = new Map<string, { filing: string; value: string }[]>();
  for (const [id, f] of filings) {
    for (const h of collect(f.dataset, 'consignmentHouseLevel')) {
      const doc = str(h, 'transportDocumentHouseLevel', 'documentNumber');
      const mass = decimal(prop(h, 'totalGrossMass'));
      if (doc === undefined || mass === undefined) continue;
      byHouse.set(doc, [...(byHouse.get(doc) ?? []), { filing: id, value: mass }]);
    }
  }
  for (const [doc, values] of byHouse) {
    if (uniq(values.map((v) => v.value)).length > 1) {
      out.push({ field: 'houseGrossMass', values, message: `House ${doc}: the filings give different gross masses (${values.map((v) => `${v.filing} ${v.value}`).join(', ')}); customs flag such gaps for risk analysis` });
    }
  }
  // Linking: house-level filings must point to the master filing's document (and carrier).
  const masters = filings.filter(([, f]) => f.keys.houseDocuments.length === 0 && f.keys.masterDocuments.length > 0);
  const masterDocs = uniq(masters.flatMap(([, f]) => f.keys.masterDocuments));
  if (masterDocs.length > 0) {
    for (const [id, f] of filings) {
      if (f.keys.houseDocuments.length === 0 || f.keys.masterDocuments.length === 0) continue;
      if (!f.keys.masterDocuments.some((d) => masterDocs.includes(d))) {
        out.push({ field: 'linking', values: [{ filing: id, value: f.keys.masterDocuments.join('+') }], message: `${id} points to master document ${f.keys.masterDocuments.join(', ')}, which no master-level filing of the dossier carries (${masterDocs.join(', ')}): customs cannot link it` });
      }
    }
  }
  return out;
}
