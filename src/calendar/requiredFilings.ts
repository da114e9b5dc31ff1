import { issue } from '../core/issue';
import type { Issue, Result } from '../core/issue';
import { DEADLINE_ROWS, DEADLINE_RULE_ROWS, FILING_PLANS, FILING_TYPES } from './data';
import type {
  Carriage,
  Citation,
  Confidence,
  DeadlineRow,
  DeadlineRuleRef,
  DocumentStructure,
  FilingArrangement,
  FilingPlan,
  FilingRole,
  FilingTypeCode,
  FilingTypeInfo,
  OtherPartyFiling,
  Service,
  Transport,
} from './data';
import { caveatsOf, shortAct, uniqueCitations, weakestConfidence } from './legalBasis';

interface RequiredFilingsBase {
  arrangement: FilingArrangement;
  role: FilingRole;
  document: DocumentStructure;
}

/**
 * The input of {@link requiredFilings}: a mode, the filing arrangement, the role asking and the transport
 * document structure. Express consignments say how they travel (`air` on the express operator's own
 * flights, `general-air-cargo` on an airline, or `road`); postal consignments say the means of transport.
 *
 * @example
 * ```ts
 * const i: RequiredFilingsInput = { mode: 'air', arrangement: 'multiple', role: 'house-filer', document: 'master-with-houses' };
 * const j: RequiredFilingsInput = { mode: 'postal', carriage: 'road', arrangement: 'multiple', role: 'carrier', document: 'master-with-houses' };
 * ```
 */
export type RequiredFilingsInput =
  | (RequiredFilingsBase & { mode: 'sea' | 'inland-waterways' | 'air' | 'road' | 'rail' })
  | (RequiredFilingsBase & { mode: 'express'; carriage: 'air' | 'general-air-cargo' | 'road' })
  | (RequiredFilingsBase & { mode: 'postal'; carriage: Transport });

/**
 * How a filing's deadline is found: the rows of {@link DEADLINE_ROWS} that may apply, and what to pass to
 * `lodgingDeadline` to compute it.
 *
 * @example
 * ```ts
 * const d: FilingDeadlineRule = { ref: 'placi', rows: [DEADLINE_ROWS['air-placi']], summary: '...', lodgingDeadline: { mode: 'air', dataset: 'placi' } };
 * ```
 */
export interface FilingDeadlineRule {
  ref: DeadlineRuleRef;
  rows: DeadlineRow[];
  summary: string;
  lodgingDeadline: { mode: Transport; dataset?: 'placi' | 'complete' | 'remaining' };
}

/**
 * One filing to lodge.
 *
 * @example
 * ```ts
 * import type { FilingStep } from 'ics2/calendar';
 * const line = (s: FilingStep) => `${s.code} (${s.message}): ${s.when}`;
 * ```
 */
export interface FilingStep extends Omit<FilingTypeInfo, 'category'> {
  code: FilingTypeCode;
  when: string;
  deadline: FilingDeadlineRule;
}

/**
 * One way to meet a requirement: lodge all its steps (and others lodge theirs).
 *
 * @example
 * ```ts
 * const o: FilingOption = { steps: [], othersLodge: [] };
 * ```
 */
export interface FilingOption {
  steps: FilingStep[];
  othersLodge: OtherPartyFiling[];
  note?: string;
}

/**
 * A requirement: lodge exactly ONE of its options.
 *
 * @example
 * ```ts
 * const r: FilingRequirement = { id: 'placi', oneOf: [], reasoning: '...' };
 * ```
 */
export interface FilingRequirement {
  id: string;
  oneOf: FilingOption[];
  condition?: string;
  reasoning: string;
}

/**
 * What a role must lodge: every requirement (AND), each with its alternatives (`oneOf`).
 *
 * @example
 * ```ts
 * const r = requiredFilings({ mode: 'sea', arrangement: 'multiple', role: 'carrier', document: 'master-with-houses' });
 * if (r.ok) r.value.requirements[0]?.oneOf[0]?.steps[0]?.code; // 'F12'
 * ```
 */
export interface RequiredFilings {
  mode: RequiredFilingsInput['mode'];
  role: FilingRole;
  arrangement: FilingArrangement;
  document: DocumentStructure;
  carriage: Carriage;
  /** The id of the row of `FILING_PLANS` applied. */
  plan: string;
  requirements: FilingRequirement[];
  /** Filings other persons lodge for the same ENS. */
  otherParties: OtherPartyFiling[];
  reasoning: string;
  /** True when who-lodges-what is our reading of the filing-type descriptions. */
  ourReading: boolean;
  confidence: Confidence;
  citations: Citation[];
  caveats: string[];
}

const MODES = ['sea', 'inland-waterways', 'air', 'road', 'rail', 'express', 'postal'] as const;
const ROLES: readonly FilingRole[] = [
  'carrier',
  'house-filer',
  'consignee',
  'express-operator',
  'postal-operator',
];
const ARRANGEMENTS: readonly FilingArrangement[] = ['single', 'multiple'];
const DOCUMENTS: readonly DocumentStructure[] = ['straight', 'master-with-houses'];
const CARRIAGES: Record<'express' | 'postal', readonly Carriage[]> = {
  express: ['air', 'general-air-cargo', 'road'],
  postal: ['air', 'sea', 'inland-waterways', 'road', 'rail'],
};
const DATASET: Partial<Record<DeadlineRuleRef, 'placi' | 'complete' | 'remaining'>> = {
  placi: 'placi',
  'air-complete': 'complete',
  'air-partial': 'remaining',
};

function deadlineRule(ref: DeadlineRuleRef, transport: Transport): FilingDeadlineRule {
  const rows: DeadlineRow[] = DEADLINE_RULE_ROWS[ref][transport].map((id) => DEADLINE_ROWS[id]);
  const summary = rows.map((r) => `${r.case} [${shortAct(r.citation.act)} ${r.citation.article}]`).join('; ');
  const dataset = DATASET[ref];
  const mode: Transport = ref === 'mode' ? transport : 'air';
  return { ref, rows, summary, lodgingDeadline: dataset ? { mode, dataset } : { mode } };
}

function step(code: FilingTypeCode, when: string, ref: DeadlineRuleRef, transport: Transport): FilingStep {
  const info = FILING_TYPES.find((t) => t.code === code) as FilingTypeInfo;
  return {
    code,
    message: info.message,
    amendment: info.amendment,
    kind: info.kind,
    level: info.level,
    description: info.description,
    when,
    deadline: deadlineRule(ref, transport),
  };
}

function matches(
  plan: FilingPlan,
  service: Service,
  carriage: Carriage,
  input: RequiredFilingsBase,
): boolean {
  return (
    plan.service === service &&
    plan.carriage.includes(carriage) &&
    (plan.arrangements === undefined || plan.arrangements.includes(input.arrangement)) &&
    (plan.documents === undefined || plan.documents.includes(input.document)) &&
    plan.roles.includes(input.role)
  );
}

/**
 * Which filing types (F10..F51) a role must lodge, and when, for a mode, filing arrangement and transport
 * document structure. Alternatives are explicit: `requirements` must all be met, each by one of its
 * `oneOf` options; `othersLodge` names what other persons add. Each filing carries its deadline rule (rows
 * of the time-limit table, and the `lodgingDeadline` input to compute it). Based on the ICD v3.30 filing
 * type descriptions; where who-lodges-what is our reading, `ourReading`, `confidence` and `caveats` say so.
 * Never throws.
 *
 * @example
 * ```ts
 * const r = requiredFilings({ mode: 'air', arrangement: 'multiple', role: 'house-filer', document: 'master-with-houses' });
 * // r.value.requirements: [
 * //   { id: 'placi', oneOf: [{ steps: [F23] }, { steps: [F24] }, { steps: [F26] }] },   // before loading
 * //   { id: 'house-pre-arrival', oneOf: [{ steps: [F22] }] },                          // pre-arrival
 * // ]
 * ```
 */
export function requiredFilings(input: RequiredFilingsInput): Result<RequiredFilings> {
  if (typeof input !== 'object' || input === null) {
    return {
      ok: false,
      issues: [issue('invalid_type', [], '', 'Expected { mode, arrangement, role, document }')],
    };
  }
  const errors: Issue[] = [];
  if (!(MODES as readonly string[]).includes(input.mode)) {
    errors.push(issue('invalid_value', ['mode'], '/mode', `mode must be one of ${MODES.join(', ')}`));
  }
  if (!ARRANGEMENTS.includes(input.arrangement)) {
    errors.push(
      issue(
        'invalid_value',
        ['arrangement'],
        '/arrangement',
        `arrangement must be one of ${ARRANGEMENTS.join(', ')}`,
      ),
    );
  }
  if (!ROLES.includes(input.role)) {
    errors.push(issue('invalid_value', ['role'], '/role', `role must be one of ${ROLES.join(', ')}`));
  }
  if (!DOCUMENTS.includes(input.document)) {
    errors.push(
      issue('invalid_value', ['document'], '/document', `document must be one of ${DOCUMENTS.join(', ')}`),
    );
  }
  let carriage: Carriage = input.mode as Carriage;
  let service: Service = 'general';
  if (input.mode === 'express' || input.mode === 'postal') {
    service = input.mode;
    const allowed = CARRIAGES[input.mode];
    if (!allowed.includes(input.carriage)) {
      errors.push(
        issue('invalid_value', ['carriage'], '/carriage', `carriage must be one of ${allowed.join(', ')}`),
      );
    } else {
      carriage = input.carriage;
    }
  }
  if (errors.length > 0) return { ok: false, issues: errors };

  const plan: FilingPlan | undefined = FILING_PLANS.find((p) => matches(p, service, carriage, input));
  if (plan === undefined) {
    const roles = [
      ...new Set(
        (FILING_PLANS as readonly FilingPlan[])
          .filter((p) => p.service === service && p.carriage.includes(carriage))
          .flatMap((p) => p.roles),
      ),
    ];
    const hint =
      input.role === 'express-operator' && service !== 'express'
        ? " Use mode 'express' for express consignments."
        : input.role === 'postal-operator' && service !== 'postal'
          ? " Use mode 'postal' for postal consignments."
          : '';
    return {
      ok: false,
      issues: [
        issue(
          'role_not_applicable',
          ['role'],
          '/role',
          `No filing for a ${input.role} in ${input.mode}${service !== 'general' ? ` by ${carriage}` : ''}: roles that file here are ${roles.join(', ')}.${hint}`,
        ),
      ],
    };
  }
  if (plan.outcome?.severity === 'error') {
    return { ok: false, issues: [issue(plan.outcome.code, ['role'], '/role', plan.outcome.message)] };
  }
  const transport: Transport = carriage === 'general-air-cargo' ? 'air' : carriage;
  const requirements: FilingRequirement[] = plan.requirements.map((req) => {
    const out: FilingRequirement = {
      id: req.id,
      oneOf: req.oneOf.map((opt) => {
        const o: FilingOption = {
          steps: opt.steps.map((s) => step(s.code, s.when, s.deadline, transport)),
          othersLodge: [...(opt.othersLodge ?? [])],
        };
        if (opt.note !== undefined) o.note = opt.note;
        return o;
      }),
      reasoning: req.reasoning,
    };
    if (req.condition !== undefined) out.condition = req.condition;
    return out;
  });
  const otherParties: OtherPartyFiling[] = [];
  for (const r of requirements)
    for (const o of r.oneOf)
      for (const p of o.othersLodge) if (!otherParties.includes(p)) otherParties.push(p);

  const citations = uniqueCitations(plan.citations);
  const citeConfidence = weakestConfidence(citations);
  const rank = { confirmed: 0, secondary: 1, unverified: 2 } as const;
  const confidence = rank[plan.confidence] > rank[citeConfidence] ? plan.confidence : citeConfidence;
  const caveats: string[] = [];
  if (plan.ourReading) {
    caveats.push(
      'Who lodges which filing type is our reading of the ICD v3.30 Annex 1 descriptions (spec/filing-types.json), not a legal text.',
    );
  }
  if (plan.outcome) caveats.push(plan.outcome.message);
  caveats.push(...caveatsOf(citations));
  const value: RequiredFilings = {
    mode: input.mode,
    role: input.role,
    arrangement: input.arrangement,
    document: input.document,
    carriage,
    plan: plan.id,
    requirements,
    otherParties,
    reasoning: plan.reasoning,
    ourReading: plan.ourReading,
    confidence,
    citations,
    caveats,
  };
  if (plan.outcome?.severity === 'warning') {
    return {
      ok: true,
      value,
      issues: [issue(plan.outcome.code, ['role'], '/role', plan.outcome.message, { severity: 'warning' })],
    };
  }
  return { ok: true, value };
}
