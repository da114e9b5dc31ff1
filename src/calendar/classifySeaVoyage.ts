import { issue } from '../core/issue';
import type { Issue, ModelPath, Result } from '../core/issue';
import {
  CITATIONS,
  DEADLINE_THRESHOLDS,
  OUTERMOST_REGIONS,
  SHORT_SEA_COUNTRIES,
  SHORT_SEA_SEAS,
} from './data';
import type { Citation, OutermostRegion, ShortSeaSea } from './data';

/**
 * Where a sea voyage starts and ends, as far as DA Art. 105(c) and (d) care.
 *
 * @example
 * ```ts
 * const f: SeaVoyageFacts = { portOfLoading: { country: 'TR', sea: 'black-sea' } };
 * ```
 */
export interface SeaVoyageFacts {
  /** The port of loading: its country (ISO 3166-1 alpha-2, `XI` for Northern Ireland) and/or its sea. */
  portOfLoading?: { country?: string; sea?: ShortSeaSea | 'other'; unlocode?: string };
  /** The first Union port by its UN/LOCODE (`ESLPA`): decides `firstUnionPortIn` where it is an Art. 105(d) region. */
  firstUnionPort?: { unlocode?: string };
  /** Explicit answer to "is this a short-sea voyage under Art. 105(c) or (d)?" */
  shortSea?: boolean;
  /** The first Union port is in one of the Art. 105(d) regions. */
  firstUnionPortIn?: OutermostRegion;
  /** Voyage duration in hours (for Art. 105(d), under 24 h). */
  voyageHours?: number;
}

/**
 * Whether the short-sea rows apply.
 *
 * @example
 * ```ts
 * const c: SeaVoyageClass = { row: 'sea-short-sea', determined: true, reason: 'Iceland: DA Art. 105(c)(iii)', citation: CITATIONS.da105c };
 * ```
 */
export interface SeaVoyageClass {
  /** `null`: not short sea, so the cargo rows (Art. 105(a)/(b)) apply. */
  row: 'sea-short-sea' | 'sea-outermost-regions' | null;
  /** False when the facts given do not settle it (then `row` is `null`, the stricter choice). */
  determined: boolean;
  reason: string;
  citation: Citation | null;
}

function pointerOf(path: ModelPath): string {
  return '/' + path.join('/');
}

/**
 * Decide whether a sea voyage is "short sea" (DA Art. 105(c), with the 2020/2191 UK / Channel Islands /
 * Isle of Man point) or an Art. 105(d) voyage to the outermost regions, from the port of loading's
 * country or sea, or an explicit flag. A country on the list (GL, FO, IS, MA, GB, GG, JE, IM) settles it;
 * otherwise the sea does. When nothing settles it the answer is "not short sea" with `determined: false`
 * and a warning: the deep-sea rows always give an earlier (stricter) deadline than the 2-hour rows.
 *
 * @example
 * ```ts
 * classifySeaVoyage({ portOfLoading: { country: 'GB' } });
 * // { ok: true, value: { row: 'sea-short-sea', determined: true, reason: 'Port of loading in United Kingdom, ports other than in Northern Ireland: DA Art. 105(c)(vi) ...', ... } }
 * ```
 */
export function classifySeaVoyage(given: SeaVoyageFacts, path: ModelPath = []): Result<SeaVoyageClass> {
  const fromCodes = factsFromLocodes(given, path);
  if (!fromCodes.ok) return fromCodes;
  const facts = fromCodes.value;
  const errors: Issue[] = [];
  const warnings: Issue[] = [];
  const port = facts.portOfLoading;
  const country = port?.country;
  const sea = port?.sea;
  if (port !== undefined && (typeof port !== 'object' || port === null)) {
    errors.push(
      issue(
        'invalid_type',
        [...path, 'portOfLoading'],
        pointerOf([...path, 'portOfLoading']),
        'portOfLoading must be an object { country?, sea? }',
      ),
    );
  }
  if (country !== undefined && (typeof country !== 'string' || !/^[A-Z]{2}$/.test(country))) {
    const p = [...path, 'portOfLoading', 'country'];
    errors.push(
      issue(
        'invalid_value',
        p,
        pointerOf(p),
        `country must be an ISO 3166-1 alpha-2 code such as 'MA', got ${JSON.stringify(country)}`,
        { ref: 'CL718' },
      ),
    );
  }
  const seas: readonly string[] = [...SHORT_SEA_SEAS.map((s) => s.sea), 'other'];
  if (sea !== undefined && !seas.includes(sea)) {
    const p = [...path, 'portOfLoading', 'sea'];
    errors.push(issue('invalid_value', p, pointerOf(p), `sea must be one of ${seas.join(', ')}`));
  }
  const regions: readonly string[] = OUTERMOST_REGIONS.map((r) => r.id);
  if (facts.firstUnionPortIn !== undefined && !regions.includes(facts.firstUnionPortIn)) {
    const p = [...path, 'firstUnionPortIn'];
    errors.push(
      issue('invalid_value', p, pointerOf(p), `firstUnionPortIn must be one of ${regions.join(', ')}`),
    );
  }
  const hours = facts.voyageHours;
  if (hours !== undefined && (typeof hours !== 'number' || !Number.isFinite(hours) || hours < 0)) {
    const p = [...path, 'voyageHours'];
    errors.push(issue('invalid_value', p, pointerOf(p), 'voyageHours must be a finite number >= 0'));
  }
  if (facts.shortSea !== undefined && typeof facts.shortSea !== 'boolean') {
    const p = [...path, 'shortSea'];
    errors.push(issue('invalid_type', p, pointerOf(p), 'shortSea must be a boolean'));
  }
  if (errors.length > 0) return { ok: false, issues: errors };

  const conflict = (reason: string): Result<SeaVoyageClass> => ({
    ok: false,
    issues: [issue('conflict', [...path, 'shortSea'], pointerOf([...path, 'shortSea']), reason)],
  });

  const byCountry = SHORT_SEA_COUNTRIES.find((c) => c.code === country);
  const bySea = SHORT_SEA_SEAS.find((s) => s.sea === sea);
  const listed = byCountry
    ? {
        text: `Port of loading in ${byCountry.name}: DA Art. 105(c)${byCountry.point}`,
        citation: byCountry.citation,
      }
    : bySea
      ? {
          text: `Port of loading on the ${bySea.name}: DA Art. 105(c)${bySea.point}`,
          citation: bySea.citation,
        }
      : undefined;
  if (listed) {
    if (facts.shortSea === false)
      return conflict(`shortSea is false, but: ${listed.text} makes the voyage short sea`);
    return {
      ok: true,
      value: { row: 'sea-short-sea', determined: true, reason: listed.text, citation: listed.citation },
    };
  }

  if (country === 'XI') {
    warnings.push(
      issue(
        'inside_security_zone',
        [...path, 'portOfLoading', 'country'],
        pointerOf([...path, 'portOfLoading', 'country']),
        'Northern Ireland ports are excluded from DA Art. 105(c)(vi): they are inside the customs territory for these purposes, so goods from there may need no ENS at all (see exemption())',
        { severity: 'warning' },
      ),
    );
  }

  const limit = DEADLINE_THRESHOLDS.outermostVoyageUnderHours.value;
  let outermostUnknown = false;
  if (facts.firstUnionPortIn !== undefined) {
    const region = OUTERMOST_REGIONS.find((r) => r.id === facts.firstUnionPortIn);
    if (hours === undefined) {
      outermostUnknown = true;
    } else if (hours < limit) {
      const text = `Voyage of ${hours} h (under ${limit} h) to the ${region?.name}: DA Art. 105(d)`;
      if (facts.shortSea === false) return conflict(`shortSea is false, but: ${text} takes the 2-hour limit`);
      return {
        ok: true,
        value: { row: 'sea-outermost-regions', determined: true, reason: text, citation: CITATIONS.da105d },
      };
    }
  }

  const done = (value: SeaVoyageClass): Result<SeaVoyageClass> =>
    warnings.length > 0 ? { ok: true, value, issues: warnings } : { ok: true, value };

  if (facts.shortSea === true) {
    if (sea === 'other' && !outermostUnknown) {
      return conflict(
        'shortSea is true, but the port of loading is on none of the DA Art. 105(c) seas and its country is not on the list',
      );
    }
    return done({
      row: 'sea-short-sea',
      determined: true,
      reason:
        'Short sea as declared by the caller (shortSea: true); the Art. 105(c) point was not identified',
      citation: CITATIONS.da105c,
    });
  }
  if (facts.shortSea === false) {
    return done({ row: null, determined: true, reason: 'Not short sea (shortSea: false)', citation: null });
  }
  if (sea === 'other' && !outermostUnknown) {
    return done({
      row: null,
      determined: true,
      reason: 'Port of loading on none of the DA Art. 105(c) seas, and its country is not on the list',
      citation: null,
    });
  }
  warnings.push(
    issue(
      'short_sea_undetermined',
      [...path, outermostUnknown ? 'voyageHours' : 'portOfLoading'],
      pointerOf([...path, outermostUnknown ? 'voyageHours' : 'portOfLoading']),
      outermostUnknown
        ? `The voyage to ${facts.firstUnionPortIn} may fall under DA Art. 105(d) (under ${limit} h), but its duration is unknown: give voyageHours or departure and arrival. The stricter deep-sea limit was applied.`
        : 'Whether the voyage is short sea (DA Art. 105(c)) is not settled by the data given: give portOfLoading.sea, a listed country, or shortSea. The stricter deep-sea limit was applied.',
      { severity: 'warning' },
    ),
  );
  return done({
    row: null,
    determined: false,
    reason: 'Short sea not established; the stricter deep-sea limit applies',
    citation: null,
  });
}

/**
 * UN/LOCODEs of ports whose place the first two letters do not give: Northern Ireland ports (country `XI`
 * for DA Art. 105(c)(vi)) and the ports of the Art. 105(d) regions. Our list (UN/LOCODE code list), not
 * exhaustive: a port not listed falls back to its country code.
 */
const LOCODE_PLACES: Readonly<Record<string, { country?: string; region?: OutermostRegion }>> = {
  GBBEL: { country: 'XI' }, // Belfast
  GBLAR: { country: 'XI' }, // Larne
  GBWPT: { country: 'XI' }, // Warrenpoint
  GBLDY: { country: 'XI' }, // Londonderry
  ESLPA: { region: 'canary-islands' }, // Las Palmas de Gran Canaria
  ESSCT: { region: 'canary-islands' }, // Santa Cruz de Tenerife
  ESACE: { region: 'canary-islands' }, // Arrecife
  ESSPC: { region: 'canary-islands' }, // Santa Cruz de La Palma
  PTPDL: { region: 'azores' }, // Ponta Delgada
  PTHOR: { region: 'azores' }, // Horta
  PTPRV: { region: 'azores' }, // Praia da Vitoria
  PTFNC: { region: 'madeira' }, // Funchal
  PTCNL: { region: 'madeira' }, // Canical
};
/** UN/LOCODE country parts of the French overseas departments (Art. 105(d)). */
const FRENCH_OVERSEAS = ['GP', 'MQ', 'GF', 'RE', 'YT'];

function factsFromLocodes(facts: SeaVoyageFacts, path: ModelPath): Result<SeaVoyageFacts> {
  if (typeof facts !== 'object' || facts === null) return { ok: true, value: facts };
  const out: SeaVoyageFacts = { ...facts };
  const loading = facts.portOfLoading?.unlocode;
  if (loading !== undefined) {
    const p = [...path, 'portOfLoading', 'unlocode'];
    if (typeof loading !== 'string' || !/^[A-Z]{2}[A-Z2-9]{3}$/.test(loading)) {
      return { ok: false, issues: [issue('invalid_format', p, pointerOf(p), `unlocode must be a UN/LOCODE such as 'MACAS', got ${JSON.stringify(loading)}`)] };
    }
    const country = LOCODE_PLACES[loading]?.country ?? loading.slice(0, 2);
    const givenCountry = facts.portOfLoading?.country;
    if (givenCountry !== undefined && givenCountry !== country) {
      return { ok: false, issues: [issue('conflict', p, pointerOf(p), `The UN/LOCODE ${loading} is in ${country}, but portOfLoading.country is ${String(givenCountry)}`)] };
    }
    out.portOfLoading = { ...facts.portOfLoading, country };
  }
  const first = facts.firstUnionPort?.unlocode;
  if (first !== undefined) {
    const p = [...path, 'firstUnionPort', 'unlocode'];
    if (typeof first !== 'string' || !/^[A-Z]{2}[A-Z2-9]{3}$/.test(first)) {
      return { ok: false, issues: [issue('invalid_format', p, pointerOf(p), `unlocode must be a UN/LOCODE such as 'ESLPA', got ${JSON.stringify(first)}`)] };
    }
    const region = LOCODE_PLACES[first]?.region ?? (FRENCH_OVERSEAS.includes(first.slice(0, 2)) ? 'french-overseas-departments' : undefined);
    if (region !== undefined) {
      if (facts.firstUnionPortIn !== undefined && facts.firstUnionPortIn !== region) {
        return { ok: false, issues: [issue('conflict', p, pointerOf(p), `The UN/LOCODE ${first} is in ${region}, but firstUnionPortIn is ${String(facts.firstUnionPortIn)}`)] };
      }
      out.firstUnionPortIn = region;
    }
  }
  return { ok: true, value: out };
}
