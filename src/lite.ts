/**
 * `ics2/lite`: the per-message entry points. `validate`, `toXml` and `toXmlChunks` here take a message module
 * (`IE3F32Message` from `ics2/messages/IE3F32`) and pull in nothing of the other 83 messages, no registry and
 * no zod: a browser bundle holds the one message it uses. The root API (`ics2`) takes the string id as well.
 *
 * @packageDocumentation
 */
export { validateMessage as validate, type ValidateOptions } from './validateMessage';
export { toXmlOf as toXml, toXmlChunksOf as toXmlChunks, ICS2_NAMESPACE, XML_DECLARATION } from './xml/toXml';
export type { ToXmlOptions, ToXmlResult, ToXmlChunksResult } from './xml/toXml';
export { defineMessage, isMessageModule, type MessageModule } from './core/messageModule';
export { messageFor, type MessagesOption } from './xml/messagesOption';
export type { Issue, Result, Severity, ModelPath } from './core/issue';
