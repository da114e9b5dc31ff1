import { describe, expect, it } from 'vitest';
import { fail, pass, preflight, show } from './result';

describe('pass / fail', () => {
  it('builds the two verdicts', () => {
    expect(pass()).toEqual({ ok: true });
    expect(fail('check_digit', 'expected check digit 3')).toEqual({
      ok: false,
      reason: 'check_digit',
      message: 'expected check digit 3',
    });
  });
});

describe('show', () => {
  it('quotes short values as JSON', () => {
    expect(show('GB123')).toBe('"GB123"');
    expect(show('a"b')).toBe('"a\\"b"');
  });

  it('cuts long values to 40 characters and says how long they were', () => {
    const out = show('x'.repeat(100));
    expect(out).toBe(`"${'x'.repeat(40)}…" (100 characters)`);
  });

  it('counts code points, not UTF-16 units', () => {
    expect(show('😀'.repeat(40))).toBe(JSON.stringify('😀'.repeat(40)));
    expect(show('😀'.repeat(41))).toContain('(41 characters)');
  });
});

describe('preflight', () => {
  it('refuses non-strings with the type named', () => {
    expect(preflight(undefined, 'X')).toMatchObject({
      reason: 'not_a_string',
      message: expect.stringContaining('undefined'),
    });
    expect(preflight(null, 'X')).toMatchObject({
      reason: 'not_a_string',
      message: expect.stringContaining('null'),
    });
    expect(preflight([], 'X')).toMatchObject({
      reason: 'not_a_string',
      message: expect.stringContaining('an array'),
    });
    expect(preflight(12, 'X')).toMatchObject({
      reason: 'not_a_string',
      message: expect.stringContaining('number'),
    });
  });

  it('refuses the empty string', () => {
    expect(preflight('', 'X')?.reason).toBe('empty');
  });

  it('refuses whitespace unless allowed, and shows the value without it', () => {
    expect(preflight('GB 123', 'X')).toMatchObject({
      reason: 'whitespace',
      message: expect.stringContaining('"GB123"'),
    });
    expect(preflight('a\tb', 'X')?.reason).toBe('whitespace');
    expect(preflight('GB 123', 'X', { whitespace: true })).toBeUndefined();
  });

  it('refuses lowercase only when asked, with the uppercase form as a hint', () => {
    expect(preflight('gb123', 'X', { uppercase: true })).toMatchObject({
      reason: 'lowercase',
      message: expect.stringContaining('"GB123"'),
    });
    expect(preflight('gb123', 'X')).toBeUndefined();
  });
});
