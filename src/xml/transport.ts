/**
 * Transport-side utilities of the XML layer: AS4 envelope metadata, gzip payloads and the safety helpers
 * (escaping, XML 1.0 characters, pre-scan of untrusted input).
 */
export { as4Envelope, pullMpc, ICS2_AS4 } from './as4Envelope';
export type { As4Envelope, As4EnvelopeOptions, As4Party, As4PayloadPart, Ics2Release } from './as4Envelope';
export { as4UserMessageXml, EBMS3_NS } from './as4UserMessageXml';
export { gzipPayload, gunzipPayload } from './gzipPayload';
export type { GunzipOptions } from './gzipPayload';
export { MESSAGE_DIRECTIONS, isMessageType } from './messageDirections';
export type { MessageDirection, MessageType } from './messageDirections';
export { escapeText, escapeAttr, findIllegalXmlChar, prescanXml, DEFAULT_XML_LIMITS } from './safety';
export type { IllegalXmlChar, XmlLimits, XmlPrescan } from './safety';
