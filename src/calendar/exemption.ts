import { issue } from '../core/issue';
import { rolloutPhase } from './rolloutPhase';
import type { RolloutPhaseInput } from './rolloutPhase';
import type { Issue } from '../core/issue';
import { CITATIONS, SECURITY_ZONE_DISPATCH, WAIVERS } from './data';
import type { Citation, Confidence, WaivedGoods, Waiver } from './data';
import { caveatsOf, uniqueCitations } from './legalBasis';

/**
 * The facts {@link exemption} looks at. Everything is optional; what is not given is not assumed.
 *
 * @example
 * ```ts
 * const s: ExemptionInput = { placeOfDispatch: 'CH', countryOfOrigin: 'CN' };
 * ```
 */
export interface ExemptionInput {
  /** The means of transport (and its goods) only passes through Union territorial waters or airspace, without a stop. */
  passesThroughWithoutStop?: boolean;
  /** Kinds of goods or traffic that DA Art. 104(1) may waive. */
  goods?: readonly WaivedGoods[];
  /** Whether the goods travel under a contract of carriage (some waivers apply only without one). */
  underContractOfCarriage?: boolean;
  /** Country the goods are DISPATCHED from to the Union (ISO 3166-1 alpha-2; `XI` for Northern Ireland). */
  placeOfDispatch?: string;
  /** Country of origin: does NOT decide the security-zone waiver, used only to explain. */
  countryOfOrigin?: string;
  /**
   * The day asked about, with who lodges and how the goods travel: then the answer also says whether ICS2
   * was live for them that day (`ics2`), e.g. postal by road before Release 3 (from `rolloutPhase`).
   */
  on?: RolloutPhaseInput;
}

/**
 * Why no ENS is needed (or, in `notes`, why a waiver one might expect does not apply).
 *
 * @example
 * ```ts
 * const c: ExemptionCode = 'security-zone-switzerland';
 * ```
 */
export type ExemptionCode =
  | 'transit-without-stop'
  | WaivedGoods
  | 'security-zone-switzerland'
  | 'security-zone-norway'
  | 'northern-ireland'
  | 'origin-is-not-dispatch'
  | 'contract-of-carriage';

/**
 * One reason, with its legal basis.
 *
 * @example
 * ```ts
 * const r: ExemptionReason = { code: 'pipeline', citation: CITATIONS.da104_1b, citations: [CITATIONS.da104_1b], confidence: 'confirmed', explanation: 'No ENS for goods entering by pipeline' };
 * ```
 */
export interface ExemptionReason {
  code: ExemptionCode;
  citation: Citation;
  /** All bases (e.g. the DA point and the EU-CH mirror). */
  citations: Citation[];
  confidence: Confidence;
  explanation: string;
}

/**
 * Whether an ENS is required, and why not.
 *
 * @example
 * ```ts
 * const r: ExemptionResult = exemption({ goods: ['electrical-energy'] });
 * r.required; // false
 * ```
 */
export interface ExemptionResult {
  /** False when at least one waiver in `reasons` applies. */
  required: boolean;
  /** The waivers that apply. */
  reasons: ExemptionReason[];
  /** Waivers considered that do NOT apply, and why (e.g. origin in Switzerland but dispatched from China). */
  notes: ExemptionReason[];
  /** The general rule: goods brought into the Union customs territory need an ENS (UCC Art. 127(1)). */
  basis: Citation;
  /** Exempt: the confidence of the best-founded reason. Required: that of UCC Art. 127(1) (confirmed). */
  confidence: Confidence;
  caveats: string[];
  /** Input problems (unknown goods codes, malformed country codes) and missing facts. */
  issues: Issue[];
  /** Only with `on`: whether ICS2 was live that day for that mode and role (before go-live the ICS1 rules applied). */
  ics2?: { live: boolean; release: string | null; status: string; explanation: string; confidence: Confidence };
}

const RANK: Record<Confidence, number> = { confirmed: 0, secondary: 1, unverified: 2 };
const COUNTRY_RE = /^[A-Z]{2}$/;

/**
 * `corroborating`: bases that state the same waiver (they can raise the confidence, e.g. the EU-CH mirror of
 * a DA point). `context`: enabling provisions cited for completeness (they cannot raise it).
 */
function reasonFrom(
  code: ExemptionCode,
  citation: Citation,
  explanation: string,
  corroborating: readonly Citation[] = [],
  context: readonly Citation[] = [],
): ExemptionReason {
  const citations = uniqueCitations([citation, ...corroborating, ...context]);
  // A waiver stands if any basis stating it does: take the strongest of those.
  const confidence = [citation, ...corroborating].reduce<Confidence>(
    (best, c) => (RANK[c.confidence] < RANK[best] ? c.confidence : best),
    'unverified',
  );
  return { code, citation, citations, confidence, explanation };
}

function waiverText(w: Waiver): string {
  const point = w.citation.wording === 'not-read' ? ' (point after (k): letter and wording not read)' : '';
  return `No ENS for ${w.covers}: DA ${w.citation.article}${point}`;
}

/**
 * Whether goods need an ENS, with each waiver that applies and its legal basis: goods only passing
 * through Union waters or airspace without a stop (UCC Art. 127(2)(a)); the DA Art. 104(1) waivers
 * (electrical energy, pipeline, items of correspondence, household effects and oral or conduct
 * declarations not under a contract of carriage, travellers' baggage, NATO/EU form 302, Member State
 * military goods, offshore installations, diplomatic and consular relief, supplies on board); ATA/CPD
 * carnets unless under a contract of carriage; and goods DISPATCHED from the common security zone
 * (Switzerland, Liechtenstein, Norway; Northern Ireland). The security-zone criterion is the place of
 * dispatch, not the origin: Chinese-origin goods dispatched from Switzerland need no ENS, Swiss-origin goods
 * dispatched from China do. Missing facts are not assumed: the waiver is then not applied and an issue
 * says what is missing. Never throws.
 *
 * @example
 * ```ts
 * exemption({ placeOfDispatch: 'CN', countryOfOrigin: 'CH' });
 * // { required: true, reasons: [], notes: [{ code: 'origin-is-not-dispatch', ... }], ... }
 * exemption({ placeOfDispatch: 'CH', countryOfOrigin: 'CN' });
 * // { required: false, reasons: [{ code: 'security-zone-switzerland', ... }], ... }
 * ```
 */
export function exemption(shipment: ExemptionInput): ExemptionResult {
  const reasons: ExemptionReason[] = [];
  const notes: ExemptionReason[] = [];
  const issues: Issue[] = [];
  const input: ExemptionInput = typeof shipment === 'object' && shipment !== null ? shipment : {};
  if (input !== shipment) {
    issues.push(issue('invalid_type', [], '', 'Expected an object describing the shipment'));
  }

  if (input.passesThroughWithoutStop !== undefined && typeof input.passesThroughWithoutStop !== 'boolean') {
    issues.push(
      issue('invalid_type', ['passesThroughWithoutStop'], '/passesThroughWithoutStop', 'Expected a boolean'),
    );
  } else if (input.passesThroughWithoutStop === true) {
    reasons.push(
      reasonFrom(
        'transit-without-stop',
        CITATIONS.ucc127_2a,
        'No ENS for means of transport, and the goods on them, that only pass through Union territorial waters or airspace without a stop: UCC Art. 127(2)(a)',
      ),
    );
  }

  const contract = input.underContractOfCarriage;
  if (contract !== undefined && typeof contract !== 'boolean') {
    issues.push(
      issue('invalid_type', ['underContractOfCarriage'], '/underContractOfCarriage', 'Expected a boolean'),
    );
  }
  const goods: readonly unknown[] = Array.isArray(input.goods) ? input.goods : [];
  if (input.goods !== undefined && !Array.isArray(input.goods)) {
    issues.push(issue('invalid_type', ['goods'], '/goods', 'Expected an array of goods codes'));
  }
  goods.forEach((code, i) => {
    const waiver: Waiver | undefined =
      typeof code === 'string' && Object.prototype.hasOwnProperty.call(WAIVERS, code)
        ? WAIVERS[code as WaivedGoods]
        : undefined;
    if (waiver === undefined) {
      issues.push(
        issue(
          'invalid_value',
          ['goods', i],
          `/goods/${i}`,
          `Unknown goods code ${JSON.stringify(code)}: one of ${Object.keys(WAIVERS).join(', ')}`,
        ),
      );
      return;
    }
    const also = waiver.alsoCited ?? [];
    if (waiver.onlyWithoutContractOfCarriage && contract !== false) {
      if (contract === true) {
        notes.push(
          reasonFrom(
            'contract-of-carriage',
            waiver.citation,
            `The waiver for ${waiver.covers} does not apply: the goods travel under a contract of carriage (DA ${waiver.citation.article})`,
            also,
          ),
        );
      } else {
        issues.push(
          issue(
            'missing',
            ['underContractOfCarriage'],
            '/underContractOfCarriage',
            `The waiver for ${waiver.covers} applies only without a contract of carriage; underContractOfCarriage was not given, so the waiver was not applied`,
            { severity: 'warning', ref: `DA ${waiver.citation.article}` },
          ),
        );
      }
      return;
    }
    reasons.push(reasonFrom(waiver.code, waiver.citation, waiverText(waiver), also));
  });

  const checkCountry = (key: 'placeOfDispatch' | 'countryOfOrigin'): string | undefined => {
    const v = input[key];
    if (v === undefined) return undefined;
    if (typeof v !== 'string' || !COUNTRY_RE.test(v)) {
      issues.push(
        issue(
          'invalid_value',
          [key],
          `/${key}`,
          `${key} must be an ISO 3166-1 alpha-2 code such as 'CH', got ${JSON.stringify(v)}`,
          {
            ref: 'CL718',
          },
        ),
      );
      return undefined;
    }
    return v;
  };
  const dispatch = checkCountry('placeOfDispatch');
  const origin = checkCountry('countryOfOrigin');
  const zoneOfDispatch = SECURITY_ZONE_DISPATCH.find((z) => z.code === dispatch);
  const zoneOfOrigin = SECURITY_ZONE_DISPATCH.find((z) => z.code === origin && z.code !== 'XI');
  const criterion =
    'The criterion is the place of DISPATCH (goods moving directly between the zone and the Union), not the origin: a page saying "goods originating in Switzerland and Norway" describes the usual case loosely';
  if (zoneOfDispatch) {
    const originText =
      origin !== undefined && origin !== dispatch
        ? ` Origin ${origin} does not matter: goods of any origin dispatched from ${zoneOfDispatch.name} are covered. ${criterion}.`
        : ` ${criterion}.`;
    const head =
      zoneOfDispatch.reason === 'northern-ireland'
        ? `Dispatched from ${zoneOfDispatch.name}, which is inside the customs territory for ENS purposes and shares the security zone: no ENS (secondary; Windsor Framework texts not read).`
        : `Dispatched from ${zoneOfDispatch.name}, inside the common security zone with the Union: no ENS for goods moving directly to the Union (${zoneOfDispatch.citation.act}).`;
    const note = 'note' in zoneOfDispatch ? ` ${zoneOfDispatch.note}` : '';
    reasons.push(
      reasonFrom(
        zoneOfDispatch.reason,
        zoneOfDispatch.citation,
        `${head}${note}${originText}`,
        [],
        [CITATIONS.ucc127_2b],
      ),
    );
  } else if (zoneOfOrigin) {
    if (dispatch !== undefined) {
      notes.push(
        reasonFrom(
          'origin-is-not-dispatch',
          zoneOfOrigin.citation,
          `Goods originating in ${zoneOfOrigin.name} but dispatched from ${dispatch} need an ENS: the security-zone waiver covers goods moving between ${zoneOfOrigin.name} and the Union, not goods originating there that come from elsewhere. ${criterion}.`,
          [],
          [CITATIONS.ucc127_2b],
        ),
      );
    } else {
      issues.push(
        issue(
          'missing',
          ['placeOfDispatch'],
          '/placeOfDispatch',
          `Origin ${origin} is inside the security zone, but the waiver depends on the place of dispatch, which was not given: not applied`,
          { severity: 'warning' },
        ),
      );
    }
  }

  const required = reasons.length === 0;
  const confidence: Confidence = required
    ? CITATIONS.ucc127_1.confidence
    : reasons.reduce<Confidence>(
        (best, r) => (RANK[r.confidence] < RANK[best] ? r.confidence : best),
        'unverified',
      );
  const cited = uniqueCitations([...reasons, ...notes].flatMap((r) => r.citations));
  const result: ExemptionResult = {
    required,
    reasons,
    notes,
    basis: CITATIONS.ucc127_1,
    confidence,
    caveats: caveatsOf(cited),
    issues,
  };
  if (input.on !== undefined) {
    const rp = rolloutPhase(input.on);
    if (!rp.ok) {
      issues.push(...rp.issues.map((i) => ({ ...i, path: ['on', ...i.path], pointer: `/on${i.pointer}` })));
    } else {
      const live = rp.value.status !== 'not-live';
      result.ics2 = { live, release: rp.value.release, status: rp.value.status, explanation: rp.value.explanation, confidence: rp.value.confidence };
      if (!live && required) {
        result.caveats.push(`${rp.value.explanation} The ICS1 rules of that time applied; whether they asked for an ENS is not answered here.`);
      }
    }
  }
  return result;
}
