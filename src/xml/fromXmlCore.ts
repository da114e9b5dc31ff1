/**
 * What `fromXml` (the string-keyed API over the 84 messages) and `fromXmlOf` (`ics2/lite`, message modules
 * only) share: option and size checks, the read itself and the issues list. Imports no registry and no
 * validator: each caller says how a root name resolves to a message and how the model is validated, so a
 * bundle of `fromXmlOf` holds only the messages it is given.
 */
import { issue, type Issue } from '../core/issue';
import type { MessageMeta } from '../core/meta';
import { readModel } from './reader/model';
import { DEFAULT_XML_LIMITS, utf8Length, type XmlLimits } from './safety';
import { allUnknownIssues } from './unknown';

/**
 * Nothing read: the input is not a well-formed, safe ICS2 message of an expected type.
 *
 * @example
 * ```ts
 * const r = fromXml('<!DOCTYPE x><x/>'); // { ok: false, issues: [{ code: 'xml_doctype', ... }] }
 * ```
 */
export interface FromXmlRefused {
  ok: false;
  messageType?: undefined;
  value?: undefined;
  issues: Issue[];
}

/** The options both readers take (limits, issues cap, validation switches). */
export interface ReadOptions {
  validate?: boolean;
  validateOptions?: object;
  limits?: Partial<XmlLimits>;
  maxIssues?: number;
}

export const refused = (issues: Issue[]): FromXmlRefused => ({ ok: false, issues });
export const badOptions = (path: string[], message: string): FromXmlRefused =>
  refused([issue('bad_options', path, '', message)]);

/**
 * Issues capped at `max`, with a final `too_many_issues` saying how many were left out.
 *
 * @example
 * ```ts
 * const list = new IssueList(1000);
 * list.addAll(more);
 * return list.done();
 * ```
 */
export class IssueList {
  readonly issues: Issue[] = [];
  dropped = 0;
  constructor(private readonly max: number) {}
  add(i: Issue): void {
    if (this.issues.length < this.max) this.issues.push(i);
    else this.dropped++;
  }
  addAll(list: readonly Issue[]): void {
    for (let k = 0; k < list.length; k++) this.add(list[k]!);
  }
  done(): Issue[] {
    if (this.dropped > 0) {
      this.issues.push(
        issue('too_many_issues', [], '', `${this.dropped} more issue(s) left out (at most ${this.max} are reported)`, {
          severity: this.issues.some((i) => i.severity === 'error') ? 'error' : 'warning',
        }),
      );
      this.dropped = 0;
    }
    return this.issues;
  }
}

const DEFAULT_MAX_ISSUES = 1000;

/** The checked limits. */
export interface Limits {
  maxBytes: number;
  maxDepth: number;
  maxIssues: number;
}

/** Check the options common to both readers (`options` is known to be an object or undefined). */
export function checkReadOptions(options: unknown): Limits | FromXmlRefused {
  if (options === undefined) return { ...DEFAULT_XML_LIMITS, maxIssues: DEFAULT_MAX_ISSUES };
  if (options === null || typeof options !== 'object' || Array.isArray(options)) {
    return badOptions([], `fromXml options must be an object, got ${options === null ? 'null' : Array.isArray(options) ? 'an array' : typeof options}`);
  }
  const o = options as ReadOptions;
  const limits: unknown = o.limits;
  if (limits !== undefined && (limits === null || typeof limits !== 'object')) {
    return badOptions(['limits'], `limits must be an object, got ${limits === null ? 'null' : typeof limits}`);
  }
  const l = (limits ?? {}) as Partial<XmlLimits>;
  const maxBytes = l.maxBytes ?? DEFAULT_XML_LIMITS.maxBytes;
  const maxDepth = l.maxDepth ?? DEFAULT_XML_LIMITS.maxDepth;
  const bad: Issue[] = [];
  for (const [name, v, min] of [['maxBytes', maxBytes, 0], ['maxDepth', maxDepth, 1]] as const) {
    if (!(typeof v === 'number' && Number.isSafeInteger(v) && v >= min)) {
      bad.push(issue('bad_limit', [name], '', `${name} must be an integer of at least ${min}, got ${String(v)}`));
    }
  }
  if (bad.length > 0) return refused(bad);
  const maxIssues = o.maxIssues ?? DEFAULT_MAX_ISSUES;
  if (!(typeof maxIssues === 'number' && Number.isSafeInteger(maxIssues) && maxIssues >= 1)) {
    return badOptions(['maxIssues'], `maxIssues must be an integer of at least 1, got ${String(maxIssues)}`);
  }
  if (o.validate !== undefined && typeof o.validate !== 'boolean') {
    return badOptions(['validate'], `validate must be a boolean, got ${typeof o.validate}`);
  }
  if (o.validateOptions !== undefined && (o.validateOptions === null || typeof o.validateOptions !== 'object')) {
    return badOptions(['validateOptions'], 'validateOptions must be an object');
  }
  return { maxBytes, maxDepth, maxIssues };
}

/** A customs answer: its structure issues are warnings, and no trader rule runs on it. */
const lenient = (meta: MessageMeta): boolean => meta.direction === 'c2t';
const asWarning = (i: Issue): Issue => (i.severity === 'warning' ? i : { ...i, severity: 'warning' });

/** How a reader resolves and checks messages. */
export interface Resolver {
  /** The metadata of a root element's local name, or `undefined` when it is no message (`unknown_root`). */
  metaOf: (rootLocal: string) => MessageMeta | undefined;
  /** Whether a message is wanted; an unwanted one is refused (`unexpected_root`) without being read. */
  wanted: (id: string) => boolean;
  /**
   * The refusal of a root not read: `unwanted`, a message not wanted (`unexpected_root`); otherwise a root
   * `metaOf` does not know (`unknown_root`, or `unexpected_root` for a reader given its messages).
   */
  refuseRoot: (local: string, name: string, unwanted: boolean) => Issue;
  /** Validate the model read; `rulesOff`: structure only (a customs answer). */
  validate: (meta: MessageMeta, value: Record<string, unknown>, options: object | undefined, rulesOff: boolean) => { issues?: readonly Issue[] };
}

/** A message read (before the public result types narrow it). */
export interface Read {
  ok: boolean;
  messageType: string;
  value: Record<string, unknown>;
  issues: Issue[];
}

/**
 * Read `xml` (a string; options checked) into the model of the message its root names, then validate it
 * unless `validate: false`. Never throws.
 */
export function readXml(xml: string, options: ReadOptions | undefined, limits: Limits, r: Resolver): Read | FromXmlRefused {
  const n = xml.length;
  if (n > limits.maxBytes || (n * 3 > limits.maxBytes && utf8Length(xml, limits.maxBytes) > limits.maxBytes)) {
    return refused([issue('xml_too_large', [], '', `XML input is over the limit of ${limits.maxBytes} bytes (UTF-8)`)]);
  }
  const m = readModel(xml, { maxDepth: limits.maxDepth, maxIssues: limits.maxIssues, metaOf: r.metaOf, wanted: r.wanted });
  if (m.error !== undefined) {
    const issues = [issue(m.error.code, [], '', m.error.message)];
    for (const code of m.error.also ?? []) issues.push(issue(code, [], '', `${code}: found while refusing the document`));
    return refused(issues);
  }
  if (m.meta === undefined || m.value === undefined) {
    return refused([r.refuseRoot(m.rootLocal ?? '', m.rootName ?? '', m.unwanted === true)]);
  }
  const meta = m.meta;
  const value = m.value;
  const list = new IssueList(limits.maxIssues);
  list.addAll(m.issues);
  list.dropped += m.dropped;
  const soft = lenient(meta);
  if (options?.validate !== false) {
    const v = r.validate(meta, value, options?.validateOptions, soft);
    if (v.issues) list.addAll(v.issues);
  } else if (m.unknown > 0) list.addAll(allUnknownIssues(meta, value, limits.maxIssues + 1));
  let issues = list.done();
  if (soft) issues = issues.map(asWarning);
  return { ok: !issues.some((i) => i.severity === 'error'), messageType: meta.id, value, issues };
}

/** The result for a reader that failed unexpectedly (defensive: never seen). */
export function readFailed(e: unknown): FromXmlRefused {
  return refused([issue('xml_read_failed', [], '', `XML could not be read: ${e instanceof Error ? e.message : String(e)}`)]);
}

/** The result for input that is not a string. */
export function notAString(xml: unknown): FromXmlRefused {
  return refused([issue('not_a_string', [], '', `XML input must be a string, got ${xml === null ? 'null' : typeof xml}`)]);
}
