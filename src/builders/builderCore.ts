/**
 * The builder core, on message modules (`IE3F32Message`): it pulls no registry of the 84 and no zod, so a
 * per-message builder (`ics2/builders/express/f32`) bundles its message and amendment only. `createBuilder`
 * (`ics2/builders`) adds the string ids (`'IE3F32'`) on top, through the registry.
 */
import { issue, type Issue, type Result } from '../core/issue';
import type { MessageMeta } from '../core/meta';
import type { MessageModule } from '../core/messageModule';
import type { MessageType } from '../generated/catalogue';
import { validateMessage, type ValidateOptions } from '../validateMessage';
import { deepCopy, deepFreeze } from './deepCopy';
import { fitToMessage } from './fitToMessage';
import { normalizeInput } from './normalizeInput';
import type { AutoKeys, Input, OptionalKeys, RequiredKeys } from './types';

/**
 * The keys a caller sets on a builder of `T` (the numbered ones are filled in by the builder).
 *
 * @example
 * ```ts
 * import type { SettableKey } from 'ics2/builders';
 * import type { IE3F32 } from 'ics2/messages/IE3F32';
 * type K = SettableKey<IE3F32>; // 'LRN' | 'documentIssueDate' | ...
 * ```
 */
export type SettableKey<T> = Exclude<keyof T, AutoKeys>;

type UnionToIntersection<U> = (U extends unknown ? (x: () => U) => void : never) extends (x: infer I) => void
  ? I
  : never;
type LastOf<U> = UnionToIntersection<U> extends () => infer L ? L : never;

/**
 * A union of names as one comma-separated list, in declaration order (`'a' | 'b'` -> `'a, b'`).
 *
 * @example
 * ```ts
 * import type { JoinNames } from 'ics2/builders';
 * type L = JoinNames<'declarant' | 'consignmentMasterLevel'>; // 'declarant, consignmentMasterLevel'
 * ```
 */
export type JoinNames<U, Acc extends string = ''> = [U] extends [never]
  ? Acc
  : LastOf<U> extends infer L extends string
    ? JoinNames<Exclude<U, L>, Acc extends '' ? L : `${L}, ${Acc}`>
    : Acc;

/**
 * The mandatory top-level elements of `T` that are not set yet (`S` are the set ones).
 *
 * @example
 * ```ts
 * import type { MissingElements } from 'ics2/builders';
 * type M = MissingElements<{ a: string; b: string; c?: string }, 'a'>; // 'b'
 * ```
 */
export type MissingElements<T, S> = Exclude<RequiredKeys<T>, S>;

/**
 * The `this` that `build()` asks for: anything once every mandatory element is set; otherwise the text
 * `Missing: <names>`, so calling `build()` too early is a compile error that names what is missing:
 * `The 'this' context of type 'Builder<...>' is not assignable to method's 'this' of type
 * '"Missing: declarant, consignmentMasterLevel"'`.
 *
 * @example
 * ```ts
 * import type { BuildContext } from 'ics2/builders';
 * type C = BuildContext<{ a: string; b: string; c: string }, 'a'>; // 'Missing: b, c'
 * ```
 */
export type BuildContext<T, S> = [MissingElements<T, S>] extends [never]
  ? unknown
  : `Missing: ${JoinNames<MissingElements<T, S>>}`;

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
 * // b.build(); // compile error: ... 'this' of type '"Missing: documentIssueDate, addressedMemberState, ..."'
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
   * knows and `validate` the message: the message, or every issue. Never throws. It compiles only once
   * every mandatory top-level element is set: until then the compiler error names the missing ones
   * (`... method's 'this' of type '"Missing: declarant, consignmentMasterLevel"'`); called from JavaScript
   * or through a cast, each missing element is a `missing` issue that says how to set it.
   */
  build(this: BuildContext<T, S>, options?: ValidateOptions): Result<T>;
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

/** One `missing` issue per mandatory top-level element not set (what the compiler says when types are used). */
function notSet(meta: MessageMeta, state: Readonly<Record<string, unknown>>): Issue[] {
  const out: Issue[] = [];
  for (const c of meta.root.children ?? []) {
    if (c.min < 1 || state[c.name] !== undefined) continue;
    out.push(
      issue(
        'missing',
        [c.name],
        `/${meta.id}/${c.name}`,
        `${c.label} (${c.name}) is required and not set: call .set('${c.name}', ...) before build()`,
        { ref: `${c.min}..${c.max}` },
      ),
    );
  }
  return out;
}

class MessageBuilder {
  readonly messageType: MessageType;

  constructor(
    private readonly message: MessageModule,
    private readonly amendmentOf: MessageModule | undefined,
    private readonly state: Readonly<Record<string, unknown>>,
  ) {
    this.messageType = message.id as MessageType;
  }

  set(key: string, value: unknown): MessageBuilder {
    return new MessageBuilder(this.message, this.amendmentOf, deepFreeze({ ...this.state, [key]: deepCopy(value) }));
  }

  unset(key: string): MessageBuilder {
    const { [key]: _drop, ...rest } = this.state;
    return new MessageBuilder(this.message, this.amendmentOf, deepFreeze(rest));
  }

  get(key: string): unknown {
    return deepCopy(this.state[key]);
  }

  input(): Record<string, unknown> {
    return deepCopy(this.state) as Record<string, unknown>;
  }

  build(...args: unknown[]): Result<unknown> {
    const options = args.find((a): a is ValidateOptions => a !== null && typeof a === 'object');
    const meta = this.message.meta;
    const { value, issues: normalized } = normalizeInput(meta, this.state);
    const issues = [...notSet(meta, this.state), ...normalized];
    const checked = validateMessage(this.message, value, options ?? {});
    const all: Issue[] = [...issues];
    const seen = new Set(issues.map((i) => `${i.code} ${i.pointer}`));
    for (const i of checked.issues ?? []) if (!seen.has(`${i.code} ${i.pointer}`)) all.push(i);
    if (all.some((i) => i.severity === 'error')) return { ok: false, issues: all };
    return all.length ? { ok: true, value, issues: all } : { ok: true, value };
  }

  amendment(mrn: string): MessageBuilder {
    if (!this.amendmentOf) {
      // Only reachable from JavaScript: the type of `amendment` is `never` without an amendment message.
      const b = new MessageBuilder(this.message, undefined, this.state);
      return Object.assign(b, {
        build: (): Result<unknown> => ({
          ok: false,
          issues: [issue('no_amendment', [], `/${this.messageType}`, `${this.messageType} has no amendment message`)],
        }),
      });
    }
    const { LRN: _lrn, ...rest } = this.state;
    const state = fitToMessage(this.amendmentOf.meta.root, deepCopy(rest)) as Record<string, unknown>;
    state.MRN = mrn;
    return new MessageBuilder(this.amendmentOf, undefined, deepFreeze(state));
  }
}

/**
 * A builder of a message given as its module, with initial values (a filing builder presets its
 * `SpecificCircumstanceIndicator`); `amendment` is the module of the IE3Axx that `.amendment(mrn)` derives.
 * `build()` validates with the module (`validate` of `ics2/lite`): no registry, no zod, no other message.
 * `T` and `A` are inferred from the modules; `S` (the elements `initial` sets, for the compile-time check of
 * `build()`) from the keys of `initial`. `ics2/lite` exports it as `createBuilder`.
 *
 * @example
 * ```ts
 * import { createBuilder } from 'ics2/lite';
 * import { IE3F32Message } from 'ics2/messages/IE3F32';
 * import { IE3A32Message } from 'ics2/messages/IE3A32';
 * const b = createBuilder(IE3F32Message, IE3A32Message, { SpecificCircumstanceIndicator: 'F32' });
 * // Builder<IE3F32, 'SpecificCircumstanceIndicator', IE3A32>
 * ```
 */
export function createBuilderOf<T, S extends keyof T = never, A = never>(
  message: MessageModule<string, T>,
  amendment?: MessageModule<string, A>,
  initial?: Partial<Input<T>> & { readonly [K in S]: unknown },
): Builder<T, S, A> {
  return new MessageBuilder(
    message,
    amendment,
    deepFreeze(deepCopy(initial ?? {}) as Record<string, unknown>),
  ) as unknown as Builder<T, S, A>;
}
