import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  checkAirWaybill,
  checkCnCode,
  checkContainerNumber,
  checkCusCode,
  checkEni,
  checkEori,
  checkHsSubheading,
  checkImoNumber,
  checkMrn,
  checkPartyName,
  checkPhoneE123,
  checkUnLocode,
} from './index';
import type { CheckResult } from './index';

const checks: [string, (v: string) => CheckResult][] = [
  ['checkEori', checkEori],
  ['checkMrn', checkMrn],
  ['checkContainerNumber', checkContainerNumber],
  ['checkImoNumber', checkImoNumber],
  ['checkEni', checkEni],
  ['checkAirWaybill', checkAirWaybill],
  ['checkHsSubheading', checkHsSubheading],
  ['checkCnCode', checkCnCode],
  ['checkCusCode', checkCusCode],
  ['checkUnLocode', checkUnLocode],
  ['checkPhoneE123', checkPhoneE123],
  ['checkPartyName', checkPartyName],
];

function wellFormed(r: CheckResult): void {
  if (r.ok) {
    expect(Object.keys(r)).toEqual(['ok']);
  } else {
    expect(r.reason).toMatch(/^[a-z_]+$/);
    expect(r.message.length).toBeGreaterThan(0);
    expect(r.message.length).toBeLessThan(600);
  }
}

describe('every check', () => {
  for (const [name, check] of checks) {
    it(`${name} never throws and answers in shape, on any string`, () => {
      fc.assert(
        fc.property(
          fc.oneof(
            fc.string({ unit: 'binary', maxLength: 60 }),
            fc.string({ unit: 'grapheme' }),
            fc.string(),
          ),
          (v) => {
            wellFormed(check(v));
          },
        ),
      );
    });

    it(`${name} handles the empty string, a huge string, unicode and non-strings`, () => {
      expect(check('')).toMatchObject({ ok: false, reason: 'empty' });
      for (const v of [
        'x'.repeat(1_000_000),
        '9'.repeat(1_000_000),
        '😀'.repeat(20),
        '\u0000',
        '\ud800',
        'Ⅻ',
      ]) {
        const r = check(v);
        // A party name may be anything but a stop word; every other check refuses these values.
        if (name !== 'checkPartyName') expect(r.ok).toBe(false);
        wellFormed(r);
      }
      for (const v of [undefined, null, 42, {}, []]) {
        expect(check(v as unknown as string)).toMatchObject({ ok: false, reason: 'not_a_string' });
      }
    });
  }
});
