/**
 * Reference checks used by the validation rules: small pure functions that never throw and return a
 * {@link CheckResult} (or, for goods descriptions, a list of findings).
 *
 * @example
 * ```ts
 * import { checkContainerNumber, checkMrn } from './checks';
 * checkContainerNumber('CSQU3054383').ok; // true
 * ```
 */
export { fail, pass, preflight, show } from './result';
export type { CheckFailure, CheckResult } from './result';
export {
  EU_CUSTOMS_EXTRA_PREFIXES,
  ISO_3166_1_ALPHA2,
  countryName,
  isCustomsCountryPrefix,
  isIso3166Alpha2,
} from './countries';
export type { Iso3166Alpha2 } from './countries';
export { iso6346CheckDigit, iso6346Value } from './iso6346';
export { EORI_NATIONAL_SHAPES, checkEori } from './checkEori';
export { checkMrn } from './checkMrn';
export { mrnCheckCharacter } from './mrnCheckCharacter';
export { ISO6346_CATEGORIES, checkContainerNumber } from './checkContainerNumber';
export { containerCheckDigit } from './containerCheckDigit';
export { checkImoNumber } from './checkImoNumber';
export { imoCheckDigit } from './imoCheckDigit';
export { checkEni } from './checkEni';
export { checkAirWaybill } from './checkAirWaybill';
export type { AirWaybillForm } from './checkAirWaybill';
export { awbCheckDigit } from './awbCheckDigit';
export { checkHsSubheading } from './checkHsSubheading';
export { checkCnCode } from './checkCnCode';
export { checkCommodityDigits } from './checkCommodityDigits';
export { checkCusCode } from './checkCusCode';
export { checkUnLocode } from './checkUnLocode';
export { E123_PATTERN, checkPhoneE123 } from './checkPhoneE123';
export { checkGoodsDescription } from './goodsDescription';
export type {
  GoodsDescriptionFinding,
  GoodsDescriptionOptions,
  GoodsDescriptionReason,
} from './goodsDescription';
export { extendStopwords } from './extendStopwords';
export type { StopwordAddition } from './extendStopwords';
export { checkPartyName } from './checkPartyName';
export { describeStopword, foldForMatch, stopwordMatcher } from './stopwordMatcher';
export type { StopwordMatcher } from './stopwordMatcher';
export { GOODS_DESCRIPTION_STOPWORDS } from '../data/goodsDescriptionStopwords';
export type {
  GoodsDescriptionRule,
  StopwordConfidence,
  StopwordField,
  StopwordKind,
  StopwordList,
  StopwordSource,
  StopwordStatus,
  StopwordTerm,
} from '../data/goodsDescriptionStopwords';
