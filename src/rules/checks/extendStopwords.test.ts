import { describe, expect, it } from 'vitest';
import { GOODS_DESCRIPTION_STOPWORDS } from '../data/goodsDescriptionStopwords';
import { extendStopwords } from './extendStopwords';

describe('extendStopwords', () => {
  it('adds terms with defaults and a new version, leaving the base untouched', () => {
    const before = JSON.stringify(GOODS_DESCRIPTION_STOPWORDS);
    const list = extendStopwords(GOODS_DESCRIPTION_STOPWORDS, [{ term: 'Widgetry' }]);
    expect(JSON.stringify(GOODS_DESCRIPTION_STOPWORDS)).toBe(before);
    expect(list.version).toBe(`${GOODS_DESCRIPTION_STOPWORDS.version}+user`);
    expect(list.terms).toHaveLength(GOODS_DESCRIPTION_STOPWORDS.terms.length + 1);
    expect(list.terms.at(-1)).toEqual({
      term: 'Widgetry',
      kind: 'reject',
      status: 'active',
      since: null,
      field: 'goodsDescription',
      source: 'user',
      confidence: 'user',
    });
  });

  it('replaces a base term of the same spelling and field', () => {
    const list = extendStopwords(GOODS_DESCRIPTION_STOPWORDS, [
      { term: 'fish', status: 'active', source: 'EC list 2026' },
    ]);
    const fish = list.terms.filter((t) => t.term.toLowerCase() === 'fish');
    expect(fish).toEqual([
      expect.objectContaining({ term: 'fish', status: 'active', source: 'EC list 2026' }),
    ]);
    expect(list.terms).toHaveLength(GOODS_DESCRIPTION_STOPWORDS.terms.length);
  });

  it('keeps a term of the same spelling in another field', () => {
    const list = extendStopwords(GOODS_DESCRIPTION_STOPWORDS, [
      { term: 'Private', field: 'goodsDescription' },
    ]);
    expect(
      list.terms
        .filter((t) => t.term === 'Private')
        .map((t) => t.field)
        .sort(),
    ).toEqual(['goodsDescription', 'party']);
  });

  it('ignores properties set to undefined and takes a version and sources', () => {
    const list = extendStopwords(
      GOODS_DESCRIPTION_STOPWORDS,
      [{ term: 'Widgets', kind: undefined, confidence: undefined }],
      {
        version: 'EC-2026-05-04',
        sources: [{ id: 'EC', title: 't', publisher: 'p', url: 'u', date: null, kind: 'k', note: 'n' }],
      },
    );
    expect(list.version).toBe('EC-2026-05-04');
    expect(list.sources.at(-1)?.id).toBe('EC');
    expect(list.terms.at(-1)).toMatchObject({ kind: 'reject', confidence: 'user' });
  });
});
