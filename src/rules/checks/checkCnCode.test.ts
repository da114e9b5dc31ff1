import { describe, expect, it } from 'vitest';
import { checkCnCode } from './checkCnCode';

describe('checkCnCode', () => {
  it('accepts 8 digits in an HS chapter', () => {
    expect(checkCnCode('61091000')).toEqual({ ok: true });
    expect(checkCnCode('84713000')).toEqual({ ok: true });
  });

  it('refuses other lengths, separators and non-HS chapters', () => {
    expect(checkCnCode('610910')).toMatchObject({
      reason: 'length',
      message: expect.stringContaining('expected 8 digits'),
    });
    expect(checkCnCode('6109100000')).toMatchObject({ reason: 'length' });
    expect(checkCnCode('6109.10.00')).toMatchObject({
      reason: 'format',
      message: expect.stringContaining('61091000'),
    });
    expect(checkCnCode('99999999')).toMatchObject({ reason: 'chapter' });
  });
});
