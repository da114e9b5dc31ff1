import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { GOODS_DESCRIPTION_STOPWORDS } from '../data/goodsDescriptionStopwords';
import { checkPartyName } from './checkPartyName';
import { extendStopwords } from './extendStopwords';

describe('checkPartyName (GD-06)', () => {
  it('accepts real names, also ones containing a stop word', () => {
    for (const name of [
      'ACME Trading GmbH',
      'Private Label Ltd',
      'Unknown Pleasures Records',
      'Jane Doe',
      'NAVA SA',
    ]) {
      expect(checkPartyName(name)).toEqual({ ok: true });
    }
  });

  it('refuses private, unknown and N/A in their obvious variants', () => {
    for (const name of [
      'private',
      'PRIVATE',
      'Private.',
      'unknown',
      'UNKNOWN',
      ' Unknown ',
      'N/A',
      'n/a',
      'N.A.',
      'NA',
      'n a',
      'N\\A',
    ]) {
      expect(checkPartyName(name)).toMatchObject({ ok: false, reason: 'stop_word' });
    }
  });

  it('names the term and its source', () => {
    const r = checkPartyName('n/a');
    expect(!r.ok && r.message).toContain('"N/A"');
    expect(!r.ok && r.message).toContain('SHIPGAZ');
    expect(!r.ok && r.message).toContain('confidence: reported');
  });

  it('refuses empty and blank names', () => {
    expect(checkPartyName('')).toMatchObject({ reason: 'empty' });
    expect(checkPartyName('   ')).toMatchObject({ reason: 'empty' });
    expect(checkPartyName(7 as unknown as string)).toMatchObject({ reason: 'not_a_string' });
  });

  it('uses a user list, and skips disabled terms', () => {
    const list = extendStopwords(GOODS_DESCRIPTION_STOPWORDS, [
      { term: 'To order', field: 'party' },
      { term: 'Private', field: 'party', status: 'disabled' },
    ]);
    expect(checkPartyName('TO ORDER', list)).toMatchObject({ reason: 'stop_word' });
    expect(checkPartyName('Private', list)).toEqual({ ok: true });
  });

  it('never throws', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (name) => {
        expect(typeof checkPartyName(name).ok).toBe('boolean');
      }),
    );
  });
});
