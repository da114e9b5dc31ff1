import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkHsSubheading } from './checkHsSubheading';

describe('checkHsSubheading', () => {
  it('accepts 6 digits in an HS chapter', () => {
    expect(checkHsSubheading('610910')).toEqual({ ok: true });
    expect(checkHsSubheading('010121')).toEqual({ ok: true });
    expect(checkHsSubheading('970500')).toEqual({ ok: true });
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 97 }).filter((c) => c !== 77),
        fc.stringMatching(/^[0-9]{4}$/),
        (chapter, rest) => {
          expect(checkHsSubheading(`${String(chapter).padStart(2, '0')}${rest}`)).toEqual({ ok: true });
        },
      ),
    );
  });

  it('refuses chapters 00, 77, 98 and 99', () => {
    for (const v of ['000000', '770000', '980000', '990100']) {
      expect(checkHsSubheading(v)).toMatchObject({ ok: false, reason: 'chapter' });
    }
  });

  it('refuses other lengths and separators', () => {
    expect(checkHsSubheading('61091')).toMatchObject({ reason: 'length' });
    expect(checkHsSubheading('61091000')).toMatchObject({ reason: 'length' });
    expect(checkHsSubheading('6109.10')).toMatchObject({
      reason: 'format',
      message: expect.stringContaining('610910'),
    });
    expect(checkHsSubheading('6109 10')).toMatchObject({ reason: 'whitespace' });
    expect(checkHsSubheading('')).toMatchObject({ reason: 'empty' });
  });
});
