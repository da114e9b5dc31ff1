/**
 * `ics2`: the TypeScript SDK for the EU Import Control System 2.
 *
 * @packageDocumentation
 */
export { validate, messageInfo, type Message, type ValidateOptions } from './validate';
export { issue, type Issue, type Result, type Severity, type ModelPath } from './core/issue';
export type { ElementMeta, MessageMeta, Provenance, Encoding } from './core/meta';
export { pointerFor, pathForPointer, readPointer, metaAt } from './core/pointer';
export { parseFormat, checkFormat, isUtcDateTime, type Format } from './core/format';
export type { Amount } from './core/fields';
export { messages, messageTypes, filingTypes, type MessageType, type FilingTypeCode, type MessageEntry, type FilingTypeEntry } from './generated/catalogue';
export { codeLists, type CodeList } from './generated/codelists';
export { ruleCatalogue, type RuleCatalogueEntry } from './generated/rules';
export { registry, type MessageTypes } from './generated/registry';
export { toXml, toXmlChunks, fromXml, explainErrors, ICS2_NAMESPACE, as4Envelope, gzipPayload, gunzipPayload, pullMpc } from './xml/index';
export type { ToXmlOptions, ToXmlResult, ToXmlChunksResult, FromXmlOptions, FromXmlResult, FromXmlOfOptions, FromXmlOfResult, ErrorExplanation, ExplainErrorsResult, SentMessage } from './xml/index';
export {
  rule,
  all,
  forEach,
  when,
  required,
  forbidden,
  oneOf,
  atLeastOne,
  unique,
  sequentialFrom,
  matches,
  checkWith,
  checkDigit,
  present,
  absent,
  equals,
  anyOf,
  not,
  and,
  or,
  createRuleSet,
  rulesFor,
  officialRules,
  defaultRules,
} from './rules/index';
export type { Rule, RuleSet, Check, Finding, Predicate, RuleInfo, RuleStatus, RulePath, MessageRules } from './rules/index';
export { sea, air, express, postal, road, rail, createBuilder, address, party, container, routingCountries, numberGoodsItems, place, placeByAddress, exactDecimal, utcDateTime } from './builders/index';
export type { Builder } from './builders/index';
export { jsonSchema, type JsonSchema, type JsonSchemaOptions } from './schema/jsonSchema';
export { formatIssues, fixFor, type FormatIssuesOptions } from './report/formatIssues';
