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
  return foldNormalized(text.normalize('NFKC'));
}

/**
 * {@link foldForMatch} of a text already in NFKC form (lowercase, letters and digits only).
 *
 * @example
 * ```ts
 * foldNormalized(' General-Cargo. '.normalize('NFKC')); // 'generalcargo'
 * ```
 */
export function foldNormalized(normalized: string): string {
  return normalized.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
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
  const patterns: { words: string; list: string[]; term: StopwordTerm; weight: number }[] = [];
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
        .filter((w) => w !== '');
      patterns.push({ words: words.map(escapeRegExp).join('[^\\p{L}\\p{N}]+'), list: words, term, weight: folded.length });
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
  const matcher: StopwordMatcher = { whole, inside, groups: patterns.map((p) => p.term) };
  // The same search over ASCII text, word by word (see asciiWords): usable when every word of every pattern
  // is lowercase ASCII letters and digits, as in the shipped list.
  if (patterns.every((p) => p.list.every((w) => /^[a-z0-9]+$/.test(w)))) {
    const byFirst = new Map<string, { words: readonly string[]; group: number }[]>();
    patterns.forEach((p, i) => {
      const first = p.list[0]!;
      const entry = byFirst.get(first);
      if (entry === undefined) byFirst.set(first, [{ words: p.list, group: i }]);
      else entry.push({ words: p.list, group: i });
    });
    WORDS.set(matcher, byFirst);
  }
  return matcher;
}

/** Per matcher: the words of each inside pattern, by first word, in the order of the regex's alternatives. */
const WORDS = new WeakMap<StopwordMatcher, ReadonlyMap<string, readonly { words: readonly string[]; group: number }[]>>();

/**
 * The matches of `matcher.inside` in `text`, as 0-based indexes into `matcher.groups`, in order, found word
 * by word instead of by the regex when `text` is ASCII (it is in NFKC form then too): split into words
 * (runs of letters and digits, lowercased), at each word try the patterns starting with it in the regex's
 * order, take the first whose words follow, go on after it. That is what the regex does on such a text:
 * it can only start a match at the start of a word (the lookbehind), each pattern word must be a whole word
 * (a separator or the lookahead follows it), and its alternatives are tried in order. Returns `undefined`
 * when the text is not ASCII or the list has a non-ASCII pattern word: then the caller runs the regex.
 *
 * @example
 * ```ts
 * const m = stopwordMatcher(GOODS_DESCRIPTION_STOPWORDS, 'goodsDescription');
 * asciiMatches(m, 'Auto parts: brake pads')?.map((g) => m.groups[g]?.term); // ['Auto Parts']
 * ```
 */
export function asciiMatches(matcher: StopwordMatcher, text: string): number[] | undefined {
  const byFirst = WORDS.get(matcher);
  if (byFirst === undefined) return undefined;
  const n = text.length;
  const words: string[] = [];
  let lower: string | undefined;
  let start = -1;
  for (let i = 0; i <= n; i++) {
    const c = i < n ? text.charCodeAt(i) : 32;
    if (c > 0x7f) return undefined;
    const alnum = (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
    if (alnum) {
      if (start < 0) start = i;
    } else if (start >= 0) {
      lower ??= text.toLowerCase();
      words.push(lower.slice(start, i));
      start = -1;
    }
  }
  const out: number[] = [];
  for (let w = 0; w < words.length; ) {
    const candidates = byFirst.get(words[w]!);
    let taken = 0;
    if (candidates !== undefined) {
      for (const p of candidates) {
        const k = p.words.length;
        if (w + k > words.length) continue;
        let j = 1;
        while (j < k && p.words[j] === words[w + j]) j++;
        if (j === k) {
          out.push(p.group);
          taken = k;
          break;
        }
      }
    }
    w += taken || 1;
  }
  return out;
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
