import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { describeDuration } from './describeDuration';

describe('describeDuration', () => {
  it('names days, hours, minutes and seconds, leaving out zeros', () => {
    expect(describeDuration(93_784_000)).toEqual({ ms: 93_784_000, text: '1 d 2 h 3 min 4 s' });
    expect(describeDuration(3_600_000).text).toBe('1 h');
    expect(describeDuration(86_400_000 + 60_000).text).toBe('1 d 1 min');
    expect(describeDuration(999).text).toBe('0 s');
    expect(describeDuration(0).text).toBe('0 s');
  });

  it('ignores the sign in the text, keeps it in ms', () => {
    expect(describeDuration(-90_000)).toEqual({ ms: -90_000, text: '1 min 30 s' });
  });

  it('property: the text adds back up to the whole seconds', () => {
    const size: Record<string, number> = { d: 86_400_000, h: 3_600_000, min: 60_000, s: 1_000 };
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 400 * 86_400_000 }), (ms) => {
        const { text } = describeDuration(ms);
        const parts = text.split(' ');
        let total = 0;
        for (let i = 0; i < parts.length; i += 2)
          total += Number(parts[i]) * (size[parts[i + 1] as string] as number);
        return total === Math.floor(ms / 1000) * 1000;
      }),
    );
  });
});
