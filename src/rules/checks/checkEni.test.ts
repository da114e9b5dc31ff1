import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkEni } from './checkEni';

describe('checkEni (R3010)', () => {
  it('accepts 8 digits', () => {
    expect(checkEni('02326536')).toEqual({ ok: true });
    fc.assert(
      fc.property(fc.stringMatching(/^[0-9]{8}$/), (v) => {
        expect(checkEni(v)).toEqual({ ok: true });
      }),
    );
  });

  it('refuses other lengths, with the count', () => {
    expect(checkEni('2326536')).toMatchObject({
      reason: 'length',
      message: expect.stringContaining('got 7'),
    });
    expect(checkEni('023265361')).toMatchObject({ reason: 'length' });
  });

  it('refuses anything but digits', () => {
    expect(checkEni('')).toMatchObject({ reason: 'empty' });
    expect(checkEni('ENI02326536')).toMatchObject({ reason: 'format' });
    expect(checkEni('0232653A')).toMatchObject({ reason: 'format' });
    expect(checkEni('023 26536')).toMatchObject({ reason: 'whitespace' });
    expect(checkEni('０２３２６５３６')).toMatchObject({ reason: 'format' });
  });
});
