import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { GOODS_DESCRIPTION_STOPWORDS } from '../data/goodsDescriptionStopwords';
import type { StopwordList } from '../data/goodsDescriptionStopwords';
import { extendStopwords } from './extendStopwords';
import { checkGoodsDescription } from './goodsDescription';

const reasons = (text: string, ...rest: [StopwordList?, { asOf?: string; inside?: boolean }?]) =>
  checkGoodsDescription(text, ...rest).map((f) => `${f.severity}:${f.reason}${f.term ? `:${f.term}` : ''}`);

describe('checkGoodsDescription: precise descriptions', () => {
  it('finds nothing in good descriptions', () => {
    for (const text of [
      'Cotton T-shirts for men, knitted',
      'Lithium-ion batteries for laptops',
      'Frozen shrimps, peeled',
      'Ceramic coffee mugs',
      'Kinderspielzeug aus Holz',
    ]) {
      expect(checkGoodsDescription(text)).toEqual([]);
    }
  });
});

describe('checkGoodsDescription: character patterns (GD-04)', () => {
  it('refuses empty, digits-only, special-only and mixed digit/special descriptions', () => {
    expect(reasons('')).toEqual(['error:empty']);
    expect(reasons('   \n ')).toEqual(['error:empty']);
    expect(reasons('123456')).toEqual(['error:only_digits']);
    expect(reasons('12 34')).toEqual(['error:only_digits']);
    expect(reasons('...')).toEqual(['error:only_special_characters']);
    expect(reasons('- - -')).toEqual(['error:only_special_characters']);
    expect(reasons('#*?')).toEqual(['error:only_special_characters']);
    expect(reasons('12/34-56')).toEqual(['error:only_digits_and_special_characters']);
  });

  it('refuses a file extension and one character repeated', () => {
    expect(reasons('.pdf')).toEqual(['error:file_extension']);
    expect(reasons('xxx')).toEqual(['error:repeated_characters']);
    expect(reasons('X x X x')).toEqual(['error:repeated_characters']);
    expect(reasons('xx')).toEqual([]);
  });

  it('names the pattern rule', () => {
    expect(checkGoodsDescription('123')[0]).toMatchObject({ rule: 'GD-04', severity: 'error' });
  });
});

describe('checkGoodsDescription: whole description is a stop word (GD-05)', () => {
  it('refuses a listed term, with its source and confidence', () => {
    const [f] = checkGoodsDescription('General cargo');
    expect(f).toMatchObject({
      severity: 'error',
      reason: 'stop_word',
      rule: 'GD-05',
      term: 'General cargo',
      confidence: 'list-copy',
      kind: 'reject',
      status: 'active',
      since: null,
    });
    expect(f?.source).toContain('ENSA-LIST');
    expect(f?.message).toContain('General cargo');
  });

  it('ignores case, spacing and punctuation', () => {
    expect(reasons('GENERAL CARGO')).toEqual(['error:stop_word:General cargo']);
    expect(reasons('  general-cargo. ')).toEqual(['error:stop_word:General cargo']);
    expect(reasons('Freight of all kinds')).toEqual(['error:stop_word:Freight of all kinds']);
    expect(reasons('n/a')).toEqual(['error:stop_word:N/A']);
    expect(reasons('N.A.')).toEqual(['error:stop_word:N/A']);
  });

  it('matches the misspelling quoted by the source', () => {
    expect(reasons('Miscelaneous')).toEqual(['error:stop_word:Miscellaneous']);
    expect(reasons('Miscellaneous')).toEqual(['error:stop_word:Miscellaneous']);
  });

  it('warns only for disabled terms, generic terms and terms not yet in force', () => {
    expect(reasons('Steel')).toEqual(['warning:stop_word_disabled:Steel']);
    expect(reasons('Fish')).toEqual(['warning:stop_word_disabled:Fish']);
    expect(reasons('Spare parts')).toEqual(['warning:vague_term:Spare parts']);
    expect(reasons('FAK')).toEqual(['warning:vague_term:FAK']);
    expect(reasons('Item', undefined, { asOf: '2026-01-31' })).toEqual([
      'warning:stop_word_not_yet_enforced:Item',
    ]);
    expect(reasons('Item', undefined, { asOf: '2026-02-01' })).toEqual(['error:stop_word:Item']);
    expect(reasons('Item')).toEqual(['error:stop_word:Item']);
  });

  it('does not use party-only terms on goods descriptions', () => {
    expect(reasons('Private')).toEqual([]);
  });
});

describe('checkGoodsDescription: stop word inside a longer description (GD-05)', () => {
  it('warns once per term, the longest term winning', () => {
    expect(reasons('Auto parts: brake pads for passenger cars')).toEqual([
      'warning:contains_stop_word:Auto Parts',
    ]);
    expect(reasons('Fresh fruit, apples and pears')).toEqual(['warning:contains_stop_word:Fresh Fruit']);
    expect(reasons('Parts of machinery; parts of pumps')).toEqual([
      'warning:contains_stop_word:Parts',
      'warning:contains_stop_word:Machinery',
    ]);
  });

  it('matches whole words only', () => {
    expect(reasons('Departs tomorrow: wooden chairs')).toEqual([]);
    expect(reasons('Foodstuffs: canned tomatoes')).toEqual([]);
    expect(reasons('Foodstuff: canned tomatoes')).toEqual(['warning:contains_stop_word:Foodstuff']);
  });

  it('does not look for disabled terms inside, and can be switched off', () => {
    expect(reasons('Stainless steel screws M6')).toEqual([]);
    expect(reasons('Auto parts: brake pads', undefined, { inside: false })).toEqual([]);
  });

  it('carries the term data on the warning', () => {
    const [f] = checkGoodsDescription('Item: wooden spoons');
    expect(f).toMatchObject({
      severity: 'warning',
      term: 'Item',
      source: 'AEB',
      confidence: 'reported',
      since: '2026-02-01',
    });
    expect(f?.message).toContain('listed since 2026-02-01');
  });
});

describe('checkGoodsDescription: user lists', () => {
  it('uses an extended list', () => {
    const list = extendStopwords(GOODS_DESCRIPTION_STOPWORDS, [
      { term: 'Widgetry' },
      { term: 'Fish', status: 'active' },
    ]);
    expect(reasons('Widgetry', list)).toEqual(['error:stop_word:Widgetry']);
    expect(reasons('Fish', list)).toEqual(['error:stop_word:Fish']);
    expect(reasons('Widgetry')).toEqual([]);
    expect(reasons('Consolidated')).toEqual(['error:stop_word:Consolidated']);
  });

  it('works with a list that has no goods-description terms', () => {
    const list: StopwordList = { ...GOODS_DESCRIPTION_STOPWORDS, terms: [] };
    expect(checkGoodsDescription('General cargo', list)).toEqual([]);
    expect(reasons('...', list)).toEqual(['error:only_special_characters']);
  });

  it('prefers the strictest verdict when several terms share a spelling', () => {
    const list = extendStopwords(GOODS_DESCRIPTION_STOPWORDS, [
      { term: 'Widgets', kind: 'needs-detail' },
      { term: 'widgets!', field: 'goodsDescription', kind: 'reject' },
    ]);
    // The second addition replaces the first (same folded spelling): one term left.
    expect(reasons('Widgets', list)).toEqual(['error:stop_word:widgets!']);
    const twoTerms: StopwordList = {
      ...GOODS_DESCRIPTION_STOPWORDS,
      terms: [
        {
          term: 'Gadgets',
          kind: 'needs-detail',
          status: 'active',
          since: null,
          field: 'goodsDescription',
          source: 'x',
          confidence: 'user',
        },
        {
          term: 'GADGETS',
          kind: 'reject',
          status: 'active',
          since: null,
          field: 'goodsDescription',
          source: 'y',
          confidence: 'user',
        },
      ],
    };
    expect(reasons('gadgets', twoTerms)).toEqual(['error:stop_word:GADGETS']);
  });
});

describe('checkGoodsDescription: robustness', () => {
  it('reports a non-string instead of throwing', () => {
    expect(checkGoodsDescription(undefined as unknown as string)).toMatchObject([
      { severity: 'error', reason: 'not_a_string' },
    ]);
  });

  it('never throws and always returns well-formed findings', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: 'binary' }), fc.string({ unit: 'grapheme' })), (text) => {
        const findings = checkGoodsDescription(text);
        for (const f of findings) {
          expect(['error', 'warning']).toContain(f.severity);
          expect(f.reason).toMatch(/^[a-z_]+$/);
          expect(f.message.length).toBeLessThan(1000);
        }
      }),
    );
  });

  it('handles a megabyte of text quickly', () => {
    const text = 'cotton shirts with auto parts '.repeat(35_000);
    const started = Date.now();
    const findings = checkGoodsDescription(text);
    expect(Date.now() - started).toBeLessThan(5_000);
    expect(findings.map((f) => f.term)).toEqual(['Auto Parts']);
    expect(findings[0]?.message.length).toBeLessThan(1000);
  });
});
