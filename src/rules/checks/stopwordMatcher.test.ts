import { describe, expect, it } from 'vitest';
import { GOODS_DESCRIPTION_STOPWORDS } from '../data/goodsDescriptionStopwords';
import { describeStopword, foldForMatch, stopwordMatcher } from './stopwordMatcher';

describe('foldForMatch', () => {
  it('lowercases and drops everything but letters and digits', () => {
    expect(foldForMatch(' General-Cargo. ')).toBe('generalcargo');
    expect(foldForMatch('N/A')).toBe('na');
    expect(foldForMatch('Ｇｏｏｄｓ')).toBe('goods');
    expect(foldForMatch('Größe 1')).toBe('größe1');
    expect(foldForMatch('...')).toBe('');
  });
});

describe('stopwordMatcher', () => {
  it('indexes whole spellings and aliases of one field', () => {
    const m = stopwordMatcher(GOODS_DESCRIPTION_STOPWORDS, 'goodsDescription');
    expect(m.whole.get('generalcargo')?.map((t) => t.term)).toEqual(['General cargo']);
    expect(m.whole.get('miscelaneous')?.map((t) => t.term)).toEqual(['Miscellaneous']);
    expect(m.whole.get('private')).toBeUndefined();
    expect(stopwordMatcher(GOODS_DESCRIPTION_STOPWORDS, 'party').whole.get('private')?.[0]?.field).toBe(
      'party',
    );
  });

  it('leaves disabled terms out of the inside search', () => {
    const m = stopwordMatcher(GOODS_DESCRIPTION_STOPWORDS, 'goodsDescription');
    expect(m.groups.some((t) => t.status === 'disabled')).toBe(false);
    expect(m.groups.some((t) => t.term === 'General cargo')).toBe(true);
  });

  it('builds once per list and field', () => {
    expect(stopwordMatcher(GOODS_DESCRIPTION_STOPWORDS, 'party')).toBe(
      stopwordMatcher(GOODS_DESCRIPTION_STOPWORDS, 'party'),
    );
    const copy = { ...GOODS_DESCRIPTION_STOPWORDS };
    expect(stopwordMatcher(copy, 'party')).not.toBe(stopwordMatcher(GOODS_DESCRIPTION_STOPWORDS, 'party'));
  });

  it('skips terms that fold to nothing and lists with no term', () => {
    const list = {
      ...GOODS_DESCRIPTION_STOPWORDS,
      terms: [
        {
          term: '---',
          kind: 'reject',
          status: 'active',
          since: null,
          field: 'party',
          source: 's',
          confidence: 'user',
        } as const,
      ],
    };
    const m = stopwordMatcher(list, 'party');
    expect(m.whole.size).toBe(0);
    expect(m.inside).toBeNull();
  });
});

describe('describeStopword', () => {
  it('says where a term comes from', () => {
    const term = GOODS_DESCRIPTION_STOPWORDS.terms.find((t) => t.term === 'FAK');
    expect(term && describeStopword(term)).toBe(
      `generic term, not confirmed on the ICS2 list; source: ${term?.source}; confidence: unverified`,
    );
  });
});
