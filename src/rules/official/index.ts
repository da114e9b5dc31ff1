/**
 * The 37 official rules and 32 conditions of HTI Rules and Conditions v2.01, one file each, and the rule
 * list `validate` runs by default (these plus the stop-word guidance).
 */
import type { Rule } from '../types';
import { GOODS_DESCRIPTION } from '../guidance/goodsDescription';
import { PARTY_NAME } from '../guidance/partyName';
import { C3001 } from './C3001';
import { C3002 } from './C3002';
import { C3003 } from './C3003';
import { C3004 } from './C3004';
import { C3005 } from './C3005';
import { C3006 } from './C3006';
import { C3007 } from './C3007';
import { C3008 } from './C3008';
import { C3012 } from './C3012';
import { C3013 } from './C3013';
import { C3014 } from './C3014';
import { C3015 } from './C3015';
import { C3016 } from './C3016';
import { C3017 } from './C3017';
import { C3018 } from './C3018';
import { C3019 } from './C3019';
import { C3020 } from './C3020';
import { C3021 } from './C3021';
import { C3022 } from './C3022';
import { C3023 } from './C3023';
import { C3024 } from './C3024';
import { C3025 } from './C3025';
import { C3034 } from './C3034';
import { C3035 } from './C3035';
import { C3036 } from './C3036';
import { C3037 } from './C3037';
import { C3038 } from './C3038';
import { C3046 } from './C3046';
import { C3048 } from './C3048';
import { C3049 } from './C3049';
import { C3050 } from './C3050';
import { C3051 } from './C3051';
import { R3002 } from './R3002';
import { R3003 } from './R3003';
import { R3004 } from './R3004';
import { R3005 } from './R3005';
import { R3006 } from './R3006';
import { R3007 } from './R3007';
import { R3008 } from './R3008';
import { R3009 } from './R3009';
import { R3010 } from './R3010';
import { R3011 } from './R3011';
import { R3012 } from './R3012';
import { R3013 } from './R3013';
import { R3014 } from './R3014';
import { R3016 } from './R3016';
import { R3017 } from './R3017';
import { R3018 } from './R3018';
import { R3019 } from './R3019';
import { R3020 } from './R3020';
import { R3021 } from './R3021';
import { R3022 } from './R3022';
import { R3024 } from './R3024';
import { R3025 } from './R3025';
import { R3026 } from './R3026';
import { R3027 } from './R3027';
import { R3028 } from './R3028';
import { R3029 } from './R3029';
import { R3030 } from './R3030';
import { R3031 } from './R3031';
import { R3032 } from './R3032';
import { R3033 } from './R3033';
import { R3034 } from './R3034';
import { R3035 } from './R3035';
import { R3046 } from './R3046';
import { R3048 } from './R3048';
import { R3051 } from './R3051';
import { R3052 } from './R3052';
import { R3053 } from './R3053';

export {
  C3001,
  C3002,
  C3003,
  C3004,
  C3005,
  C3006,
  C3007,
  C3008,
  C3012,
  C3013,
  C3014,
  C3015,
  C3016,
  C3017,
  C3018,
  C3019,
  C3020,
  C3021,
  C3022,
  C3023,
  C3024,
  C3025,
  C3034,
  C3035,
  C3036,
  C3037,
  C3038,
  C3046,
  C3048,
  C3049,
  C3050,
  C3051,
  R3002,
  R3003,
  R3004,
  R3005,
  R3006,
  R3007,
  R3008,
  R3009,
  R3010,
  R3011,
  R3012,
  R3013,
  R3014,
  R3016,
  R3017,
  R3018,
  R3019,
  R3020,
  R3021,
  R3022,
  R3024,
  R3025,
  R3026,
  R3027,
  R3028,
  R3029,
  R3030,
  R3031,
  R3032,
  R3033,
  R3034,
  R3035,
  R3046,
  R3048,
  R3051,
  R3052,
  R3053,
};
export { lrnUniqueness } from './R3003';

/**
 * All 69 official rules and conditions, rules first, by id.
 *
 * @example
 * ```ts
 * officialRules.length; // 69
 * officialRules.find((r) => r.id === 'C3034')?.summary;
 * ```
 */
export const officialRules: readonly Rule[] = Object.freeze([
  R3002,
  R3003,
  R3004,
  R3005,
  R3006,
  R3007,
  R3008,
  R3009,
  R3010,
  R3011,
  R3012,
  R3013,
  R3014,
  R3016,
  R3017,
  R3018,
  R3019,
  R3020,
  R3021,
  R3022,
  R3024,
  R3025,
  R3026,
  R3027,
  R3028,
  R3029,
  R3030,
  R3031,
  R3032,
  R3033,
  R3034,
  R3035,
  R3046,
  R3048,
  R3051,
  R3052,
  R3053,
  C3001,
  C3002,
  C3003,
  C3004,
  C3005,
  C3006,
  C3007,
  C3008,
  C3012,
  C3013,
  C3014,
  C3015,
  C3016,
  C3017,
  C3018,
  C3019,
  C3020,
  C3021,
  C3022,
  C3023,
  C3024,
  C3025,
  C3034,
  C3035,
  C3036,
  C3037,
  C3038,
  C3046,
  C3048,
  C3049,
  C3050,
  C3051,
]);

/**
 * Stop-word guidance rules (not numbered HTI rules): `GOODS_DESCRIPTION`, `PARTY_NAME`.
 *
 * @example
 * ```ts
 * guidanceRules.map((r) => r.id); // ['GOODS_DESCRIPTION', 'PARTY_NAME']
 * ```
 */
export const guidanceRules: readonly Rule[] = Object.freeze([GOODS_DESCRIPTION, PARTY_NAME]);

/**
 * What `validate` runs by default: the official rules and the guidance rules.
 *
 * @example
 * ```ts
 * defaultRules.length; // 71
 * ```
 */
export const defaultRules: readonly Rule[] = Object.freeze([...officialRules, ...guidanceRules]);
