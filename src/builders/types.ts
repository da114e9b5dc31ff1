/**
 * Types of the builders' input: the generated message interfaces, with the conveniences the builders
 * take care of (dates as `Date`, masses as numbers, item and sequence numbers filled in).
 */

/**
 * Keys the builders number themselves (1, 2, 3 ... in array order) when the caller leaves them out.
 *
 * @example
 * ```ts
 * const k: AutoKeys = 'goodsItemNumber';
 * ```
 */
export type AutoKeys = 'goodsItemNumber' | 'sequenceNumber';

/**
 * Keys whose value is a UTC date-time: a `Date` or an ISO 8601 string with any offset is accepted.
 *
 * @example
 * ```ts
 * const k: DateKeys = 'documentIssueDate';
 * ```
 */
export type DateKeys =
  | 'documentIssueDate'
  | 'actualDateAndTimeOfDeparture'
  | 'estimatedDateAndTimeOfDeparture'
  | 'estimatedDateAndTimeOfArrival';

/**
 * Keys whose value is a decimal or count: a `number` is accepted and checked to be exact.
 *
 * @example
 * ```ts
 * const k: NumberKeys = 'grossMass';
 * ```
 */
export type NumberKeys =
  'totalGrossMass' | 'grossMass' | 'netMass' | 'numberOfPackages' | 'numberOfSeals' | 'value';

type Leaf<K, V> = K extends DateKeys ? V | Date : K extends NumberKeys ? V | number : V;

type InputValue<K, V> = V extends string
  ? Leaf<K, V>
  : V extends readonly (infer U)[]
    ? InputValue<K, U>[]
    : V extends object
      ? Input<V>
      : V;

/**
 * What a builder accepts for a message (or one of its groups) `T`: the same shape, with `Date`s for
 * date-times, numbers for masses and counts, and the goods-item and sequence numbers optional.
 *
 * @example
 * ```ts
 * import type { IE3F32Weight } from 'ics2/messages/IE3F32';
 * const w: Input<IE3F32Weight> = { grossMass: 12.5 };
 * ```
 */
export type Input<T> = {
  [K in keyof T as K extends AutoKeys ? never : K]: InputValue<K, T[K]>;
} & {
  [K in keyof T as K extends AutoKeys ? K : never]?: InputValue<K, T[K]>;
};

/**
 * The keys of `T` that are not optional (the mandatory top-level elements of a message).
 *
 * @example
 * ```ts
 * type R = RequiredKeys<{ a: string; b?: string }>; // 'a'
 * ```
 */
export type RequiredKeys<T> = { [K in keyof T]-?: object extends Pick<T, K> ? never : K }[keyof T];

/**
 * The keys of `T` that are optional.
 *
 * @example
 * ```ts
 * type O = OptionalKeys<{ a: string; b?: string }>; // 'b'
 * ```
 */
export type OptionalKeys<T> = Exclude<keyof T, RequiredKeys<T>>;
