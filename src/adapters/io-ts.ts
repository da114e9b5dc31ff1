/**
 * `ics2/io-ts`: an io-ts codec for any message, running the schema and the rules, with io-ts error paths.
 * `io-ts` (and its peer `fp-ts`) are optional peer dependencies: only this subpath needs them.
 */
import * as t from 'io-ts';
import type { MessageType } from '../generated/catalogue';
import { validate, type Message, type ValidateOptions } from '../validate';

/**
 * An io-ts `Type` for one message. Decoding runs `validate` (structure, formats, code lists, rules); each
 * error issue becomes an io-ts `ValidationError` whose context follows the model path and whose message
 * carries the issue code and XML pointer. Encoding is the identity (the model is already the wire shape).
 *
 * @example
 * ```ts
 * import { codecFor } from 'ics2/io-ts';
 * import { PathReporter } from 'io-ts/PathReporter';
 * const IE3F32 = codecFor('IE3F32');
 * PathReporter.report(IE3F32.decode(data));
 * ```
 */
export function codecFor<K extends MessageType>(
  messageType: K,
  options?: ValidateOptions,
): t.Type<Message<K>, Message<K>, unknown> {
  return new t.Type<Message<K>, Message<K>, unknown>(
    messageType,
    (u): u is Message<K> => validate(messageType, u, options).ok,
    (u, c) => {
      const r = validate(messageType, u, options);
      if (r.ok) return t.success(r.value);
      const errors = r.issues.filter((i) => i.severity === 'error');
      return t.failures(
        errors.map((i) => {
          let value: unknown = u;
          const context: t.ContextEntry[] = [...c];
          for (const key of i.path) {
            value =
              value !== null && typeof value === 'object'
                ? (value as Record<string | number, unknown>)[key]
                : undefined;
            context.push({ key: String(key), type: t.unknown, actual: value });
          }
          return { value, context, message: `${i.code} at ${i.pointer}: ${i.message}` };
        }),
      );
    },
    t.identity,
  );
}
