import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkCusCode } from './checkCusCode';

describe('checkCusCode (R3020)', () => {
  it('accepts seven digits, a hyphen and one digit (shape only: no check-digit algorithm is public)', () => {
    expect(checkCusCode('0012345-6')).toEqual({ ok: true });
    fc.assert(
      fc.property(fc.stringMatching(/^[0-9]{7}-[0-9]$/), (v) => {
        expect(checkCusCode(v)).toEqual({ ok: true });
      }),
    );
  });

  it('hints at the hyphenated form when the 8 digits came without it', () => {
    expect(checkCusCode('00123456')).toMatchObject({
      reason: 'format',
      message: expect.stringContaining('0012345-6'),
    });
    expect(checkCusCode('0012345/6')).toMatchObject({
      reason: 'format',
      message: expect.stringContaining('0012345-6'),
    });
    expect(checkCusCode('0012345 6')).toMatchObject({ reason: 'whitespace' });
  });

  it('refuses other shapes without a hint', () => {
    for (const v of ['001234-56', '0012345-', '0012345-67', 'A012345-6', '00123-45-6']) {
      const r = checkCusCode(v);
      expect(r).toMatchObject({ ok: false, reason: 'format' });
      expect(!r.ok && r.message).not.toContain('perhaps');
    }
    expect(checkCusCode('')).toMatchObject({ reason: 'empty' });
  });
});
