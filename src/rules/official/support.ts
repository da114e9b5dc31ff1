/**
 * Helpers shared by the official rule files: catalogue lookup, presence conditions, places and countries.
 */
import type { ModelPath, Severity } from '../../core/issue';
// The rules' own data module (kind, summary, the CL717 and CL733 codes), not `codelists.ts` and `rules.ts`: a bundle
// of one message holds these few KB rather than every code list and where each rule applies.
import { CL717_CODES, CL733_CODES, ruleTexts } from '../../generated/ruleData';
import { atSites, type Site, type Target } from '../applicability';
import { ancestor, isPresent, showPath, valueAt } from '../paths';
import type { Finding, Rule, RuleContext, RuleInfo } from '../types';

/**
 * An official rule: summary and kind from the catalogue (`ruleTexts`, the same as `ruleCatalogue`), the rest from `info`.
 *
 * @example
 * ```ts
 * export const R3021 = official('R3021', { example }, atSites('R3021', check));
 * ```
 */
export function official(id: string, info: Partial<RuleInfo>, check: (ctx: RuleContext) => Finding[]): Rule {
  const entry = ruleTexts[id];
  if (!entry) throw new Error(`${id} is not in the rule catalogue`);
  return {
    ...info,
    id,
    summary: entry.summary,
    kind: entry.kind,
    severity: info.severity ?? 'error',
    status: info.status ?? 'checked',
    check: (ctx) => check(ctx),
  };
}

/**
 * A record (plain object) or `undefined`.
 *
 * @example
 * ```ts
 * rec({ a: 1 }); // { a: 1 }
 * rec([1]); // undefined
 * ```
 */
export function rec(v: unknown): Record<string, unknown> | undefined {
  return v !== null && typeof v === 'object' && !Array.isArray(v)
    ? (v as Record<string, unknown>)
    : undefined;
}

/**
 * A non-empty string or `undefined`.
 *
 * @example
 * ```ts
 * str(''); // undefined
 * ```
 */
export function str(v: unknown): string | undefined {
  return typeof v === 'string' && v !== '' ? v : undefined;
}

/**
 * The elements of an array, or `[]`.
 *
 * @example
 * ```ts
 * arr(undefined); // []
 * ```
 */
export function arr(v: unknown): unknown[] {
  return Array.isArray(v) ? v : [];
}

/**
 * Mode of transport of an active border transport means (the tables spell it `ModeOfTransport`).
 *
 * @example
 * ```ts
 * modeOf({ ModeOfTransport: '1' }); // '1'
 * ```
 */
export function modeOf(means: unknown): string | undefined {
  const r = rec(means);
  return str(r?.ModeOfTransport) ?? str(r?.modeOfTransport);
}

/**
 * The 27 EU Member States (CL717 without CH and NO) plus XI (Northern Ireland, in ICS2 scope); GR for Greece.
 * CL717 is itself derived (see its note): whether XI belongs is not confirmed.
 *
 * @example
 * ```ts
 * EU_MEMBER_STATES.has('DE'); // true
 * ```
 */
export const EU_MEMBER_STATES: ReadonlySet<string> = new Set(
  CL717_CODES.filter((c) => c !== 'CH' && c !== 'NO'),
);

/**
 * Countries with postal-code indicator 'C' (CL733 proxy: NCTS CL505, partial).
 *
 * @example
 * ```ts
 * POSTCODE_OPTIONAL.has('HK'); // true
 * ```
 */
export const POSTCODE_OPTIONAL: ReadonlySet<string> = new Set(CL733_CODES);

/**
 * Packaging types that mean bulk / unpacked goods (C3035, C3036).
 *
 * @example
 * ```ts
 * BULK_PACKAGING.has('VR'); // true
 * ```
 */
export const BULK_PACKAGING: ReadonlySet<string> = new Set([
  'VQ',
  'VG',
  'VL',
  'VY',
  'VR',
  'VS',
  'VO',
  'NE',
  'NF',
  'NG',
]);

/**
 * The country of a place: the UN/LOCODE prefix, else the address country.
 *
 * @example
 * ```ts
 * placeCountry({ UNLOCODE: 'DEHAM' }); // 'DE'
 * placeCountry({ address: { country: 'CN' } }); // 'CN'
 * ```
 */
export function placeCountry(place: unknown): string | undefined {
  const p = rec(place);
  const lo = str(p?.UNLOCODE);
  if (lo && /^[A-Z]{2}/.test(lo)) return lo.slice(0, 2);
  return str(rec(p?.address)?.country);
}

/**
 * A place group of the nearest consignment level holding it (house first, then master, then the root).
 *
 * @example
 * ```ts
 * placeFor(ctx, ['consignmentMasterLevel', 'consignmentHouseLevel', 0, 'x'], 'placeOfDelivery');
 * ```
 */
export function placeFor(ctx: RuleContext, path: ModelPath, name: string): unknown {
  const house = ancestor(path, 'consignmentHouseLevel');
  const fromHouse = house ? rec(valueAt(ctx.data, house))?.[name] : undefined;
  if (fromHouse !== undefined) return fromHouse;
  const master = ancestor(path, 'consignmentMasterLevel') ?? ['consignmentMasterLevel'];
  return rec(valueAt(ctx.data, master))?.[name] ?? rec(ctx.data)?.[name];
}

/**
 * Additional-information codes of a consignment level (`additionalInformation[*].code`).
 *
 * @example
 * ```ts
 * additionalCodes({ additionalInformation: [{ code: '10600' }] }); // ['10600']
 * ```
 */
export function additionalCodes(level: unknown): string[] {
  return arr(rec(level)?.additionalInformation)
    .map((a) => str(rec(a)?.code))
    .filter((c): c is string => c !== undefined);
}

/** The decision of a condition at a site. */
export type Presence = 'required' | 'optional' | 'forbidden';

/** A condition's decision and the reason given in the message. */
export interface Decision {
  readonly presence: Presence;
  readonly because: string;
  /** Severity of a finding (default `error`). */
  readonly severity?: Severity;
}

/**
 * A condition check: at every site of `id`, decide whether the element is required, optional or forbidden,
 * and report a missing required element or a present forbidden one. `decide` returning `undefined` means
 * "cannot tell" (nothing reported).
 *
 * @example
 * ```ts
 * presence('C3019', (_ctx, site) => (modeOf(site.parent.value) === '4' ? { presence: 'required', because: 'mode of transport is 4' } : { presence: 'forbidden', because: 'mode of transport is not 4' }));
 * ```
 */
export function presence(
  id: string,
  decide: (ctx: RuleContext, site: Site) => Decision | undefined,
  fallback?: (target: Target) => boolean,
): (ctx: RuleContext) => Finding[] {
  return atSites(
    id,
    (ctx, site) => {
      const d = decide(ctx, site);
      if (!d) return [];
      const given = isPresent(site.value);
      const sev = d.severity ? { severity: d.severity } : {};
      if (d.presence === 'required' && !given) {
        return [
          {
            path: site.path,
            message: `${site.name} is required: ${d.because} (${id}) at ${showPath(site.parent.path) || 'root'}`,
            ...sev,
          },
        ];
      }
      if (d.presence === 'forbidden' && given) {
        return [{ path: site.path, message: `${site.name} must not be given: ${d.because} (${id})`, ...sev }];
      }
      return [];
    },
    fallback,
  );
}

/**
 * Sibling value of a site (`site.parent.value[name]`).
 *
 * @example
 * ```ts
 * sibling(site, 'typeOfPackages');
 * ```
 */
export function sibling(site: Site, name: string): unknown {
  return rec(site.parent.value)?.[name];
}
