/**
 * Instances of any message generated from its metadata: minimal (mandatory elements only), maximal
 * (every optional element, the most repetitions up to a cap) and fast-check arbitraries.
 */
import fc from 'fast-check';
import { codeLists } from '../../src/generated/codelists';
import { parseFormat } from '../../src/core/format';
import type { ElementMeta, MessageMeta } from '../../src/core/meta';

/** A valid value for a text element's format (and complete code list). */
export function sampleValue(node: ElementMeta, variant = 0): string {
  if (node.fixed) return node.fixed;
  if (node.codeList) {
    const list = codeLists[node.codeList];
    if (list && list.values.length) return list.values[variant % list.values.length]!.code;
  }
  const v = sampleForFormat(node.encoding === 'dateTime' ? 'an20 (YYYY-MM-DDThh:mm:ssZ)' : (node.format ?? 'an..35'), variant);
  // A value of a collapsing type (xs:token) must read the same collapsed: no space at its end.
  return node.collapse ? v.replace(/ $/, '_') : v;
}

export function sampleForFormat(format: string, variant = 0): string {
  const f = parseFormat(format);
  const n = f.min === f.max ? f.max : Math.min(f.max, 1 + (variant % f.max));
  switch (f.type) {
    case 'dateTime':
      return `2024-0${1 + (variant % 9)}-12T11:13:${String(10 + (variant % 50))}Z`;
    case 'a':
      return 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'.repeat(Math.ceil(n / 26)).slice(0, n);
    case 'n':
      if (f.fraction > 0) return variant % 2 ? '12.5' : '1000';
      return '1234567890'.repeat(Math.ceil(n / 10)).slice(0, n).replace(/^0/, '1');
    default:
      return ('X' + 'abc <&> "quoted" \'apos\' é 0'.repeat(1 + Math.ceil(n / 20))).slice(0, n);
  }
}

function valueFor(node: ElementMeta, mode: 'min' | 'max', cap: number, variant: number): unknown {
  if (node.encoding === 'group') {
    const o: Record<string, unknown> = {};
    for (const c of node.children ?? []) {
      if (mode === 'min' && c.min === 0) continue;
      const count = c.max > 1 ? (mode === 'min' ? c.min : Math.max(c.min, Math.min(c.max, cap))) : 1;
      if (c.max > 1) o[c.name] = Array.from({ length: count }, (_, i) => valueFor(c, mode, cap, variant + i));
      else o[c.name] = valueFor(c, mode, cap, variant);
    }
    return o;
  }
  if (node.encoding === 'amount') {
    const cur = node.amount?.currencyCodeList ? codeLists[node.amount.currencyCodeList] : undefined;
    return { value: sampleForFormat(node.amount?.value ?? 'n..16,2', variant), currency: cur?.values[0]?.code ?? 'EUR' };
  }
  return sampleValue(node, variant);
}

/** Only the mandatory elements, each once. */
export function minimalInstance(meta: MessageMeta): Record<string, unknown> {
  return valueFor(meta.root, 'min', 1, 0) as Record<string, unknown>;
}

/** Every optional element present, repeated elements `cap` times (bounded by their maximum). */
export function maximalInstance(meta: MessageMeta, cap = 2): Record<string, unknown> {
  return valueFor(meta.root, 'max', cap, 0) as Record<string, unknown>;
}

const textArb = (node: ElementMeta): fc.Arbitrary<string> => {
  if (node.fixed) return fc.constant(node.fixed);
  if (node.codeList && codeLists[node.codeList]?.values.length) {
    return fc.constantFrom(...codeLists[node.codeList]!.values.map((v) => v.code));
  }
  const f = parseFormat(node.encoding === 'dateTime' ? 'an20 (YYYY-MM-DDThh:mm:ssZ)' : (node.format ?? 'an..35'));
  switch (f.type) {
    case 'dateTime':
      return fc
        .date({ min: new Date('2000-01-01T00:00:00Z'), max: new Date('2099-12-31T23:59:59Z'), noInvalidDate: true })
        .map((d) => d.toISOString().replace(/\.\d{3}Z$/, 'Z'));
    case 'a':
      return fc.string({ unit: fc.constantFrom(...'ABCDEFGHIJKLMNOPQRSTUVWXYZabcxyz'), minLength: f.min, maxLength: f.max });
    case 'n':
      if (f.fraction > 0) {
        return fc
          .tuple(fc.stringMatching(/^[1-9]\d{0,8}$/), fc.option(fc.stringMatching(/^\d{1,2}$/), { nil: undefined }))
          .map(([i, d]) => (d === undefined ? i : `${i}.${d}`));
      }
      return fc.string({ unit: fc.constantFrom(...'0123456789'), minLength: f.min, maxLength: f.max });
    default:
      return fc.string({ unit: fc.constantFrom(...'AZaz09 &<>"\'-/.é中€'), minLength: Math.max(1, f.min), maxLength: Math.min(f.max, 40) }).filter((s) => s.length >= f.min && /\S/.test(s));
  }
};

/** A fast-check arbitrary of valid instances of a message (structure and formats). */
export function arbitraryInstance(meta: MessageMeta, maxRepeat = 2): fc.Arbitrary<Record<string, unknown>> {
  const arb = (node: ElementMeta): fc.Arbitrary<unknown> => {
    if (node.encoding === 'group') {
      const rec: Record<string, fc.Arbitrary<unknown>> = {};
      const required: string[] = [];
      for (const c of node.children ?? []) {
        const one = arb(c);
        rec[c.name] = c.max > 1 ? fc.array(one, { minLength: c.min, maxLength: Math.max(c.min, Math.min(c.max, maxRepeat)) }) : one;
        if (c.min > 0) required.push(c.name);
      }
      return fc.record(rec, { requiredKeys: required });
    }
    if (node.encoding === 'amount') {
      return fc.record({ value: textArb({ ...node, encoding: 'text', format: node.amount?.value ?? 'n..16,2', codeList: undefined }), currency: fc.constantFrom('EUR', 'USD', 'GBP') });
    }
    return textArb(node);
  };
  return arb(meta.root) as fc.Arbitrary<Record<string, unknown>>;
}
