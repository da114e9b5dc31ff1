/**
 * `ics2/lite`: the per-message entry points. `validate`, `toXml` and `toXmlChunks` here take a message module
 * (`IE3F32Message` from `ics2/messages/IE3F32`), `fromXml` the modules it may read (`{ messages:
 * [IE3F32Message] }`), and they pull in nothing of the other messages, no registry and no zod: a browser
 * bundle holds the messages it uses. `createBuilder` builds any message from its module (and its amendment's),
 * as the per-message builders (`ics2/builders/express/f32` ...) do. The root API (`ics2`) takes the string id
 * as well.
 *
 * @packageDocumentation
 */
export { validateMessage as validate, type ValidateOptions } from './validateMessage';
export { toXmlOf as toXml, toXmlChunksOf as toXmlChunks, ICS2_NAMESPACE, XML_DECLARATION } from './xml/toXml';
export type { ToXmlOptions, ToXmlResult, ToXmlChunksResult } from './xml/toXml';
export { fromXmlOf as fromXml, type FromXmlOfOptions, type FromXmlOfResult, type FromXmlOfRead } from './xml/fromXmlOf';
export type { FromXmlRefused } from './xml/fromXmlCore';
export { defineMessage, isMessageModule, type MessageModule } from './core/messageModule';
export { createBuilderOf as createBuilder, type Builder } from './builders/builderCore';
export { messageFor, type MessagesOption } from './xml/messagesOption';
export type { Issue, Result, Severity, ModelPath } from './core/issue';
