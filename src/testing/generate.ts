/**
 * Instances of any message generated from its metadata, and a generic repair that makes an instance satisfy
 * the rules and conditions where it can. No fast-check here: the command line's `sample` uses this file.
 */
import { checkFormat, parseFormat } from '../core/format';
import type { Issue, ModelPath } from '../core/issue';
import type { ElementMeta, MessageMeta } from '../core/meta';
import { metaAt } from '../core/pointer';
import type { MessageType } from '../generated/catalogue';
import { codeLists } from '../generated/codelists';
import { registry } from '../generated/registry';
import { officialRules } from '../rules/index';
import { validate } from '../validate';

type Obj = Record<string, unknown>;

/** Choices a generator makes: the deterministic sample and the fast-check arbitraries share the walk. */
export interface Chooser {
  /** Whether an optional element is present. */
  optional(node: ElementMeta, path: ModelPath): boolean;
  /** How many repetitions of a repeated element (between `min` and `max`). */
  count(node: ElementMeta, min: number, max: number): number;
  /** A text value for a leaf (format, code list), or `undefined` for the default. */
  text?(node: ElementMeta, path: ModelPath): string | undefined;
}

const DATE_TIME = 'an20 (YYYY-MM-DDThh:mm:ssZ)';

/** Realistic values by element name (and parent): identifiers the rules check (EORI, IMO, phone, MRN...). */
function known(name: string, parent: string, index: number): string | undefined {
  switch (name) {
    case 'MRN':
    case 'relatedMRN':
      return '24DE12345678901TA0';
    case 'identificationNumber':
      if (parent === 'activeBorderTransportMeans' || parent === 'passiveBorderTransportMeans')
        return 'IMO9321483';
      if (parent === 'representative') return 'DE987654321000000';
      return 'DE123456789012345';
    case 'typeOfIdentification':
      return '10';
    case 'identifier':
      return '+494012345678';
    case 'type':
      return parent === 'communication' ? 'TE' : undefined;
    case 'street':
      return 'Grosse Elbstrasse';
    case 'number':
      return '145';
    case 'postCode':
      return '22767';
    case 'city':
      return 'Hamburg';
    case 'country':
      return parent.startsWith('countriesOfRouting') ? (index % 2 ? 'DE' : 'CN') : 'DE';
    case 'UNLOCODE':
      return parent === 'placeOfLoading' || parent === 'placeOfAcceptance' ? 'CNSHA' : 'DEHAM';
    case 'referenceNumber':
      return parent.startsWith('customsOffice') ? 'DE004700' : undefined;
    case 'containerIdentificationNumber':
      return 'CSQU3054383';
    case 'harmonizedSystemSubHeadingCode':
      return '610910';
    case 'combinedNomenclatureCode':
      return '00';
    case 'descriptionOfGoods':
      return 'Men’s knitted cotton T-shirts';
    case 'name':
      return 'Hanse Logistik GmbH';
    case 'goodsItemNumber':
    case 'sequenceNumber':
      return String(index + 1);
    default:
      return undefined;
  }
}

/** A value of a format (and a complete or partial code list's first codes), `variant` picks among several. */
export function formatValue(format: string, listId?: string, variant = 0): string {
  const list = listId ? codeLists[listId] : undefined;
  if (list?.values.length) return list.values[variant % list.values.length]!.code;
  const f = parseFormat(format);
  const n = f.min === f.max ? f.max : Math.min(f.max, Math.max(f.min, 8));
  switch (f.type) {
    case 'dateTime':
      return `2024-0${1 + (variant % 9)}-12T11:13:${String(10 + (variant % 50))}Z`;
    case 'a':
      return 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'.repeat(Math.ceil(n / 26)).slice(0, n);
    case 'n':
      if (f.fraction > 0) return variant % 2 ? '12.5' : '1250.5';
      return '1234567890'.repeat(Math.ceil(n / 10)).slice(0, n);
    default:
      return 'SAMPLE01'.repeat(Math.ceil(n / 8)).slice(0, n);
  }
}

/** The format of a text or dateTime leaf. */
export const formatOf = (node: ElementMeta): string =>
  node.encoding === 'dateTime' ? DATE_TIME : (node.format ?? 'an..35');

/** The realistic value of a leaf by its name and parent, when it fits the leaf's format and code list. */
export function knownValue(node: ElementMeta, parent: string, index = 0): string | undefined {
  const k = known(node.name, parent, index);
  if (k === undefined || checkFormat(k, parseFormat(formatOf(node))).length > 0) return undefined;
  const list = node.codeList ? codeLists[node.codeList] : undefined;
  return !list?.complete || list.values.some((v) => v.code === k) ? k : undefined;
}

function leaf(node: ElementMeta, path: ModelPath, parent: string, index: number, chooser: Chooser): unknown {
  if (node.encoding === 'amount') {
    const a = node.amount ?? { value: 'n..16,2', currency: 'a3' };
    const cur = a.currencyCodeList ? codeLists[a.currencyCodeList] : undefined;
    const eur = cur?.values.some((v) => v.code === 'EUR') || !cur?.values.length;
    return {
      value: formatValue(a.value),
      currency: eur ? 'EUR' : formatValue(a.currency, a.currencyCodeList),
    };
  }
  const chosen = chooser.text?.(node, path);
  if (chosen !== undefined) return chosen;
  return knownValue(node, parent, index) ?? formatValue(formatOf(node), node.codeList, index);
}

/** Generate the value of one element (a group, an amount or a leaf) with a chooser. */
export function generateElement(
  node: ElementMeta,
  chooser: Chooser,
  path: ModelPath = [],
  parent = '',
  index = 0,
): unknown {
  if (node.encoding !== 'group') return leaf(node, path, parent, index, chooser);
  const o: Obj = {};
  for (const c of node.children ?? []) {
    const p = [...path, c.name];
    if (c.min === 0 && !chooser.optional(c, p)) continue;
    if (c.max > 1) {
      const n = chooser.count(c, Math.max(c.min, 1), c.max);
      o[c.name] = Array.from({ length: n }, (_, i) => generateElement(c, chooser, [...p, i], node.name, i));
    } else o[c.name] = generateElement(c, chooser, p, node.name, index);
  }
  return o;
}

// ---------------------------------------------------------------------------------------------------------
// Repair: make an instance satisfy the rules and conditions, by generic moves driven by the issues.

const errorsOf = (issues: readonly Issue[] | undefined): Issue[] =>
  (issues ?? []).filter((i) => i.severity === 'error');

/** Errors weigh more than any number of warnings: the repair lowers errors first, then warnings. */
function scoreOf(id: MessageType, data: unknown): { errors: Issue[]; score: number } {
  const issues = validate(id, data).issues ?? [];
  const errors = errorsOf(issues);
  return { errors, score: errors.length * 10_000 + (issues.length - errors.length) };
}

function getAt(data: unknown, path: ModelPath): unknown {
  let cur = data;
  for (const seg of path) {
    if (cur === null || typeof cur !== 'object') return undefined;
    cur = (cur as Record<string | number, unknown>)[seg];
  }
  return cur;
}

/** A copy of `data` with the value at `path` replaced (`undefined`: removed; array items are spliced). */
function setAt(data: unknown, path: ModelPath, value: unknown): unknown {
  if (path.length === 0) return value;
  const [head, ...rest] = path as [string | number, ...ModelPath];
  if (Array.isArray(data)) {
    const copy = data.slice();
    const i = Number(head);
    if (rest.length === 0 && value === undefined) copy.splice(i, 1);
    else copy[i] = setAt(copy[i], rest, value);
    return copy;
  }
  const copy: Obj = { ...(data as Obj) };
  if (rest.length === 0 && value === undefined) delete copy[head];
  else copy[head] = setAt(copy[head], rest, value);
  return copy;
}

/** Values quoted in the documented fix of a rule (`identificationNumber "IMO9074729"`). */
const FIX_VALUES = new Map<string, string[]>();
function fixValues(ruleId: string): string[] {
  let v = FIX_VALUES.get(ruleId);
  if (!v) {
    const r = officialRules.find((x) => x.id === ruleId);
    v = [...(r?.example?.fix ?? '').matchAll(/"([^"]+)"/g)].map((m) => m[1]!);
    FIX_VALUES.set(ruleId, v);
  }
  return v;
}

/** Candidate edits for one issue, most specific first. */
function candidates(meta: MessageMeta, data: unknown, is: Issue): unknown[] {
  const out: unknown[] = [];
  const path = is.path;
  const el = path.length ? metaAt(meta, path) : meta.root;
  const value = getAt(data, path);
  const minimal: Chooser = { optional: () => false, count: (_n, min) => min };
  const full: Chooser = { optional: () => true, count: (_n, min) => min };
  if (!el) return out;
  const last = path.at(-1);
  const names = path.slice(0, -1).filter((x): x is string => typeof x === 'string');
  const parentName = names.at(-1) ?? meta.id;
  const index = [...path].reverse().find((x): x is number => typeof x === 'number') ?? 0;
  if (el.encoding === 'text' || el.encoding === 'dateTime') {
    const f = parseFormat(formatOf(el));
    const list = el.codeList ? codeLists[el.codeList] : undefined;
    const ok = (s: string): boolean =>
      checkFormat(s, f).length === 0 &&
      (!list?.complete || !list.values.length || list.values.some((v) => v.code === s));
    const tries = [
      known(el.name, parentName, index),
      ...fixValues(is.code),
      ...(list?.values.slice(0, 6).map((v) => v.code) ?? []),
      ...valuesIn(data, f.min === f.max ? f.max : 0),
    ].filter((s): s is string => s !== undefined && s !== value && ok(s));
    if (value !== undefined) for (const t of tries) out.push(setAt(data, path, t));
    // Numbering: renumber every element of this name 1, 2, 3... in each list, or across the message.
    if (f.type === 'n' && /Number$/.test(el.name)) {
      out.push(renumber(data, el.name, false), renumber(data, el.name, true));
    }
  }
  // Absent: add it (minimal, then with every optional child).
  if (value === undefined && path.length) {
    const add = (c: Chooser): unknown =>
      el.max > 1 && typeof last !== 'number' ? [generateElement(el, c)] : generateElement(el, c);
    out.push(setAt(data, path, add(minimal)), setAt(data, path, add(full)));
  }
  // A list: one more item.
  if (Array.isArray(value) && value.length < el.max) {
    out.push(
      setAt(
        data,
        [...path, value.length],
        generateElement(el, minimal, [...path, value.length], parentName, value.length),
      ),
    );
  }
  // Present and removable: remove it.
  if (value !== undefined && path.length) {
    if (typeof last === 'number') {
      const arr = getAt(data, path.slice(0, -1));
      if (Array.isArray(arr) && arr.length > el.min) out.push(setAt(data, path, undefined));
      else if (el.min === 0) out.push(setAt(data, path.slice(0, -1), undefined));
    } else if (el.min === 0) out.push(setAt(data, path, undefined));
  }
  // A group: add an absent optional child, or remove a present one.
  if (el.encoding === 'group' && value !== null && typeof value === 'object' && !Array.isArray(value)) {
    for (const c of el.children ?? []) {
      if (c.min > 0) continue;
      const cp = [...path, c.name];
      if ((value as Obj)[c.name] === undefined) {
        const v = generateElement(c, minimal, cp, el.name);
        out.push(setAt(data, cp, c.max > 1 ? [v] : v));
      } else out.push(setAt(data, cp, undefined));
    }
  }
  return out;
}

/** The strings in an instance (and their first `prefix` characters): values that agree with each other. */
function valuesIn(data: unknown, prefix: number): string[] {
  const out = new Set<string>();
  const walk = (v: unknown): void => {
    if (out.size > 40) return;
    if (typeof v === 'string') {
      out.add(v);
      if (prefix > 0) out.add(v.slice(0, prefix));
    } else if (v !== null && typeof v === 'object') for (const x of Object.values(v)) walk(x);
  };
  walk(data);
  return [...out];
}

function renumber(data: unknown, name: string, global: boolean): unknown {
  let n = 0;
  const walk = (v: unknown): unknown => {
    if (Array.isArray(v)) {
      if (!global && v.some((x) => x && typeof x === 'object' && name in (x as Obj))) n = 0;
      return v.map(walk);
    }
    if (v === null || typeof v !== 'object') return v;
    const o: Obj = {};
    for (const [k, x] of Object.entries(v as Obj))
      o[k] = k === name && typeof x === 'string' ? String(++n) : walk(x);
    return o;
  };
  return walk(data);
}

/** Result of {@link repairRules}. */
export interface Repaired {
  value: unknown;
  /** The errors the repair could not remove (empty: the instance passes the rules). */
  unresolved: Issue[];
}

/**
 * Make an instance pass the rules and conditions by generic moves, each kept only when it lowers the number
 * of errors: a realistic value by element name or from the rule's documented fix, renumbering, adding an
 * absent element, removing an optional one, toggling an optional child of the flagged group; then the same
 * for warnings. Bounded by `maxSteps`; returns a new value (the input is not changed) and what is left.
 *
 * @example
 * ```ts
 * import { repairRules } from 'ics2/testing';
 * const { value, unresolved } = repairRules('IE3F32', myDraft);
 * unresolved; // [] when the draft now passes the rules
 * ```
 */
export function repairRules(id: MessageType, data: unknown, maxSteps = 40): Repaired {
  const meta = registry[id].meta;
  let cur = data;
  let now = scoreOf(id, cur);
  // Moves that keep the score (a plateau) are taken when nothing lowers it, never twice to one state.
  const seen = new Set<string>([JSON.stringify(cur)]);
  for (let step = 0; step < maxSteps && now.score > 0; step++) {
    let next: { value: unknown; errors: Issue[]; score: number } | undefined;
    let level: typeof next;
    const targets = now.errors.length ? now.errors : (validate(id, cur).issues ?? []);
    for (const is of targets.slice(0, 8)) {
      for (const cand of candidates(meta, cur, is)) {
        const e = scoreOf(id, cand);
        if (e.score < now.score) {
          next = { value: cand, ...e };
          break;
        }
        if (!level && e.score === now.score && now.errors.length && !seen.has(JSON.stringify(cand)))
          level = { value: cand, ...e };
      }
      if (next) break;
    }
    next ??= level;
    if (!next) break;
    cur = next.value;
    now = next;
    seen.add(JSON.stringify(cur));
  }
  return { value: cur, unresolved: now.errors };
}

/** A filing or amendment says its own filing type (`SpecificCircumstanceIndicator` `F32` in IE3F32). */
export function withFilingType(meta: MessageMeta, value: unknown): unknown {
  if (
    !meta.filingType ||
    value === null ||
    typeof value !== 'object' ||
    !('SpecificCircumstanceIndicator' in value)
  )
    return value;
  return { ...(value as Obj), SpecificCircumstanceIndicator: meta.filingType };
}

/** Options of {@link sampleMessage}. */
export interface SampleOptions {
  /** `minimal` (default): mandatory elements only; `full`: every optional element too. */
  elements?: 'minimal' | 'full';
  /** Repetitions of repeated elements (at least their minimum; default 1). */
  repeat?: number;
  /** Repair the sample so that it passes the rules and conditions (default `true`). */
  rules?: boolean;
}

/** Result of {@link sampleMessage}: the instance, and the errors the generic repair could not remove. */
export interface SampleResult {
  value: Obj;
  unresolved: Issue[];
}

/**
 * A deterministic instance of any of the 84 messages, generated from its metadata (valid by structure) and
 * repaired to pass the rules and conditions where a generic repair can (`unresolved` lists what is left).
 * No fast-check needed.
 *
 * @example
 * ```ts
 * import { sampleMessage } from 'ics2/testing';
 * const { value, unresolved } = sampleMessage('IE3F32');
 * validate('IE3F32', value).ok; // true when unresolved is empty
 * ```
 */
export function sampleMessage(id: MessageType, options: SampleOptions = {}): SampleResult {
  const meta = registry[id].meta;
  const full = options.elements === 'full';
  const repeat = Math.max(1, options.repeat ?? 1);
  const chooser: Chooser = {
    optional: () => full,
    count: (_n, min, max) => Math.min(max, Math.max(min, repeat)),
  };
  const value = withFilingType(meta, generateElement(meta.root, chooser)) as Obj;
  if (options.rules === false) return { value, unresolved: [] };
  const r = repairRules(id, value);
  return { value: r.value as Obj, unresolved: r.unresolved };
}
