/**
 * The playground's logic, without the page: read a pasted ICS2 message (XML or JSON), validate it, write it
 * as pretty XML, explain an IE3N99, and give each issue a fix. Runs in the browser (bundled by esbuild) and
 * in Node (its tests). Never throws.
 */
import {
  defaultRules,
  explainErrors,
  fromXml,
  issue,
  messageInfo,
  messageTypes,
  codeLists,
  metaAt,
  toXml,
  validate,
  type ErrorExplanation,
  type Issue,
  type MessageType,
  type SentMessage,
} from '../../../src/index';

/** An issue as the playground shows it: the library's issue and a fix. */
export interface ShownIssue extends Issue {
  fix: string;
}

/** What the playground shows for one input. */
export interface Analysis {
  /** How the input was read. */
  input: 'empty' | 'xml' | 'json';
  messageType?: MessageType;
  /** No issue is an error (and the message could be read). */
  ok: boolean;
  issues: ShownIssue[];
  /** The message as pretty ICS2 XML, when it can be written. */
  prettyXml?: string;
  /** Why there is no pretty XML. */
  prettyXmlNote?: string;
  /** For an IE3N99: its errors explained. */
  explanations?: ErrorExplanation[];
  /** For an IE3N99 explained against a sent message: that message's type. */
  sentType?: MessageType;
}

const TYPES: ReadonlySet<string> = new Set(messageTypes);
const isMessageType = (t: unknown): t is MessageType => typeof t === 'string' && TYPES.has(t);
const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** A read message: its type and model data, or the issues why it could not be read. */
type Read =
  | { ok: true; input: 'xml' | 'json'; messageType: MessageType; data: unknown; issues: Issue[] }
  | {
      ok: false;
      input: 'empty' | 'xml' | 'json';
      messageType?: MessageType;
      data?: unknown;
      issues: Issue[];
    };

/**
 * Read a pasted message. XML: the type is the root element. JSON: `{ "IE3F32": { ... } }`,
 * `{ "messageType": "IE3F32", "data": { ... } }`, or the bare model with `messageType` chosen.
 */
export function readMessage(text: string, chosen?: MessageType): Read {
  const t = text.replace(/^\uFEFF/, '').trim();
  if (t === '') return { ok: false, input: 'empty', issues: [] };
  if (t.startsWith('<')) {
    const r = fromXml(t, chosen ? { expect: chosen } : {});
    if (r.messageType === undefined || r.value === undefined)
      return { ok: false, input: 'xml', issues: r.issues };
    return { ok: true, input: 'xml', messageType: r.messageType, data: r.value, issues: r.issues };
  }
  let json: unknown;
  try {
    json = JSON.parse(t);
  } catch (e) {
    const why = e instanceof Error ? e.message : String(e);
    return {
      ok: false,
      input: 'json',
      issues: [issue('json_syntax', [], '', `Neither XML (it does not start with <) nor JSON: ${why}`)],
    };
  }
  if (!isRecord(json)) {
    return {
      ok: false,
      input: 'json',
      issues: [
        issue(
          'invalid_type',
          [],
          '',
          'A message in JSON is an object, got ' + (Array.isArray(json) ? 'an array' : typeof json),
        ),
      ],
    };
  }
  const keys = Object.keys(json);
  if (keys.length === 1 && isMessageType(keys[0])) {
    return wrapped(keys[0], json[keys[0]!], chosen);
  }
  if (isMessageType(json.messageType) && 'data' in json && keys.length === 2) {
    return wrapped(json.messageType, json.data, chosen);
  }
  if (chosen) return { ok: true, input: 'json', messageType: chosen, data: json, issues: [] };
  return {
    ok: false,
    input: 'json',
    issues: [
      issue(
        'unknown_message',
        [],
        '',
        'JSON without its message type: choose the type, or wrap the message as { "IE3F32": { ... } }',
      ),
    ],
  };
}

function wrapped(type: MessageType, data: unknown, chosen: MessageType | undefined): Read {
  const issues: Issue[] = [];
  if (chosen && chosen !== type) {
    issues.push(issue('unexpected_root', [], `/${type}`, `Expected ${chosen}, got ${type}`));
  }
  return { ok: true, input: 'json', messageType: type, data, issues };
}

const byCode = new Map(defaultRules.map((r) => [r.id, r]));

/** A hint how to fix one issue, from its code, its reference and the element's metadata. */
export function fixFor(i: Issue, messageType?: MessageType): string {
  const rule = byCode.get(i.code);
  if (rule) {
    const ex = rule.example ? ` Example: ${rule.example.error} → ${rule.example.fix}.` : '';
    return `${rule.summary}${ex}`;
  }
  const el = messageType ? metaAt(messageInfo(messageType), i.path) : undefined;
  const name = el
    ? el.label.toLowerCase() === el.name.toLowerCase()
      ? el.name
      : `${el.name} (${el.label})`
    : String(i.path.at(-1) ?? 'the element');
  const format = el?.encoding === 'amount' ? el.amount?.value : el?.format;
  const list = el?.codeList ? codeLists[el.codeList] : undefined;
  const listText = list
    ? `a code of ${list.id} (${list.name})${
        list.values.length
          ? `, e.g. ${list.values
              .slice(0, 3)
              .map((v) => v.code)
              .join(', ')}`
          : ''
      }`
    : undefined;
  switch (i.code) {
    case 'missing':
      if (el?.encoding === 'group') return `Add ${name} with its mandatory elements.`;
      return `Add ${name}${listText ? `: ${listText}` : format ? ` (format ${format})` : ''}.`;
    case 'too_long':
    case 'too_short': {
      const f = /^(an|a|n)\.\.(\d+)$|^(an|a|n)(\d+)$/.exec(format ?? '');
      if (f?.[2] && i.code === 'too_long')
        return `Shorten ${name} to at most ${f[2]} characters (format ${format}).`;
      if (f?.[4]) return `Give ${name} exactly ${f[4]} characters (format ${format}).`;
      return `Give ${name} in format ${i.ref ?? format ?? 'of the element'}.`;
    }
    case 'invalid_format':
    case 'invalid_date':
    case 'missing_offset':
      return `Give ${name} in format ${i.ref ?? format ?? 'of the element'}${format?.includes('YYYY') ? ', a UTC date-time like 2024-04-12T11:13:57Z' : ''}.`;
    case 'invalid_code':
    case 'invalid_value':
    case 'unknown_code':
      return listText ? `Use ${listText}.` : `Give a value allowed for ${name}${i.ref ? ` (${i.ref})` : ''}.`;
    case 'number_not_allowed':
      return `Write ${name} as a decimal string ("12.5"), not a number.`;
    case 'too_few':
    case 'too_many':
      return `Give ${name} ${el ? `${el.min} to ${el.max}` : 'the allowed number of'} times.`;
    case 'unexpected':
    case 'unknown_element':
    case 'unknown_attribute': {
      const parent = messageType ? metaAt(messageInfo(messageType), i.path.slice(0, -1)) : undefined;
      const allowed = parent?.children?.map((c) => c.name).join(', ');
      return `Remove it or correct its name${allowed ? `; allowed here: ${allowed}` : ''}.`;
    }
    case 'duplicate_element':
      return `Give ${name} once.`;
    case 'invalid_type':
      return `Give ${name} as ${el?.encoding === 'group' ? 'an element group (object)' : el && el.max > 1 ? 'a list' : 'a string'}.`;
    case 'invalid_character':
    case 'xml_illegal_char':
      return 'Remove the control character; XML 1.0 does not allow it.';
    case 'unexpected_text':
      return 'Remove the text between the elements of this group.';
    case 'xml_doctype':
    case 'xml_entity':
    case 'xml_too_deep':
    case 'xml_too_large':
      return 'ICS2 XML has no DOCTYPE or entity declarations and stays within the size and depth limits (10 MiB, 64 levels).';
    case 'xml_syntax':
    case 'xml_unterminated':
      return 'Make the XML well-formed: one root element, every tag closed, & written &amp;.';
    case 'json_syntax':
      return 'Paste ICS2 XML (starting with <) or valid JSON.';
    case 'unknown_root':
    case 'unknown_message':
      return `Use one of the 84 ICS2 messages (${messageTypes.slice(0, 3).join(', ')}, ...) as the root or message type.`;
    case 'unexpected_root':
      return 'Choose "auto" as message type, or paste a message of the type chosen.';
    case 'missing_namespace':
    case 'wrong_namespace':
      return 'Declare the ICS2 namespace on the root: xmlns="urn:wco:datamodel:eu:ics2:2".';
    case 'missing_datetime_wrapper':
      return `Wrap the value: <${el?.name ?? 'element'}><DateTime>2024-04-12T11:13:57Z</DateTime></${el?.name ?? 'element'}>.`;
    case 'whitespace':
      return 'Remove leading, trailing and repeated white space: customs collapse it.';
    default:
      return i.ref ? `See ${i.ref}.` : 'See the message.';
  }
}

const withFix = (issues: readonly Issue[], t?: MessageType): ShownIssue[] =>
  issues.map((i) => ({ ...i, fix: fixFor(i, t) }));

/** Options of {@link analyze}. */
export interface AnalyzeOptions {
  /** The message type, when the input does not say (bare JSON), or to insist on one. */
  messageType?: MessageType;
  /** For an IE3N99: the message that was sent (XML or JSON), to show the values sent at each pointer. */
  sent?: string;
}

/** Read, validate, write pretty XML and (for an IE3N99) explain a pasted message. Never throws. */
export function analyze(text: string, options: AnalyzeOptions = {}): Analysis {
  try {
    return analyzeUnsafe(text, options);
  } catch (e) {
    const i = issue(
      'playground_failed',
      [],
      '',
      `The playground could not check this input: ${e instanceof Error ? e.message : String(e)}`,
    );
    return { input: 'json', ok: false, issues: withFix([i]) };
  }
}

function analyzeUnsafe(text: string, options: AnalyzeOptions): Analysis {
  const read = readMessage(text, options.messageType);
  if (!read.ok) {
    return { input: read.input, ok: false, issues: withFix(read.issues, read.messageType) };
  }
  const { messageType, data } = read;
  // XML was validated by fromXml (structure and rules); JSON is validated here.
  const issues =
    read.input === 'xml' ? read.issues : [...read.issues, ...(validate(messageType, data).issues ?? [])];
  const out: Analysis = {
    input: read.input,
    messageType,
    ok: !issues.some((i) => i.severity === 'error'),
    issues: withFix(issues, messageType),
  };
  const x = toXml(messageType, data as never, { pretty: true, validate: false });
  if (x.ok) out.prettyXml = x.xml;
  else
    out.prettyXmlNote = `Not writable as XML: ${x.issues.map((i) => `${i.pointer} ${i.message}`).join('; ')}`;
  if (messageType === 'IE3N99') {
    let sent: SentMessage | undefined;
    if (options.sent && options.sent.trim() !== '') {
      const s = readMessage(options.sent);
      if (s.ok) {
        sent = { messageType: s.messageType, data: s.data };
        out.sentType = s.messageType;
      } else {
        out.issues.push(
          ...withFix(
            s.issues.map((i) => ({ ...i, message: `Sent message: ${i.message}` })),
            s.messageType,
          ),
        );
      }
    }
    const e = explainErrors(data as never, sent);
    out.explanations = e.explanations;
  }
  return out;
}

/**
 * The line (0-based) of each element of pretty XML written by `toXml(..., { pretty: true })`, by its
 * pointer (`/IE3F32/consignmentMasterLevel/consignmentHouseLevel[1]`, 1-based indexes on repeated elements).
 */
export function pointerLines(prettyXml: string, messageType: MessageType): Map<string, number> {
  const out = new Map<string, number>();
  type Frame = { pointer: string; node: ReturnType<typeof metaAt>; counts: Map<string, number> };
  const stack: Frame[] = [];
  const lines = prettyXml.split('\n');
  const rootMeta = messageInfo(messageType).root;
  lines.forEach((line, n) => {
    const close = /^\s*<\/([\w.-]+)>\s*$/.exec(line);
    if (close) {
      stack.pop();
      return;
    }
    const open = /^\s*<([A-Za-z_][\w.-]*)(?:\s[^>]*?)?(\/?)>/.exec(line);
    if (!open) return;
    const name = open[1]!;
    const parent = stack.at(-1);
    let frame: Frame;
    if (!parent)
      frame = { pointer: `/${name}`, node: name === messageType ? rootMeta : undefined, counts: new Map() };
    else {
      const node = parent.node?.children?.find((c) => c.name === name);
      const count = (parent.counts.get(name) ?? 0) + 1;
      parent.counts.set(name, count);
      frame = {
        pointer: `${parent.pointer}/${name}${node && node.max > 1 ? `[${count}]` : ''}`,
        node,
        counts: new Map(),
      };
    }
    if (!out.has(frame.pointer)) out.set(frame.pointer, n);
    const selfClosing = open[2] === '/' || new RegExp(`</${name}>\\s*$`).test(line);
    if (!selfClosing) stack.push(frame);
  });
  return out;
}

/**
 * The line of the element an issue's pointer names, or of its nearest ancestor the XML has (a missing
 * element shows at its parent). `undefined` when not even the root is found.
 */
export function lineOf(lines: Map<string, number>, pointer: string): number | undefined {
  let p = pointer.replace(/\/@[\w]+$/, '');
  for (;;) {
    const n = lines.get(p) ?? lines.get(p.replace(/\[1\]$/, ''));
    if (n !== undefined) return n;
    const cut = p.lastIndexOf('/');
    if (cut <= 0) return undefined;
    p = p.slice(0, cut);
  }
}
