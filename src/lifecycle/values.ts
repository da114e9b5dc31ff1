/** Safe reading of plain message values (never throws on odd input: getters are not trusted). */

export type Obj = Record<string, unknown>;

/** A plain object (not an array, not null). */
export function isObj(v: unknown): v is Obj {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}

/** `v[key]` when `v` is an object and the property is an own data property. */
export function prop(v: unknown, key: string): unknown {
  if (!isObj(v)) return undefined;
  const d = Object.getOwnPropertyDescriptor(v, key);
  return d && 'value' in d ? d.value : undefined;
}

/** A string at a path of property names (arrays: the first element). */
export function str(v: unknown, ...path: string[]): string | undefined {
  let cur = v;
  for (const k of path) {
    if (Array.isArray(cur)) cur = cur[0];
    cur = prop(cur, k);
  }
  return typeof cur === 'string' ? cur : undefined;
}

/** The elements at a property, as an array (a single value becomes one element). */
export function list(v: unknown, key: string): unknown[] {
  const x = prop(v, key);
  if (x === undefined) return [];
  return Array.isArray(x) ? x : [x];
}

/**
 * Every value under an element name anywhere in `v` (depth-first, document order), bounded in depth so that
 * cycles cannot loop.
 */
export function collect(v: unknown, name: string, depth = 0, out: unknown[] = []): unknown[] {
  if (depth > 40) return out;
  if (Array.isArray(v)) {
    for (const x of v) collect(x, name, depth + 1, out);
    return out;
  }
  if (!isObj(v)) return out;
  for (const k of Object.keys(v)) {
    const x = prop(v, k);
    if (k === name) {
      if (Array.isArray(x)) out.push(...x);
      else out.push(x);
    }
    collect(x, name, depth + 1, out);
  }
  return out;
}

/** Strings, without duplicates and without empty ones, in order. */
export function uniq(xs: readonly (string | undefined)[]): string[] {
  const out: string[] = [];
  for (const x of xs) if (typeof x === 'string' && x !== '' && !out.includes(x)) out.push(x);
  return out;
}

/** A JSON copy of a value (drops functions and undefined; Dates become strings). */
export function jsonCopy<T>(v: T): T {
  if (v === undefined) return v;
  return JSON.parse(JSON.stringify(v)) as T;
}
