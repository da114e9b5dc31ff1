/** The examples use the package as a user does: imports from `ics2` only, no casts; the sample answers parse. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fromXml, toXml } from '../../src/index';

const dir = join(import.meta.dirname, '..', '..', 'examples');
const sources = [
  ...readdirSync(dir).filter((f) => f.endsWith('.ts')),
  ...readdirSync(join(dir, 'shared'))
    .filter((f) => f.endsWith('.ts'))
    .map((f) => `shared/${f}`),
];

describe('examples', () => {
  it('there are examples, including the shipment builders and reading answers', () => {
    expect(sources).toEqual(
      expect.arrayContaining(['express-f32.ts', 'sea-f15-house.ts', 'read-ie3r01.ts', 'read-ie3n99.ts']),
    );
  });

  it.each(sources.map((f) => [f]))(
    '%s: no cast (as never, as unknown as) and no import from the sources',
    (f) => {
      const text = readFileSync(join(dir, f), 'utf8');
      expect(text.match(/\bas\s+never\b/g) ?? []).toEqual([]);
      expect(text.match(/\bas\s+unknown\s+as\b/g) ?? []).toEqual([]);
      const specifiers = [...text.matchAll(/\bfrom\s+'([^']+)'/g)].map((m) => m[1]!);
      const bad = specifiers.filter(
        (s) =>
          !(
            s === 'ics2' ||
            s.startsWith('ics2/') ||
            s.startsWith('./shared/') ||
            s.startsWith('node:') ||
            s === 'better-sqlite3' ||
            /^(fp-ts|io-ts)\//.test(s) ||
            (f.startsWith('shared/') && s.startsWith('./'))
          ),
      );
      expect(bad).toEqual([]);
    },
  );

  it.each([
    ['ie3r01.xml', 'IE3R01'],
    ['ie3n99.xml', 'IE3N99'],
  ] as const)('%s parses as a valid %s and is what our toXml writes', (file, type) => {
    const xml = readFileSync(join(dir, file), 'utf8');
    const read = fromXml(xml, { expect: type });
    expect(read.issues).toEqual([]);
    expect(read.ok).toBe(true);
    expect(read.messageType).toBe(type);
    const again = toXml(type, read.value as never, { pretty: true });
    expect(again.ok && again.xml).toBe(xml);
  });
});
