/**
 * A deep copy of plain data (objects, arrays, `Date`s, primitives), so that nothing a caller passes to a
 * builder is shared with, or changed by, it. Cycles are cut (a repeated object becomes `undefined`).
 *
 * @example
 * ```ts
 * const a = { goods: [{ grossMass: 1 }] };
 * const b = deepCopy(a);
 * b.goods[0]!.grossMass = 2; // a is unchanged
 * ```
 */
export function deepCopy<T>(value: T): T {
  const seen = new Set<object>();
  const copy = (v: unknown): unknown => {
    if (v === null || typeof v !== 'object') return v;
    if (v instanceof Date) return new Date(v.getTime());
    if (seen.has(v)) return undefined;
    seen.add(v);
    let out: unknown;
    if (Array.isArray(v)) out = v.map(copy);
    else {
      const o: Record<string, unknown> = {};
      for (const [k, x] of Object.entries(v)) o[k] = copy(x);
      out = o;
    }
    seen.delete(v);
    return out;
  };
  return copy(value) as T;
}

/**
 * Freeze plain data deeply (used to hand out builder state that nobody can change).
 *
 * @example
 * ```ts
 * const o = deepFreeze({ a: [1] });
 * Object.isFrozen(o.a); // true
 * ```
 */
export function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !(value instanceof Date) && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const x of Object.values(value)) deepFreeze(x);
  }
  return value;
}
