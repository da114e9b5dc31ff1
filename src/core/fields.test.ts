import { describe, expect, it } from 'vitest';
import { amount, dateTime, text } from './fields';

describe('fields', () => {
  it('text reports its code and reference in params', () => {
    const r = text('an..3').safeParse('abcd');
    expect(r.success).toBe(false);
    expect(r.error?.issues[0]).toMatchObject({ params: { ics2: true, code: 'too_long', ref: 'an..3' } });
  });
  it('refuses characters illegal in XML 1.0', () => {
    for (const bad of ['a\u0000b', 'a\u0008', '\uFFFE', '\uD800x', 'x\uDC00']) {
      expect(text('an..35').safeParse(bad).error?.issues[0]).toMatchObject({
        params: { code: 'invalid_character' },
      });
    }
    expect(text('an..35').safeParse('tab\tnew\nline é 😀').success).toBe(true);
  });
  it('complete code lists are checked', () => {
    const s = text('an3', 'CL742', ['F10', 'F11']);
    expect(s.safeParse('F10').success).toBe(true);
    expect(s.safeParse('F99').error?.issues[0]).toMatchObject({
      params: { code: 'invalid_code', ref: 'CL742' },
    });
  });
  it('date-times and amounts', () => {
    expect(dateTime().safeParse('2024-04-12T11:13:57Z').success).toBe(true);
    expect(dateTime().safeParse('2024-04-12').success).toBe(false);
    expect(amount('n..16,2', 'a3').safeParse({ value: '12.50', currency: 'EUR' }).success).toBe(true);
    expect(amount('n..16,2', 'a3').safeParse({ value: 12.5, currency: 'EUR' }).success).toBe(false);
    expect(amount('n..16,2', 'a3').safeParse({ value: '1.505', currency: 'EUR' }).success).toBe(false);
  });
});
