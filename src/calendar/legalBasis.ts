import type { Citation, Confidence } from './data';

const RANK: Record<Confidence, number> = { confirmed: 0, secondary: 1, unverified: 2 };

/**
 * The weakest confidence among citations: an answer is only as sure as its least sure basis.
 *
 * @example
 * ```ts
 * weakestConfidence([CITATIONS.da108, CITATIONS.da109]); // 'unverified'
 * ```
 */
export function weakestConfidence(citations: readonly Citation[]): Confidence {
  let worst: Confidence = 'confirmed';
  for (const c of citations) if (RANK[c.confidence] > RANK[worst]) worst = c.confidence;
  return worst;
}

/**
 * One caveat line for every citation that is not confirmed or whose wording was not (fully) read.
 *
 * @example
 * ```ts
 * caveatsOf([CITATIONS.da109]);
 * // ['DA Art. 109 (combined transport): unverified, wording not read. Article number and wording NOT read: ...']
 * ```
 */
export function caveatsOf(citations: readonly Citation[]): string[] {
  const out: string[] = [];
  const seen = new Set<string>();
  for (const c of citations) {
    if (c.confidence === 'confirmed' && c.wording === 'read') continue;
    const key = `${c.act}|${c.article}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const status = [c.confidence, c.wording === 'read' ? undefined : `wording ${c.wording.replace('-', ' ')}`]
      .filter((s) => s !== undefined)
      .join(', ');
    out.push(`${shortAct(c.act)} ${c.article}: ${status}.${c.note ? ` ${c.note}` : ''}`);
  }
  return out;
}

const SHORT_NAMES: readonly [string, string][] = [
  ['2015/2446', 'DA'],
  ['952/2013', 'UCC'],
  ['2019/2151', 'UCC work programme'],
  ['Interface Control Document', 'ICD v3.30'],
  ['EC-Switzerland', 'EU-CH agreement'],
  ['Protocol 10', 'EEA Protocol 10'],
];

/**
 * A short name for an act, for one-line explanations (`DA`, `UCC`, `EU-CH agreement`, ... or the act itself).
 *
 * @example
 * ```ts
 * shortAct(CITATIONS.da108.act); // 'DA'
 * ```
 */
export function shortAct(act: string): string {
  return SHORT_NAMES.find(([needle]) => act.includes(needle))?.[1] ?? act;
}

/**
 * Unique citations, in first-seen order.
 *
 * @example
 * ```ts
 * uniqueCitations([CITATIONS.da108, CITATIONS.da108]).length; // 1
 * ```
 */
export function uniqueCitations(citations: readonly Citation[]): Citation[] {
  const out: Citation[] = [];
  for (const c of citations) if (!out.includes(c)) out.push(c);
  return out;
}
