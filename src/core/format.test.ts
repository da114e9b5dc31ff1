import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { charLength, checkFormat, collapseWhiteSpace, isUtcDateTime, parseFormat, readsCollapsed } from './format';

describe('parseFormat', () => {
  it('maps every HTI format exactly', () => {
    expect(parseFormat('an..35')).toMatchObject({ type: 'an', min: 1, max: 35, fraction: 0 });
    expect(parseFormat('an18')).toMatchObject({ type: 'an', min: 18, max: 18 });
    expect(parseFormat('a2')).toMatchObject({ type: 'a', min: 2, max: 2 });
    expect(parseFormat('n1')).toMatchObject({ type: 'n', min: 1, max: 1 });
    expect(parseFormat('n..16,6')).toMatchObject({ type: 'n', min: 1, max: 16, fraction: 6 });
    expect(parseFormat('an20 (YYYY-MM-DDThh:mm:ssZ)')).toMatchObject({ type: 'dateTime' });
    expect(() => parseFormat('x..3')).toThrow(/Unknown HTI format/);
  });
});

describe('checkFormat', () => {
  const c = (v: string, f: string) => checkFormat(v, parseFormat(f)).map((p) => p.code);
  it('an..35: at most 35 characters, counted as code points', () => {
    expect(c('x'.repeat(35), 'an..35')).toEqual([]);
    expect(c('x'.repeat(36), 'an..35')).toEqual(['too_long']);
    expect(c('😀'.repeat(35), 'an..35')).toEqual([]);
    expect(c('', 'an..35')).toEqual(['too_short']);
    expect(c('  \t', 'an..35')).toEqual(['blank']);
    expect(c(' x ', 'an..35')).toEqual([]);
  });
  it('an18: exactly 18', () => {
    expect(c('24DE123456789012J4', 'an18')).toEqual([]);
    expect(c('24DE123456789012J', 'an18')).toEqual(['too_short']);
    expect(c('24DE123456789012J44', 'an18')).toEqual(['too_long']);
  });
  it('a2: two letters', () => {
    expect(c('DE', 'a2')).toEqual([]);
    expect(c('D1', 'a2')).toEqual(['invalid_format']);
    expect(c('DEU', 'a2')).toEqual(['too_long']);
  });
  it('n1 and n..5: digits', () => {
    expect(c('1', 'n1')).toEqual([]);
    expect(c('12', 'n1')).toEqual(['too_long']);
    expect(c('1a', 'n..5')).toEqual(['invalid_format']);
    expect(c('-1', 'n..5')).toEqual(['invalid_format']);
  });
  it('n..16,6: a decimal of at most 16 digits, 6 after the point', () => {
    expect(c('1234567890.123456', 'n..16,6')).toEqual([]);
    expect(c('12345678901.123456', 'n..16,6')).toEqual(['too_long']);
    expect(c('0.1234567', 'n..16,6')).toEqual(['invalid_format']);
    expect(c('1e5', 'n..16,6')).toEqual(['invalid_format']);
    // xs:decimal forms the XSD accepts but the HTI format does not write: warnings (customs may accept them).
    expect(c('.5', 'n..16,6')).toEqual(['unusual_format']);
    expect(c('12.', 'n..16,6')).toEqual(['unusual_format']);
    expect(c('+1.5', 'n..16,6')).toEqual(['unusual_format']);
    expect(c('-1', 'n..16,6')).toEqual(['unusual_format']);
    // fractionDigits and totalDigits count the value's digits: trailing zeros after the point do not count.
    expect(c('1.5000000', 'n..16,6')).toEqual(['unusual_format']);
    expect(c('1.5000001', 'n..16,6')).toEqual(['invalid_format']);
    expect(c('0001234567890.123456', 'n..16,6')).toEqual(['unusual_format']);
    expect(c('.', 'n..16,6')).toEqual(['invalid_format']);
    expect(c('1.2.3', 'n..16,6')).toEqual(['invalid_format']);
    expect(checkFormat('.5', parseFormat('n..16,6'))[0]?.severity).toBe('warning');
    expect(checkFormat('0.1234567', parseFormat('n..16,6'))[0]?.severity).toBeUndefined();
  });
  it('an20 date-time: UTC, no fractions, a real date', () => {
    const f = 'an20 (YYYY-MM-DDThh:mm:ssZ)';
    expect(c('2024-04-12T11:13:57Z', f)).toEqual([]);
    expect(c('2024-04-12T11:13:57.000Z', f)).toEqual(['invalid_format']);
    expect(c('2024-04-12T11:13:57+02:00', f)).toEqual(['invalid_format']);
    expect(c('2023-02-29T00:00:00Z', f)).toEqual(['invalid_format']);
    expect(c('2024-02-29T00:00:00Z', f)).toEqual([]);
    expect(c('2024-04-12T24:00:00Z', f)).toEqual(['invalid_format']);
  });
  it('accepts every Date rendered without milliseconds (property)', () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date('1970-01-01Z'), max: new Date('2999-12-31Z'), noInvalidDate: true }),
        (d) => isUtcDateTime(d.toISOString().replace(/\.\d{3}Z$/, 'Z')),
      ),
    );
  });
  it('counts surrogate pairs as one character', () => {
    expect(charLength('a😀b')).toBe(3);
    expect(charLength('\uD800')).toBe(1);
  });
  it('collapses white space as XSD does: tab, line feed, carriage return and space only', () => {
    expect(collapseWhiteSpace(' \tA  B\r\n ')).toBe('A B');
    expect(collapseWhiteSpace('AT')).toBe('AT');
    expect(collapseWhiteSpace('\u00a0AT\u00a0')).toBe('\u00a0AT\u00a0'); // a no-break space is not XSD white space
    expect(collapseWhiteSpace(' \u00a0 ')).toBe('\u00a0');
    expect(readsCollapsed(parseFormat('n..16,6'), false)).toBe(true);
    expect(readsCollapsed(parseFormat('an20 (YYYY-MM-DDThh:mm:ssZ)'), undefined)).toBe(true);
    expect(readsCollapsed(parseFormat('an..35'), false)).toBe(false);
    expect(readsCollapsed(parseFormat('an..35'), true)).toBe(true);
  });
});
