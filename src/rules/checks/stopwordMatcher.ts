import type { StopwordField, StopwordList, StopwordTerm } from '../data/goodsDescriptionStopwords';

/**
 * Fold text for whole-field comparison: Unicode NFKC, lowercase, and every character that is not a letter or
 * a digit removed. So `N/A`, `n.a.` and `N A` all fold to `na`, and `General-Cargo.` to `generalcargo`.
 *
 * @example
 * ```ts
 * foldForMatch(' General-Cargo. '); // 'generalcargo'
 * ```
 */
export function foldForMatch(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '');
}

/** The terms of one field, prepared for matching. */
export interface StopwordMatcher {
  /** Folded spelling -> the terms that fold to it. */
  readonly whole: ReadonlyMap<string, readonly StopwordTerm[]>;
  /** One regex finding any term (not disabled) as whole words inside a longer text, or `null` when there is none. */
  readonly inside: RegExp | null;
  /** Capture group n (1-based) -> its term. */
  readonly groups: readonly StopwordTerm[];
}

const cache = new WeakMap<StopwordList, Map<StopwordField, StopwordMatcher>>();

/**
 * Build (once per list object and field; cached) the matcher for the terms of `field` in `list`. Lists are
 * treated as immutable: to change one, build a new list (`extendStopwords`) rather than editing it in place.
 *
 * @example
 * ```ts
 * const m = stopwordMatcher(GOODS_DESCRIPTION_STOPWORDS, 'goodsDescription');
 * m.whole.get('generalcargo')?.[0]?.term; // 'General cargo'
 * ```
 */
export function stopwordMatcher(list: StopwordList, field: StopwordField): StopwordMatcher {
  let byField = cache.get(list);
  if (byField === undefined) {
    byField = new Map();
    cache.set(list, byField);
  }
  const cached = byField.get(field);
  if (cached !== undefined) return cached;
  const built = buildMatcher(list, field);
  byField.set(field, built);
  return built;
}

function buildMatcher(list: StopwordList, field: StopwordField): StopwordMatcher {
  const whole = new Map<string, StopwordTerm[]>();
  const patterns: { words: string; term: StopwordTerm; weight: number }[] = [];
  for (const term of list.terms) {
    if (term.field !== field) continue;
    for (const spelling of [term.term, ...(term.aliases ?? [])]) {
      const folded = foldForMatch(spelling);
      if (folded === '') continue;
      const entry = whole.get(folded);
      if (entry === undefined) whole.set(folded, [term]);
      else if (!entry.includes(term)) entry.push(term);
      if (term.status === 'disabled') continue;
      const words = spelling
        .normalize('NFKC')
        .toLowerCase()
        .split(/[^\p{L}\p{N}]+/u)
        .filter((w) => w !== '')
        .map(escapeRegExp);
      patterns.push({ words: words.join('[^\\p{L}\\p{N}]+'), term, weight: folded.length });
    }
  }
  // Longer terms first, so that "Auto Parts" wins over "Parts" where both start at the same place.
  patterns.sort((a, b) => b.weight - a.weight);
  const inside =
    patterns.length === 0
      ? null
      : new RegExp(
          `(?<![\\p{L}\\p{N}])(?:${patterns.map((p) => `(${p.words})`).join('|')})(?![\\p{L}\\p{N}])`,
          'giu',
        );
  return { whole, inside, groups: patterns.map((p) => p.term) };
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/]/gu, '\\$&');
}

/**
 * A term's provenance for messages: kind, sources and confidence.
 *
 * @example
 * ```ts
 * describeStopword(term); // 'ICS2 stop-word list; source: ENSA-LIST; confidence: list-copy'
 * ```
 */
export function describeStopword(term: StopwordTerm): string {
  const list =
    term.kind === 'needs-detail' ? 'generic term, not confirmed on the ICS2 list' : 'ICS2 stop-word list';
  return `${list}; source: ${term.source}; confidence: ${term.confidence}`;
}
