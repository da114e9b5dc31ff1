/**
 * fast-check arbitraries of every message, driven by the metadata (fast-check is an optional peer dependency).
 */
import fc from 'fast-check';
import { parseFormat } from '../core/format';
import type { ElementMeta } from '../core/meta';
import type { MessageType } from '../generated/catalogue';
import { codeLists } from '../generated/codelists';
import { registry } from '../generated/registry';
import type { Message } from '../validate';
import { formatOf, knownValue, repairRules, withFilingType } from './generate';
import { mutations, type Mutation } from './mutations';

/** Options of {@link arbitrary}. */
export interface ArbitraryOptions {
  /**
   * Make the instances pass the rules and conditions too (default `true`): identifiers the rules check get
   * realistic values, then a generic repair runs; instances it cannot repair are filtered out.
   * `false`: valid by structure only (faster, more varied).
   */
  rules?: boolean;
  /** Most repetitions of a repeated element (at least its minimum; default 2). */
  maxRepeat?: number;
  /** Optional elements: `some` (default, each present or not), `all` (every one present), `none`. */
  optional?: 'some' | 'all' | 'none';
}

const DT_MIN = Date.UTC(2000, 0, 1);
const DT_MAX = Date.UTC(2099, 11, 31, 23, 59, 59);
const TEXT_UNITS = [...'AZaz09 -/.,&<>"\'éß中€'];

function textArb(
  node: ElementMeta,
  format: string,
  rulesFriendly: boolean,
  parent: string,
): fc.Arbitrary<string> {
  const list = node.codeList ? codeLists[node.codeList] : undefined;
  if (list?.values.length) return fc.constantFrom(...list.values.map((v) => v.code));
  if (rulesFriendly) {
    const k = knownValue(node, parent);
    if (k !== undefined) return fc.constant(k);
  }
  const f = parseFormat(format);
  switch (f.type) {
    case 'dateTime':
      return fc
        .integer({ min: DT_MIN / 1000, max: DT_MAX / 1000 })
        .map((s) => new Date(s * 1000).toISOString().replace(/\.\d{3}Z$/, 'Z'));
    case 'a':
      return fc.string({
        unit: fc.constantFrom(...'ABCDEFGHIJKLMNOPQRSTUVWXYZabcz'),
        minLength: f.min,
        maxLength: Math.min(f.max, 12),
      });
    case 'n':
      if (f.fraction > 0) {
        const int = Math.max(1, Math.min(8, f.max - f.fraction));
        return fc
          .tuple(
            fc.string({ unit: fc.constantFrom(...'0123456789'), minLength: 1, maxLength: int }),
            fc.option(
              fc.string({ unit: fc.constantFrom(...'0123456789'), minLength: 1, maxLength: f.fraction }),
              { nil: undefined },
            ),
          )
          .map(([i, d]) => (d === undefined ? i : `${i}.${d}`));
      }
      return fc.string({
        unit: fc.constantFrom(...'0123456789'),
        minLength: f.min,
        maxLength: Math.min(f.max, 12),
      });
    default:
      return fc
        .string({
          unit: fc.constantFrom(...TEXT_UNITS),
          minLength: f.min,
          maxLength: Math.max(f.min, Math.min(f.max, 24)),
        })
        .filter((s) => /\S/.test(s))
        // A collapsing type (xs:token) is read collapsed: no space at an end, no two in a row (the length holds).
        .map((s) => (node.collapse ? s.replace(/ (?= )/g, 'x').replace(/^ /, 'x').replace(/ $/, 'x') : s));
  }
}

function elementArb(node: ElementMeta, o: Required<ArbitraryOptions>, parent: string): fc.Arbitrary<unknown> {
  if (node.encoding === 'group') {
    const rec: Record<string, fc.Arbitrary<unknown>> = {};
    const required: string[] = [];
    for (const c of node.children ?? []) {
      if (c.min === 0 && o.optional === 'none') continue;
      const one = elementArb(c, o, node.name);
      if (c.max > 1) {
        const min = Math.max(1, c.min);
        const max = Math.max(min, Math.min(c.max, o.maxRepeat));
        rec[c.name] = fc.array(one, { minLength: min, maxLength: max }).map(numbered);
      } else rec[c.name] = one;
      if (c.min > 0 || o.optional === 'all') required.push(c.name);
    }
    return fc.record(rec, { requiredKeys: required });
  }
  if (node.encoding === 'amount') {
    const a = node.amount ?? { value: 'n..16,2', currency: 'a3' };
    const cur = a.currencyCodeList ? codeLists[a.currencyCodeList] : undefined;
    return fc.record({
      value: textArb({ ...node, encoding: 'text', codeList: undefined }, a.value, false, parent),
      currency: cur?.values.length
        ? fc.constantFrom(...cur.values.map((v) => v.code))
        : fc.constantFrom('EUR', 'USD', 'GBP'),
    });
  }
  return textArb(node, formatOf(node), o.rules, parent);
}

/** Items that carry a sequence or goods item number get 1, 2, 3... in list order. */
function numbered(items: unknown[]): unknown[] {
  return items.map((it, i) => {
    if (it === null || typeof it !== 'object') return it;
    const o = it as Record<string, unknown>;
    if ('sequenceNumber' in o) return { ...o, sequenceNumber: String(i + 1) };
    if ('goodsItemNumber' in o) return { ...o, goodsItemNumber: String(i + 1) };
    return it;
  });
}

/**
 * A fast-check arbitrary of instances of a message, generated from its metadata: valid by structure (formats,
 * lengths, complete code lists, cardinalities) and, by default, by the rules and conditions. Where a rule
 * cannot be satisfied generically (it needs a value that agrees with another element, a real EORI...), the
 * realistic values by element name and the generic repair of `sampleMessage` fix it up, and what still fails
 * is filtered out. Requires the optional peer dependency `fast-check`.
 *
 * @example
 * ```ts
 * import fc from 'fast-check';
 * import { arbitrary } from 'ics2/testing';
 * fc.assert(fc.property(arbitrary('IE3F32', { maxRepeat: 3 }), (f32) => validate('IE3F32', f32).ok));
 * ```
 */
export function arbitrary<K extends MessageType>(
  messageType: K,
  options: ArbitraryOptions = {},
): fc.Arbitrary<Message<K>> {
  const o: Required<ArbitraryOptions> = {
    rules: options.rules ?? true,
    maxRepeat: Math.max(1, options.maxRepeat ?? 2),
    optional: options.optional ?? 'some',
  };
  const meta = registry[messageType].meta;
  const base = elementArb(meta.root, o, '').map((v) => withFilingType(meta, v));
  if (!o.rules) return base as fc.Arbitrary<Message<K>>;
  return base
    .map((v) => repairRules(messageType, v))
    .filter((r) => r.unresolved.length === 0)
    .map((r) => r.value as Message<K>);
}

/** An instance with one mutation applied: the value, and the mutation (with the issue to expect). */
export interface Mutated {
  value: unknown;
  mutation: Mutation;
}

/**
 * A fast-check arbitrary of instances broken in exactly one place: an instance of {@link arbitrary} with one of
 * its {@link mutations} applied, and that mutation (what to expect from `validate`).
 *
 * @example
 * ```ts
 * fc.assert(fc.property(mutated('IE3F32'), ({ value, mutation }) =>
 *   !validate('IE3F32', value, { rules: false }).ok));
 * ```
 */
export function mutated(messageType: MessageType, options: ArbitraryOptions = {}): fc.Arbitrary<Mutated> {
  return fc.tuple(arbitrary(messageType, options), fc.nat()).map(([v, n]) => {
    const ms = mutations(messageType, v);
    const m = ms[n % ms.length]!;
    return { value: m.apply(v), mutation: m };
  });
}
