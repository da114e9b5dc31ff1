/**
 * `explainErrors`: turn the errors of an IE3N99 (error notification) into model paths, the values that were
 * sent there, and the rule or condition each one names, with a hint how to fix it.
 */
import { issue, type Issue, type ModelPath } from '../core/issue';
import type { ElementMeta } from '../core/meta';
import { metaAt, readPointer } from '../core/pointer';
import type { MessageType } from '../generated/catalogue';
import type { IE3N99 } from '../generated/messages/IE3N99';
import { registry } from '../generated/registry';
import { ruleCatalogue } from '../generated/rules';
import { fromXml } from './fromXml';

/** The message an IE3N99 answers: its type and the model data that was sent. */
export interface SentMessage {
  messageType: MessageType;
  data: unknown;
}

/** One `error` of an IE3N99, explained. */
export interface ErrorExplanation {
  /** 0-based index of the `error` entry. */
  index: number;
  validationCode: string;
  description?: string;
  technicalErrorMessage?: string;
  /** The `messageElementPath` as customs gave it. */
  pointer?: string;
  /** The message type named by the pointer's first step (`/IE3F32/...`). */
  messageType?: MessageType;
  /** The model path of the pointer; `undefined` when the pointer names no element of that message. */
  path?: ModelPath;
  /** Why the pointer could not be read (`//`, `[0]`, an index beyond the element's maximum, a name not in the message). */
  pointerProblem?: string;
  /** The element the pointer names. */
  element?: { name: string; label: string; format?: string; codeList?: string };
  /** Whether `sentValue` is meaningful: a sent message of the pointer's type was given. */
  hasSentValue: boolean;
  /** The value sent at `path` (`undefined`: absent). */
  sentValue?: unknown;
  /** The rules and conditions (R30xx/C30xx) named by the validation code, the description or the technical message. */
  rules: { id: string; kind: 'rule' | 'condition'; summary: string }[];
  /** Whether the validation code is known (a rule/condition id or a known functional error code). */
  known: boolean;
  /** What the code means, as far as we know (with its confidence). */
  meaning: string;
  /** A hint how to fix it. */
  howToFix: string;
}

/** Result of {@link explainErrors}: explanations, plus issues when the input could not be read. */
export interface ExplainErrorsResult {
  ok: boolean;
  explanations: ErrorExplanation[];
  issues: Issue[];
}

/**
 * Functional error codes that ICS2 probably shares with NCTS (CL180). Not confirmed for ICS2: CL723's values
 * are not published in the spec data we hold (see `codeLists.CL723.note`).
 */
const FUNCTIONAL_CODES: Readonly<Record<string, string>> = {
  '12': 'code-list violation or wrong value',
  '13': 'condition violation: a required element is missing',
  '14': 'rule violation',
  '15': 'condition violation: an element is present that is not allowed',
  '26': 'duplicate message',
  '90': 'unknown MRN',
  '93': 'invalid MRN',
};
const FUNCTIONAL_CAVEAT =
  'probable meaning, taken from NCTS functional error codes (CL180); not confirmed for ICS2 (CL723)';

const RULE_ID = /\b[RC]3\d{3}\b/g;

function ruleIds(...texts: (string | undefined)[]): string[] {
  const ids = new Set<string>();
  for (const t of texts) for (const m of (t ?? '').matchAll(RULE_ID)) ids.add(m[0]);
  return [...ids];
}

function valueAt(data: unknown, path: ModelPath): unknown {
  let cur: unknown = data;
  for (const seg of path) {
    if (cur === null || typeof cur !== 'object' || !Object.prototype.hasOwnProperty.call(cur, seg))
      return undefined;
    cur = (cur as Record<string | number, unknown>)[seg];
  }
  return cur;
}


const isMessageType = (t: string): t is MessageType => Object.prototype.hasOwnProperty.call(registry, t);

function hint(
  rules: ErrorExplanation['rules'],
  code: string,
  el: ElementMeta | undefined,
  pointer: string | undefined,
  sent: { has: boolean; value: unknown },
): string {
  const where = pointer ? ` at ${pointer}` : '';
  const what = el
    ? `${el.label} (${el.name}${el.format ? `, ${el.format}` : ''}${el.codeList ? `, code list ${el.codeList}` : ''})`
    : 'the element';
  const sentText = sent.has
    ? sent.value === undefined
      ? ' You sent nothing there.'
      : ` You sent ${JSON.stringify(sent.value)}.`
    : '';
  const out: string[] = [];
  for (const r of rules) {
    out.push(
      r.kind === 'condition'
        ? `${r.id} decides whether ${what} may be present: supply it when the condition holds, remove it when it does not (${r.summary})`
        : `${r.id}: correct ${what}${where} so that it satisfies: ${r.summary}`,
    );
  }
  if (out.length === 0) {
    const f = FUNCTIONAL_CODES[code];
    if (code === '13') out.push(`add ${what}${where}`);
    if (f) out.push(`check ${what}${where}: ${f} (${FUNCTIONAL_CAVEAT})`);
    else
      out.push(
        `the validation code ${code} is not known to ics2; read the description and check ${what}${where}`,
      );
  }
  return `${out.join('; ')}.${sentText}`;
}

function explainOne(
  index: number,
  e: Partial<IE3N99['error'][number]>,
  sentMessage?: SentMessage,
): ErrorExplanation {
  const code = typeof e.validationCode === 'string' ? e.validationCode : '';
  const pointer = e.pointer?.messageElementPath;
  const ids = ruleIds(code, e.description, e.technicalErrorMessage);
  const rules = ids.flatMap((id) => {
    const r = ruleCatalogue[id];
    return r ? [{ id, kind: r.kind, summary: r.summary }] : [];
  });
  const out: ErrorExplanation = {
    index,
    validationCode: code,
    hasSentValue: false,
    rules,
    known: false,
    meaning: '',
    howToFix: '',
  };
  if (e.description !== undefined) out.description = e.description;
  if (e.technicalErrorMessage !== undefined) out.technicalErrorMessage = e.technicalErrorMessage;
  let el: ElementMeta | undefined;
  if (typeof pointer === 'string') {
    out.pointer = pointer;
    const root = /^\/*([^/[]+)/.exec(pointer)?.[1];
    if (root !== undefined && isMessageType(root)) {
      out.messageType = root;
      const meta = registry[root].meta;
      const read = readPointer(meta, pointer);
      if ('problem' in read) out.pointerProblem = read.problem;
      else {
        const path = read.path;
        out.path = path;
        el = metaAt(meta, path);
        if (el) {
          out.element = { name: el.name, label: el.label };
          if (el.format !== undefined) out.element.format = el.format;
          if (el.codeList !== undefined) out.element.codeList = el.codeList;
        }
        if (sentMessage && sentMessage.messageType === root) {
          out.hasSentValue = true;
          const v = valueAt(sentMessage.data, path);
          if (v !== undefined) out.sentValue = v;
        }
      }
    }
  }
  const unknownIds = ids.filter((id) => !ruleCatalogue[id]);
  const functional = FUNCTIONAL_CODES[code];
  out.known = rules.length > 0 || functional !== undefined;
  const meanings = rules.map((r) => `${r.id} (${r.kind}): ${r.summary}`);
  if (functional) meanings.push(`${code}: ${functional} (${FUNCTIONAL_CAVEAT})`);
  for (const id of unknownIds) meanings.push(`${id} is not in the HTI Rules and Conditions v2.01 catalogue`);
  if (!out.known)
    meanings.push(
      `Unknown validation code ${JSON.stringify(code)}: not a rule or condition id and not a known functional error code`,
    );
  out.meaning = meanings.join('; ');
  out.howToFix = hint(rules, code, el, pointer, { has: out.hasSentValue, value: out.sentValue });
  return out;
}

/**
 * Explain every `error` of an IE3N99: the pointer (`messageElementPath`), its model path in the message type
 * the pointer names, the value sent there (when `sentMessage` is given and is of that type), the rules and
 * conditions named by the validation code (or the description), their summaries and a hint how to fix.
 * Unknown codes are explained as unknown. Accepts the IE3N99 model or its XML (read with `fromXml`, structure
 * checks only). Never throws.
 *
 * @example
 * ```ts
 * import { explainErrors } from 'ics2/xml';
 * const r = explainErrors(ie3n99Xml, { messageType: 'IE3F32', data: sentF32 });
 * for (const e of r.explanations) console.log(e.pointer, e.sentValue, e.meaning, e.howToFix);
 * ```
 */
export function explainErrors(ie3n99: IE3N99 | string, sentMessage?: SentMessage): ExplainErrorsResult {
  try {
    let n99: unknown = ie3n99;
    const issues: Issue[] = [];
    if (typeof ie3n99 === 'string') {
      const r = fromXml(ie3n99, { expect: 'IE3N99', validateOptions: { rules: false } });
      if (r.messageType !== 'IE3N99') return { ok: false, explanations: [], issues: r.issues };
      for (const i of r.issues) issues.push(i);
      n99 = r.value;
    }
    const errors = (n99 as { error?: unknown } | null)?.error;
    if (!Array.isArray(errors)) {
      issues.push(issue('missing', ['error'], '/IE3N99/error', 'The IE3N99 has no error entries'));
      return { ok: false, explanations: [], issues };
    }
    const explanations: ErrorExplanation[] = [];
    for (let i = 0; i < errors.length; i++) {
      const e: unknown = errors[i];
      explanations.push(explainOne(i, (e !== null && typeof e === 'object' ? e : {}) as Partial<IE3N99['error'][number]>, sentMessage));
    }
    return { ok: !issues.some((i) => i.severity === 'error'), explanations, issues };
  } catch (e) {
    return {
      ok: false,
      explanations: [],
      issues: [
        issue(
          'explain_failed',
          [],
          '/IE3N99',
          `Could not explain: ${e instanceof Error ? e.message : String(e)}`,
        ),
      ],
    };
  }
}
