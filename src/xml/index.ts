/**
 * The XML layer of `ics2`: serialise and read the 84 ICS2 messages, explain IE3N99 errors, and the
 * transport utilities (AS4 envelope, gzip payloads, safety helpers).
 */
export { toXml, toXmlChunks, ICS2_NAMESPACE, XML_DECLARATION } from './toXml';
export type { ToXmlOptions, ToXmlResult, ToXmlChunksResult } from './toXml';
export { fromXml } from './fromXml';
export type { FromXmlOptions, FromXmlResult, FromXmlRead, FromXmlRefused, FromXmlOfOptions, FromXmlOfRead, FromXmlOfResult } from './fromXml';
export { checkUnknownEntry, UNKNOWN_KEY } from './unknown';
export type { UnknownElement } from './unknown';
export { explainErrors } from './explainErrors';
export type { ErrorExplanation, ExplainErrorsResult, SentMessage } from './explainErrors';
export * from './transport';
