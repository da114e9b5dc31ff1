import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { GOODS_DESCRIPTION_STOPWORDS } from './goodsDescriptionStopwords';

const spec = JSON.parse(
  readFileSync(new URL('../../../spec/goods-description-stopwords.json', import.meta.url), 'utf8'),
) as {
  asOf: string;
  asOfNote: string;
  sources: Record<string, unknown>[];
  rules: Record<string, unknown>[];
  terms: Record<string, unknown>[];
  unresolved: string[];
};

describe('GOODS_DESCRIPTION_STOPWORDS', () => {
  it('is versioned by the compilation date of the spec data', () => {
    expect(GOODS_DESCRIPTION_STOPWORDS.version).toBe(spec.asOf);
    expect(GOODS_DESCRIPTION_STOPWORDS.asOf).toBe(spec.asOf);
    expect(GOODS_DESCRIPTION_STOPWORDS.asOfNote).toBe(spec.asOfNote);
  });

  it('keeps every term with its kind, status, date, field, source, confidence and note', () => {
    const withoutAliases = GOODS_DESCRIPTION_STOPWORDS.terms.map(({ aliases: _aliases, ...rest }) => rest);
    expect(withoutAliases).toEqual(spec.terms);
  });

  it('adds only the misspelling the source quotes as an alias', () => {
    const aliased = GOODS_DESCRIPTION_STOPWORDS.terms.filter((t) => t.aliases !== undefined);
    expect(aliased.map((t) => [t.term, t.aliases])).toEqual([['Miscellaneous', ['Miscelaneous']]]);
  });

  it('keeps every source, rule and open question', () => {
    expect(GOODS_DESCRIPTION_STOPWORDS.sources).toEqual(spec.sources);
    expect(GOODS_DESCRIPTION_STOPWORDS.rules).toEqual(spec.rules);
    expect(GOODS_DESCRIPTION_STOPWORDS.unresolved).toEqual(spec.unresolved);
  });

  it('is frozen all the way down', () => {
    expect(Object.isFrozen(GOODS_DESCRIPTION_STOPWORDS)).toBe(true);
    expect(Object.isFrozen(GOODS_DESCRIPTION_STOPWORDS.terms)).toBe(true);
    expect(Object.isFrozen(GOODS_DESCRIPTION_STOPWORDS.terms[0])).toBe(true);
    expect(Object.isFrozen(GOODS_DESCRIPTION_STOPWORDS.terms.find((t) => t.aliases)?.aliases)).toBe(true);
    expect(() => (GOODS_DESCRIPTION_STOPWORDS.terms as unknown as unknown[]).push({})).toThrow(TypeError);
  });

  it('cites only known sources in each term (first id of each part)', () => {
    const ids = new Set(GOODS_DESCRIPTION_STOPWORDS.sources.map((s) => s.id));
    const cited = GOODS_DESCRIPTION_STOPWORDS.terms.flatMap((t) =>
      t.source.split(';').map((part) => part.trim().split(/[ (]/u)[0] ?? ''),
    );
    const known = cited.filter((id) => ids.has(id));
    // Terms with confidence 'unverified' cite no list source ("none found ...", "plural of ...").
    expect(known.length).toBeGreaterThan(100);
  });
});
