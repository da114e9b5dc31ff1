import { describe, expect, it } from 'vitest';
import { CITATIONS } from './data';
import { caveatsOf, shortAct, uniqueCitations, weakestConfidence } from './legalBasis';

describe('legalBasis', () => {
  it('weakestConfidence takes the least sure citation', () => {
    expect(weakestConfidence([])).toBe('confirmed');
    expect(weakestConfidence([CITATIONS.da108])).toBe('confirmed');
    expect(weakestConfidence([CITATIONS.da108, CITATIONS.daInlandWaterways])).toBe('secondary');
    expect(weakestConfidence([CITATIONS.da109, CITATIONS.daInlandWaterways])).toBe('unverified');
  });

  it('caveatsOf lists each unconfirmed or unread citation once, and skips confirmed read ones', () => {
    const c = caveatsOf([CITATIONS.da108, CITATIONS.da109, CITATIONS.da109, CITATIONS.da104_1k]);
    expect(c).toHaveLength(2);
    expect(c[0]).toMatch(
      /^DA Art\. 109 \(combined transport\): unverified, wording not read\. Article number/,
    );
    expect(c[1]).toContain('secondary, wording partly read');
    expect(caveatsOf([CITATIONS.da105a])).toEqual([]);
  });

  it('shortAct names the acts briefly, and leaves unknown ones whole', () => {
    expect(shortAct(CITATIONS.da108.act)).toBe('DA');
    expect(shortAct(CITATIONS.ucc127_1.act)).toBe('UCC');
    expect(shortAct(CITATIONS.euCh.act)).toBe('EU-CH agreement');
    expect(shortAct(CITATIONS.eeaP10.act)).toBe('EEA Protocol 10');
    expect(shortAct(CITATIONS.rolloutR3.act)).toBe('UCC work programme');
    expect(shortAct(CITATIONS.interfaceV2.act)).toBe('ICD v3.30');
    expect(shortAct(CITATIONS.laterV3.act)).toBe('adhocnews.de report');
  });

  it('uniqueCitations keeps first-seen order', () => {
    expect(uniqueCitations([CITATIONS.da108, CITATIONS.da109, CITATIONS.da108])).toEqual([
      CITATIONS.da108,
      CITATIONS.da109,
    ]);
  });
});
