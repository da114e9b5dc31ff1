import type { Severity } from '../../core/issue';
import { GOODS_DESCRIPTION_STOPWORDS } from '../data/goodsDescriptionStopwords';
import type {
  StopwordConfidence,
  StopwordKind,
  StopwordList,
  StopwordStatus,
  StopwordTerm,
} from '../data/goodsDescriptionStopwords';
import { show } from './result';
import { asciiMatches, describeStopword, foldNormalized, stopwordMatcher, type StopwordMatcher } from './stopwordMatcher';

/** Why a goods description was flagged. */
export type GoodsDescriptionReason =
  | 'not_a_string'
  | 'empty'
  | 'only_digits'
  | 'only_special_characters'
  | 'only_digits_and_special_characters'
  | 'file_extension'
  | 'repeated_characters'
  | 'stop_word'
  | 'stop_word_not_yet_enforced'
  | 'stop_word_disabled'
  | 'vague_term'
  | 'contains_stop_word';

/** One finding on a goods description. */
export interface GoodsDescriptionFinding {
  /** `error`: ICS2 rejects the description; `warning`: it may pass but should be more specific. */
  severity: Severity;
  reason: GoodsDescriptionReason;
  /** Human text, naming the term and its source. */
  message: string;
  /** The rule of `spec/goods-description-stopwords.json` behind the finding (`GD-04`, `GD-05`, ...). */
  rule: string;
  /** For stop-word findings: the listed term found, as the list writes it. */
  term?: string;
  /** For stop-word findings: the term's sources, as the list gives them. */
  source?: string;
  confidence?: StopwordConfidence;
  kind?: StopwordKind;
  status?: StopwordStatus;
  since?: string | null;
}

/** Options of {@link checkGoodsDescription}. */
export interface GoodsDescriptionOptions {
  /**
   * Date (`YYYY-MM-DD`) the description is checked for. A term whose `since` is later is reported as a
   * warning (`stop_word_not_yet_enforced`) instead of an error. Without it every term counts as in force.
   */
  asOf?: string;
  /** Look for listed terms inside longer descriptions (warnings). Default `true`. */
  inside?: boolean;
}

/**
 * Check a goods description (`commodity/descriptionOfGoods`) against the character-pattern rules and the ICS2
 * stop-word list, following `spec/goods-description-stopwords.json`. Returns every finding; an empty array
 * means nothing was found.
 *
 * - Patterns (GD-04, Commission overview as reproduced by DB Schenker), each an `error`: the description is
 *   empty or blank (`empty`), only digits (`only_digits`), only special characters or "empty characters" such as
 *   `.` and `-` (`only_special_characters`), only digits and special characters
 *   (`only_digits_and_special_characters`), only a file extension such as `.pdf` (`file_extension`), or one
 *   character repeated three or more times (`repeated_characters`, e.g. `xxx`).
 * - Whole description = a listed term (GD-05), compared case-insensitively and ignoring spaces and punctuation
 *   (`N/A` = `n.a.`): `error` `stop_word` for an active `reject` term; `warning` for a term not yet in force at
 *   `options.asOf` (`stop_word_not_yet_enforced`), a `needs-detail` term (`vague_term`) or a term reported
 *   disabled (`stop_word_disabled`).
 * - A listed term inside a longer description, as whole words (GD-05): `warning` `contains_stop_word`, one per
 *   term; the longest term wins where terms overlap ("Auto parts" rather than "Parts"). Disabled terms are not
 *   looked for inside longer descriptions.
 *
 * Only terms whose `field` is `goodsDescription` are used. The matching rules of the ICS2 Common Repository
 * (case, plurals, languages) are not documented: this is a best effort, carried with each term's `confidence`.
 * The length limit (an..512) is a structural check, not made here.
 *
 * @example
 * ```ts
 * checkGoodsDescription('General cargo')[0]?.reason; // 'stop_word' (error)
 * checkGoodsDescription('Auto parts: brake pads for cars')[0]?.reason; // 'contains_stop_word' (warning)
 * checkGoodsDescription('Cotton T-shirts for men, knitted'); // []
 * ```
 */
export function checkGoodsDescription(
  text: string,
  list: StopwordList = GOODS_DESCRIPTION_STOPWORDS,
  options: GoodsDescriptionOptions = {},
): GoodsDescriptionFinding[] {
  if (typeof text !== 'string') {
    return [
      finding('error', 'not_a_string', 'GD-01', `Goods description: expected a string, got ${typeof text}`),
    ];
  }
  const findings: GoodsDescriptionFinding[] = [];
  // Normalized once: the patterns, the folded spelling and the search inside all read the NFKC form.
  const normalized = text.normalize('NFKC');
  const pattern = patternFinding(text, normalized);
  if (pattern !== undefined) findings.push(pattern);

  const matcher = stopwordMatcher(list, 'goodsDescription');
  const folded = foldNormalized(normalized);
  const whole = folded === '' ? undefined : matcher.whole.get(folded);
  if (whole !== undefined) {
    findings.push(wholeFinding(text, whole, options.asOf));
    return findings;
  }
  if (options.inside === false || matcher.inside === null || folded === '') return findings;

  const seen = new Set<StopwordTerm>();
  for (const group of insideMatches(matcher, normalized)) {
    const term = matcher.groups[group];
    if (term === undefined || seen.has(term)) continue;
    seen.add(term);
    const since = term.since !== null ? `, listed since ${term.since}` : '';
    findings.push(
      finding(
        'warning',
        'contains_stop_word',
        'GD-05',
        `Goods description ${show(text)} contains the stop word "${term.term}" (${describeStopword(term)}${since}): make sure the description says precisely what the goods are; ICS2 may flag or reject it`,
        term,
      ),
    );
  }
  return findings;
}

/**
 * The matches of the matcher's inside regex in the NFKC text, as indexes into its groups. ASCII text (most
 * descriptions) is searched word by word (`asciiMatches`, the same matches); other text by the regex, in an
 * exec loop rather than `matchAll`, which clones the 119-term regex on every call.
 */
function insideMatches(matcher: StopwordMatcher, normalized: string): number[] {
  const fast = asciiMatches(matcher, normalized);
  if (fast !== undefined) return fast;
  const inside = matcher.inside;
  const out: number[] = [];
  if (inside === null) return out;
  inside.lastIndex = 0;
  for (let match = inside.exec(normalized); match !== null; match = inside.exec(normalized)) {
    // As matchAll does: step past an empty match (the terms are never empty, so this is only a guard).
    if (match[0] === '') inside.lastIndex = advance(normalized, inside.lastIndex);
    let index = 1;
    while (index < match.length && match[index] === undefined) index++;
    out.push(index - 1);
  }
  return out;
}

/** The index after `i` in `text`, stepping over a whole surrogate pair (AdvanceStringIndex of a `u` regex). */
function advance(text: string, i: number): number {
  if (i + 1 >= text.length) return i + 1;
  const c = text.charCodeAt(i);
  if (c < 0xd800 || c > 0xdbff) return i + 1;
  const d = text.charCodeAt(i + 1);
  return d >= 0xdc00 && d <= 0xdfff ? i + 2 : i + 1;
}

function patternFinding(text: string, normalized: string): GoodsDescriptionFinding | undefined {
  const compact = normalized.replace(/\s+/gu, '');
  const what = `Goods description ${show(text)}`;
  if (compact === '')
    return finding('error', 'empty', 'GD-01', `${what} is empty: describe the goods in plain language`);
  const hasLetter = /\p{L}/u.test(compact);
  const hasDigit = /\p{N}/u.test(compact);
  if (!hasLetter && /^\p{N}+$/u.test(compact)) {
    return finding('error', 'only_digits', 'GD-04', `${what} is only digits: describe the goods in words`);
  }
  if (!hasLetter && !hasDigit) {
    return finding(
      'error',
      'only_special_characters',
      'GD-04',
      `${what} is only special or empty characters: describe the goods in words`,
    );
  }
  if (!hasLetter) {
    return finding(
      'error',
      'only_digits_and_special_characters',
      'GD-04',
      `${what} is only digits and special characters: describe the goods in words`,
    );
  }
  if (/^\.[\p{L}\p{N}]{1,5}$/u.test(compact)) {
    return finding(
      'error',
      'file_extension',
      'GD-04',
      `${what} is only a file extension: describe the goods in words`,
    );
  }
  if (/^(.)\1{2,}$/su.test(compact.toLowerCase())) {
    return finding(
      'error',
      'repeated_characters',
      'GD-04',
      `${what} is one character repeated: describe the goods in words`,
    );
  }
  return undefined;
}

function wholeFinding(
  text: string,
  terms: readonly StopwordTerm[],
  asOf: string | undefined,
): GoodsDescriptionFinding {
  const ranked = terms.map((term) => ({ term, verdict: verdictOf(term, asOf) }));
  ranked.sort((a, b) => a.verdict.rank - b.verdict.rank);
  // `terms` is never empty: the matcher only stores non-empty arrays.
  const { term, verdict } = ranked[0] as (typeof ranked)[number];
  return finding(
    verdict.severity,
    verdict.reason,
    'GD-05',
    `Goods description ${show(text)} is only the stop word "${term.term}" (${describeStopword(term)}): ${verdict.advice}`,
    term,
  );
}

function verdictOf(
  term: StopwordTerm,
  asOf: string | undefined,
): { rank: number; severity: Severity; reason: GoodsDescriptionReason; advice: string } {
  const describeGoods = 'describe the goods precisely enough to identify them';
  if (term.status === 'disabled') {
    return {
      rank: 3,
      severity: 'warning',
      reason: 'stop_word_disabled',
      advice: `reported switched off in ICS2 for now, but it may be switched on again: ${describeGoods}`,
    };
  }
  if (term.kind === 'needs-detail') {
    return { rank: 2, severity: 'warning', reason: 'vague_term', advice: `too general: ${describeGoods}` };
  }
  if (asOf !== undefined && term.since !== null && term.since > asOf) {
    return {
      rank: 1,
      severity: 'warning',
      reason: 'stop_word_not_yet_enforced',
      advice: `ICS2 rejects it from ${term.since}: ${describeGoods}`,
    };
  }
  return { rank: 0, severity: 'error', reason: 'stop_word', advice: `ICS2 rejects it: ${describeGoods}` };
}

function finding(
  severity: Severity,
  reason: GoodsDescriptionReason,
  rule: string,
  message: string,
  term?: StopwordTerm,
): GoodsDescriptionFinding {
  const out: GoodsDescriptionFinding = { severity, reason, message, rule };
  if (term !== undefined) {
    out.term = term.term;
    out.source = term.source;
    out.confidence = term.confidence;
    out.kind = term.kind;
    out.status = term.status;
    out.since = term.since;
  }
  return out;
}
