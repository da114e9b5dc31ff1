import { describe, expect, it } from 'vitest';
import * as checks from './index';

describe('checks/index', () => {
  it('re-exports every check and helper', () => {
    for (const name of [
      'checkEori',
      'checkMrn',
      'mrnCheckCharacter',
      'checkContainerNumber',
      'containerCheckDigit',
      'checkImoNumber',
      'imoCheckDigit',
      'checkEni',
      'checkAirWaybill',
      'awbCheckDigit',
      'checkHsSubheading',
      'checkCnCode',
      'checkCommodityDigits',
      'checkCusCode',
      'checkUnLocode',
      'checkPhoneE123',
      'checkGoodsDescription',
      'extendStopwords',
      'checkPartyName',
      'iso6346CheckDigit',
      'iso6346Value',
      'isIso3166Alpha2',
      'isCustomsCountryPrefix',
      'countryName',
      'pass',
      'fail',
      'preflight',
      'show',
      'foldForMatch',
      'stopwordMatcher',
      'describeStopword',
    ]) {
      expect(typeof (checks as Record<string, unknown>)[name], name).toBe('function');
    }
    expect(checks.GOODS_DESCRIPTION_STOPWORDS.terms.length).toBeGreaterThan(100);
    expect(Object.keys(checks.ISO_3166_1_ALPHA2)).toHaveLength(249);
    expect(checks.ISO6346_CATEGORIES).toEqual(['U', 'J', 'Z']);
    expect(checks.E123_PATTERN).toBeInstanceOf(RegExp);
    expect(Object.keys(checks.EORI_NATIONAL_SHAPES)).toContain('GB');
    expect(checks.EU_CUSTOMS_EXTRA_PREFIXES.XI).toBeDefined();
  });
});
