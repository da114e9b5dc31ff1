import { issue, type Issue, type Result } from '../core/issue';
import type { MessageType } from '../generated/catalogue';
import { registry } from '../generated/registry';
import { validate, type ValidateOptions } from '../validate';
import { deepCopy, deepFreeze } from './deepCopy';
import { fitToMessage } from './fitToMessage';
import { normalizeInput } from './normalizeInput';
import type { AutoKeys, Input, OptionalKeys, RequiredKeys } from './types';

/**
 * The keys a caller sets on a builder of `T` (the numbered ones are filled in by the builder).
 *
 * @example
 * ```ts
 * type K = SettableKey<IE3F32>; // 'LRN' | 'documentIssueDate' | ...
 * ```
 */
export type SettableKey<T> = Exclude<keyof T, AutoKeys>;

/**
 * The arguments of `build()`: none (or options) when every mandatory element is set; otherwise a required
 * argument naming the missing keys, so `build()` does not compile and the error names what is missing.
 *
 * @example
 * ```ts
 * type A = BuildArgs<{ a: string; b: string }, 'a'>; // [missingMandatoryElements: 'b', options?: ValidateOptions]
 * ```
 */
export type BuildArgs<T, S> = [Exclude<RequiredKeys<T>, S>] extends [never]
  ? [options?: ValidateOptions]
  : [missingMandatoryElements: Exclude<RequiredKeys<T>, S>, options?: ValidateOptions];

/**
 * An immutable builder of a message `T`. `S` records (in the type) which top-level elements are set:
 * `build()` does not compile until every mandatory element of `T` is; `set` takes only elements of `T`.
 * Every `set` returns a new builder, so one builder can be the base of several filings. `A` is the
 * amendment (IE3Axx) that {@link Builder.amendment} derives, `never` when there is none.
 *
 * @example
 * ```ts
 * import { express } from 'ics2/builders';
 * const b = express.f32().set('LRN', 'LRN-2024-0001'); // Builder<IE3F32, 'SpecificCircumstanceIndicator' | 'LRN', IE3A32>
 * // b.build(); // compile error until documentIssueDate, addressedMemberState, consignmentMasterLevel, declarant are set
 * ```
 */
export interface Builder<T, S extends keyof T = never, A = never> {
  /** The message this builder builds (`IE3F32`). */
  readonly messageType: MessageType;
  /** Set a top-level element (returns a new builder; this one is unchanged). The value is copied. */
  set<K extends SettableKey<T>>(key: K, value: Input<T>[K & keyof Input<T>]): Builder<T, S | K, A>;
  /** Remove an optional top-level element (returns a new builder). */
  unset<K extends OptionalKeys<T> & SettableKey<T>>(key: K): Builder<T, Exclude<S, K>, A>;
  /** A copy of the value set for `key`, if any. */
  get<K extends SettableKey<T>>(key: K): Input<T>[K & keyof Input<T>] | undefined;
  /** A deep copy of everything set so far, as given (before normalisation). */
  input(): Partial<Input<T>>;
  /**
   * Normalise (dates to UTC, numbers to exact decimals, numbering), check the conditions the builder
   * knows and `validate` the message: the message, or every issue. Never throws.
   */
  build(...args: BuildArgs<T, S>): Result<T>;
  /**
   * The amendment (IE3Axx) of this filing, for the declaration registered under `mrn`: everything set that
   * the amendment message has is carried over (nested elements it lacks are dropped), `LRN` is dropped.
   * Where the amendment's model asks for more than the filing's (IE3A20, IE3A34), `build()` reports it.
   */
  amendment(
    this: Builder<T, S, A>,
    mrn: [A] extends [never] ? never : string,
  ): Builder<A, (S & keyof A) | ('MRN' & keyof A) | ('SpecificCircumstanceIndicator' & keyof A)>;
}

class MessageBuilder {
  constructor(
    readonly messageType: MessageType,
    private readonly amendmentType: MessageType | undefined,
    private readonly state: Readonly<Record<string, unknown>>,
  ) {}

  set(key: string, value: unknown): MessageBuilder {
    return new MessageBuilder(
      this.messageType,
      this.amendmentType,
      deepFreeze({ ...this.state, [key]: deepCopy(value) }),
    );
  }

  unset(key: string): MessageBuilder {
    const { [key]: _drop, ...rest } = this.state;
    return new MessageBuilder(this.messageType, this.amendmentType, deepFreeze(rest));
  }

  get(key: string): unknown {
    return deepCopy(this.state[key]);
  }

  input(): Record<string, unknown> {
    return deepCopy(this.state) as Record<string, unknown>;
  }

  build(...args: unknown[]): Result<unknown> {
    const options = args.find((a): a is ValidateOptions => a !== null && typeof a === 'object');
    const meta = registry[this.messageType].meta;
    const { value, issues } = normalizeInput(meta, this.state);
    const checked = validate(this.messageType, value, options ?? {});
    const all: Issue[] = [...issues];
    const seen = new Set(issues.map((i) => `${i.code} ${i.pointer}`));
    for (const i of checked.issues ?? []) if (!seen.has(`${i.code} ${i.pointer}`)) all.push(i);
    if (all.some((i) => i.severity === 'error')) return { ok: false, issues: all };
    return all.length ? { ok: true, value, issues: all } : { ok: true, value };
  }

  amendment(mrn: string): MessageBuilder {
    if (!this.amendmentType) {
      // Only reachable from JavaScript: the type of `amendment` is `never` without an amendment message.
      const b = new MessageBuilder(this.messageType, undefined, this.state);
      return Object.assign(b, {
        build: (): Result<unknown> => ({
          ok: false,
          issues: [
            issue('no_amendment', [], `/${this.messageType}`, `${this.messageType} has no amendment message`),
          ],
        }),
      });
    }
    const { LRN: _lrn, ...rest } = this.state;
    const state = fitToMessage(registry[this.amendmentType].meta.root, deepCopy(rest)) as Record<
      string,
      unknown
    >;
    state.MRN = mrn;
    return new MessageBuilder(this.amendmentType, undefined, deepFreeze(state));
  }
}

/**
 * A builder of any message, with initial values (a filing builder presets its `SpecificCircumstanceIndicator`).
 * The mode namespaces (`sea.f10()` ...) are built on this.
 *
 * @example
 * ```ts
 * import type { IE3F32 } from '../generated/messages/IE3F32';
 * import type { IE3A32 } from '../generated/messages/IE3A32';
 * const b = createBuilder<IE3F32, 'SpecificCircumstanceIndicator', IE3A32>('IE3F32', 'IE3A32', { SpecificCircumstanceIndicator: 'F32' });
 * ```
 */
export function createBuilder<T, S extends keyof T = never, A = never>(
  messageType: MessageType,
  amendmentType?: MessageType,
  initial: Partial<Input<T>> = {},
): Builder<T, S, A> {
  return new MessageBuilder(
    messageType,
    amendmentType,
    deepFreeze(deepCopy(initial) as Record<string, unknown>),
  ) as unknown as Builder<T, S, A>;
}
