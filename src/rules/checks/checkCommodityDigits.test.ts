import { describe, expect, it } from 'vitest';
import { checkCommodityDigits } from './checkCommodityDigits';

describe('checkCommodityDigits', () => {
  it('checks the digit count it is given', () => {
    expect(checkCommodityDigits('0101', 4, 'HS heading')).toEqual({ ok: true });
    expect(checkCommodityDigits('01012', 4, 'HS heading')).toMatchObject({
      reason: 'length',
      message: expect.stringMatching(/^HS heading: expected 4 digits, got 5/),
    });
  });

  it('gives the digits-only form as a hint only when it has the right length', () => {
    expect(checkCommodityDigits('6109.10', 6, 'HS')).toMatchObject({
      reason: 'format',
      message: expect.stringContaining('without separators: 610910'),
    });
    expect(checkCommodityDigits('6109.1', 6, 'HS')).toMatchObject({
      reason: 'format',
      message: expect.not.stringContaining('without separators'),
    });
  });
});
