/**
 * Differential test of the stop-word search inside descriptions: the word-by-word scan of ASCII text
 * (`asciiMatches`) against the regex it replaces (`matcher.inside` with `matchAll`, the code before the
 * speed-up), and `checkGoodsDescription` against that old code, on generated descriptions.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { GOODS_DESCRIPTION_STOPWORDS, type StopwordList, type StopwordTerm } from '../data/goodsDescriptionStopwords';
import { extendStopwords } from './extendStopwords';
import { checkGoodsDescription } from './goodsDescription';
import { asciiMatches, stopwordMatcher, type StopwordMatcher } from './stopwordMatcher';

/** The old search: every match of the regex, as the index of its group (0-based), by matchAll. */
function regexMatches(m: StopwordMatcher, text: string): number[] {
  if (m.inside === null) return [];
  return [...text.normalize('NFKC').matchAll(m.inside)].map(
    (match) => match.findIndex((group, i) => i > 0 && group !== undefined) - 1,
  );
}

/** The terms the old `checkGoodsDescription` reported inside a text, in order, once each. */
function oldInsideTerms(m: StopwordMatcher, text: string): string[] {
  const seen = new Set<StopwordTerm>();
  for (const g of regexMatches(m, text)) {
    const term = m.groups[g];
    if (term !== undefined) seen.add(term);
  }
  return [...seen].map((t) => t.term);
}

const list = GOODS_DESCRIPTION_STOPWORDS;
const words = [
  ...new Set(
    list.terms.flatMap((t) => [t.term, ...(t.aliases ?? [])]).flatMap((s) => s.split(/[^\p{L}\p{N}]+/u)),
  ),
].filter((w) => w !== '');
const spellings = list.terms.flatMap((t) => [t.term, ...(t.aliases ?? [])]);

/** A word: of the list (any case), a made-up one, or a list word glued to letters or digits. */
const word = fc.oneof(
  fc.constantFrom(...words),
  fc.constantFrom(...words).map((w) => w.toUpperCase()),
  fc.constantFrom(...spellings),
  fc.stringMatching(/^[A-Za-z0-9]{1,6}$/),
  fc.tuple(fc.constantFrom(...words), fc.stringMatching(/^[a-z0-9]{1,2}$/)).map(([w, x]) => w + x),
);
const asciiSeparator = fc.constantFrom(' ', '  ', ', ', '-', '/', '.', ': ', '_', '\t', '(', ') ', '"', "'");
const otherSeparator = fc.constantFrom('\u00a0', ' – ', '\u3000', '\u0345', 'é', 'ß', 'İ', '\u212a', 'ｓ', '\ud83d\ude00');

const description = (separator: fc.Arbitrary<string>): fc.Arbitrary<string> =>
  fc
    .tuple(fc.option(separator, { nil: '' }), fc.array(fc.tuple(word, separator), { maxLength: 8 }), fc.option(word, { nil: '' }))
    .map(([lead, parts, last]) => lead + parts.map(([w, s]) => w + s).join('') + last);

describe('stop-word search inside a description', () => {
  const m = stopwordMatcher(list, 'goodsDescription');

  it('the word-by-word scan finds what the regex finds, on ASCII descriptions', () => {
    fc.assert(
      fc.property(description(asciiSeparator), (text) => {
        const fast = asciiMatches(m, text);
        expect(fast).toBeDefined();
        expect(fast).toEqual(regexMatches(m, text));
      }),
      { numRuns: 400, seed: 11 },
    );
  });

  it('leaves text with any non-ASCII character to the regex', () => {
    fc.assert(
      fc.property(description(fc.oneof(asciiSeparator, otherSeparator)), otherSeparator, (text, extra) => {
        expect(asciiMatches(m, text + extra)).toBeUndefined();
      }),
      { numRuns: 100, seed: 12 },
    );
  });

  it('checkGoodsDescription reports the terms the old code reported, ASCII or not', () => {
    fc.assert(
      fc.property(description(fc.oneof(asciiSeparator, otherSeparator)), (text) => {
        const found = checkGoodsDescription(text, list);
        const inside = found.filter((f) => f.reason === 'contains_stop_word').map((f) => f.term);
        const whole = found.some((f) => f.rule === 'GD-05' && f.reason !== 'contains_stop_word');
        // A description that is a term as a whole is reported as such and not searched inside.
        expect(inside).toEqual(whole ? [] : oldInsideTerms(m, text));
      }),
      { numRuns: 400, seed: 13 },
    );
  });

  it('finds the longest term where terms overlap, and each term once', () => {
    const text = 'Auto parts and spare parts, auto parts';
    expect(asciiMatches(m, text)).toEqual(regexMatches(m, text));
    expect(checkGoodsDescription(text).map((f) => f.term)).toEqual(oldInsideTerms(m, text));
    expect(oldInsideTerms(m, text)).toEqual(['Auto Parts', 'Spare parts']);
  });

  it('a list with a non-ASCII term has no word scan: the regex finds it', () => {
    const withUmlaut: StopwordList = extendStopwords(list, [{ term: 'Gebrauchtwaren für Händler' }]);
    const mu = stopwordMatcher(withUmlaut, 'goodsDescription');
    expect(asciiMatches(mu, 'parts')).toBeUndefined();
    const text = 'Gebrauchtwaren für Händler, auto parts';
    expect(checkGoodsDescription(text, withUmlaut).map((f) => f.term)).toEqual(oldInsideTerms(mu, text));
    expect(oldInsideTerms(mu, text)).toContain('Gebrauchtwaren für Händler');
  });
});
