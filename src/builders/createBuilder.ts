/**
 * `createBuilder` of `ics2/builders`: the builder core (`builderCore.ts`, on message modules) with the string
 * ids (`'IE3F32'`) resolved through the registry of the 84. Only this file imports the registry: the
 * per-message builders (`ics2/builders/express/f32` ...) use the core directly.
 */
import { isMessageModule, type MessageModule } from '../core/messageModule';
import type { MessageType } from '../generated/catalogue';
import { messageModuleOf } from '../validate';
import { createBuilderOf, type Builder } from './builderCore';
import type { Input } from './types';

export type { Builder, BuildContext, JoinNames, MissingElements, SettableKey } from './builderCore';

/** A module as given, or the module of a message named by its id (a `TypeError` for any other string). */
function resolve(message: MessageType | MessageModule): MessageModule {
  return isMessageModule(message) ? message : messageModuleOf(message);
}

/**
 * A builder of any message, with initial values (a filing builder presets its `SpecificCircumstanceIndicator`).
 * The message and its amendment are named by their ids (`'IE3F32'`, through the registry of the 84: a bundle
 * holds every message) or given as modules (`IE3F32Message`); either way `build()` gives the same result. For
 * a bundle of one message, use the per-message builders (`ics2/builders/express/f32`) or `createBuilder` of
 * `ics2/lite`, which take modules only. An id that is not one of the 84 throws a `TypeError`.
 *
 * @example
 * ```ts
 * import { createBuilder } from 'ics2/builders';
 * import type { IE3F32 } from 'ics2/messages/IE3F32';
 * import type { IE3A32 } from 'ics2/messages/IE3A32';
 * const b = createBuilder<IE3F32, 'SpecificCircumstanceIndicator', IE3A32>('IE3F32', 'IE3A32', { SpecificCircumstanceIndicator: 'F32' });
 * ```
 */
export function createBuilder<T, S extends keyof T = never, A = never>(
  messageType: MessageType,
  amendmentType?: MessageType,
  initial?: Partial<Input<T>>,
): Builder<T, S, A>;
export function createBuilder<T, S extends keyof T = never, A = never>(
  message: MessageModule<string, T>,
  amendment?: MessageModule<string, A>,
  initial?: Partial<Input<T>> & { readonly [K in S]: unknown },
): Builder<T, S, A>;
export function createBuilder(
  message: MessageType | MessageModule,
  amendment?: MessageType | MessageModule,
  initial?: Record<string, unknown>,
): Builder<unknown> {
  return createBuilderOf(resolve(message), amendment === undefined ? undefined : resolve(amendment), initial);
}
