/**
 * The law around an ICS2 filing: lodging deadlines, roll-out phases, who lodges which filing type, and
 * when no ENS is needed. Every answer carries its legal basis; the facts live in `./data`.
 */
export { lodgingDeadline } from './lodgingDeadline';
export type {
  LodgingDeadline,
  LodgingDeadlineInput,
  ActiveMeansDeadlineInput,
  SeaDeadlineInput,
  AirPlaciDeadlineInput,
  AirFlightDeadlineInput,
  RailDeadlineInput,
  InlandWaterwaysDeadlineInput,
  RoadDeadlineInput,
  CombinedDeadlineInput,
  ExpressDeadlineInput,
  PostalDeadlineInput,
} from './lodgingDeadline';
export { rolloutPhase } from './rolloutPhase';
export type {
  RolloutPhase,
  RolloutPhaseInput,
  RolloutMode,
  RolloutDate,
  RolloutTrackStatus,
} from './rolloutPhase';
export { requiredFilings } from './requiredFilings';
export type {
  RequiredFilings,
  RequiredFilingsInput,
  FilingRequirement,
  FilingOption,
  FilingStep,
  FilingDeadlineRule,
} from './requiredFilings';
export { exemption } from './exemption';
export type { ExemptionInput, ExemptionResult, ExemptionReason, ExemptionCode } from './exemption';
export { classifySeaVoyage } from './classifySeaVoyage';
export type { SeaVoyageFacts, SeaVoyageClass } from './classifySeaVoyage';
export { parseTimeInput, isTimeZone } from './parseTimeInput';
export type { TimeInput, LocalDateTime, Disambiguation, ParsedTime, TimeResolution } from './parseTimeInput';
export { formatUtc, formatInZone } from './formatUtc';
export { describeDuration } from './describeDuration';
export type { DurationInfo } from './describeDuration';
export { weakestConfidence, caveatsOf } from './legalBasis';
export {
  SOURCES,
  ACTS,
  CITATIONS,
  DEADLINE_ROWS,
  DEADLINE_THRESHOLDS,
  DEADLINE_RULE_ROWS,
  SHORT_SEA_COUNTRIES,
  SHORT_SEA_SEAS,
  OUTERMOST_REGIONS,
  RELEASES,
  ROLLOUT_TRACKS,
  ROLLOUT_ASSIGNMENTS,
  ROLLOUT_LATER,
  ROLLOUT_TIME_ZONE,
  WAIVERS,
  SECURITY_ZONE_DISPATCH,
  FILING_TYPES,
  FILING_PLANS,
} from './data';
export type {
  Confidence,
  Wording,
  Source,
  SourceId,
  Citation,
  CitationKey,
  DeadlineBasis,
  DeadlineRowId,
  DeadlineRow,
  DeadlineRuleRef,
  ShortSeaSea,
  OutermostRegion,
  ReleaseId,
  InterfaceVersion,
  RolloutTrackId,
  RolloutTrack,
  Transport,
  FilingRole,
  WaivedGoods,
  Waiver,
  FilingTypeCode,
  FilingTypeInfo,
  FilingArrangement,
  DocumentStructure,
  Service,
  Carriage,
  FilingStepSpec,
  OtherPartyFiling,
  FilingOptionSpec,
  FilingRequirementSpec,
  FilingPlan,
} from './data';
