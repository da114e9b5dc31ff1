import * as E from 'fp-ts/lib/Either.js';
import { PathReporter } from 'io-ts/lib/PathReporter.js';
import { describe, expect, it } from 'vitest';
import { messageInfo } from '../validate';
import { minimalInstance } from '../../test/support/instances';
import { codecFor } from './io-ts';

describe('ics2/io-ts', () => {
  const codec = codecFor('IE3F32', { rules: false });
  const base = minimalInstance(messageInfo('IE3F32'));

  it('decodes a valid message and encodes it unchanged', () => {
    const r = codec.decode(base);
    expect(E.isRight(r)).toBe(true);
    if (E.isRight(r)) expect(codec.encode(r.right)).toEqual(base);
    expect(codec.is(base)).toBe(true);
    expect(codec.name).toBe('IE3F32');
  });

  it('reports issues with io-ts paths following the model path', () => {
    const bad = structuredClone(base) as Record<string, unknown>;
    bad.LRN = 'x'.repeat(30);
    const r = codec.decode(bad);
    expect(E.isLeft(r)).toBe(true);
    if (E.isLeft(r)) {
      expect(r.left[0]!.context.map((c) => c.key)).toEqual(['', 'LRN']);
      expect(r.left[0]!.value).toBe('x'.repeat(30));
      expect(r.left[0]!.message).toMatch(/^too_long at \/IE3F32\/LRN/);
    }
    expect(PathReporter.report(r).join('\n')).toMatch(/too_long/);
    expect(codec.is(bad)).toBe(false);
    expect(E.isLeft(codec.decode(null))).toBe(true);
  });
});
