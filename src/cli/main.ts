/**
 * The `ics2` command line: validate, convert, explain, deadline, filings, schema, sample, info.
 * Node built-ins only; the library does the work.
 */
import { opendir, readFile, stat, writeFile } from 'node:fs/promises';
import { extname, join } from 'node:path';
import type { Issue } from '../core/issue';
import type { ElementMeta } from '../core/meta';
import { messages, messageTypes, type MessageType } from '../generated/catalogue';
import { codeLists } from '../generated/codelists';
import { registry } from '../generated/registry';
import { lodgingDeadline, requiredFilings } from '../calendar/index';
import { fixFor, formatIssues } from '../report/formatIssues';
import { jsonSchema } from '../schema/jsonSchema';
import { sampleMessage } from '../testing/generate';
import { validate } from '../validate';
import { explainErrors } from '../xml/explainErrors';
import { fromXml } from '../xml/fromXml';
import { toXml } from '../xml/toXml';
import { parseArgs, type Args } from './args';

/** Where the command line writes: stdout, stderr, and whether stderr is a terminal (progress lines). */
export interface Io {
  out(s: string): void;
  err(s: string): void;
  tty: boolean;
}

/** Exit codes: 0 valid / done, 1 invalid, 2 unusable input or wrong usage. */
export const EXIT = { ok: 0, invalid: 1, unusable: 2 } as const;

const USAGE = `Usage: ics2 <command> [options]

Commands:
  validate FILE|FOLDER...   Validate ICS2 messages (XML, or JSON with --type or a {messageType, value} wrapper)
      --type IE3F32          message type of JSON input (XML names it in the root element)
      --format text|json     output (default text)
      --structure            structure and formats only (skip the rules and conditions)
  convert FILE --to json|xml Convert losslessly between ICS2 XML and the JSON model
      --type IE3F32          message type of JSON input without a wrapper
      --pretty               indented XML
      --out FILE             write to a file instead of stdout
  explain N99.xml [--sent FILING.xml|json] [--sent-type IE3F32] [--format text|json]
                             The errors of an IE3N99 in plain words, mapped to the sent filing
  deadline --mode MODE ...   The lodging deadline with its legal basis (options as in lodgingDeadline:
                             --dataset, --departure, --arrival, --loading, --cargo, --now, ...)
  filings --mode MODE --role ROLE --arrangement A --document D [--carriage C]
                             Which filings a role lodges, with citations
  schema IE3F32              JSON Schema (draft 2020-12) of a message
  sample IE3F32 [--to json|xml] [--full] [--repeat N]
                             A valid instance of a message
  info IE3F32 [--format text|json]
                             Catalogue entry, structure and provenance of a message

Exit codes: 0 valid, 1 invalid, 2 unusable input or wrong usage.
`;

const BOOLEANS = new Set(['help', 'structure', 'pretty', 'full', 'version']);

const isMessageType = (t: unknown): t is MessageType =>
  typeof t === 'string' && Object.prototype.hasOwnProperty.call(registry, t);

const json = (v: unknown): string => JSON.stringify(v, null, 2) + '\n';

/** What a file holds, once read: a message of a type, or why it cannot be used. */
type Loaded =
  | { ok: true; messageType: MessageType; value: unknown; issues: Issue[]; kind: 'xml' | 'json' }
  | { ok: false; reason: string; issues: Issue[] };

const looksLikeXml = (text: string): boolean => /^\s*(\uFEFF)?\s*</.test(text);

function fromJsonText(text: string, type: string | undefined): Loaded {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (e) {
    return { ok: false, reason: `not JSON: ${e instanceof Error ? e.message : String(e)}`, issues: [] };
  }
  const wrapper =
    parsed !== null &&
    typeof parsed === 'object' &&
    !Array.isArray(parsed) &&
    typeof (parsed as { messageType?: unknown }).messageType === 'string' &&
    'value' in (parsed as object) &&
    Object.keys(parsed as object).length === 2
      ? (parsed as { messageType: string; value: unknown })
      : undefined;
  const t = type ?? wrapper?.messageType;
  if (t === undefined) {
    return {
      ok: false,
      reason:
        'JSON does not say its message type: pass --type IE3F32 or wrap it as {"messageType": "IE3F32", "value": {...}}',
      issues: [],
    };
  }
  if (!isMessageType(t)) return { ok: false, reason: `${t} is not one of the 84 ICS2 messages`, issues: [] };
  if (wrapper && type !== undefined && wrapper.messageType !== type) {
    return { ok: false, reason: `the file says ${wrapper.messageType}, --type says ${type}`, issues: [] };
  }
  return { ok: true, messageType: t, value: wrapper ? wrapper.value : parsed, issues: [], kind: 'json' };
}

/** Read a message from text (XML or JSON); XML reading issues come along, not validation. */
function load(text: string, type: string | undefined): Loaded {
  if (type !== undefined && !isMessageType(type))
    return { ok: false, reason: `--type ${type} is not one of the 84 ICS2 messages`, issues: [] };
  if (!looksLikeXml(text)) return fromJsonText(text, type);
  const r = fromXml(text.replace(/^\uFEFF/, ''), { validate: false, ...(type ? { expect: type } : {}) });
  if (r.messageType === undefined)
    return { ok: false, reason: 'not a readable ICS2 XML message', issues: r.issues };
  return { ok: true, messageType: r.messageType, value: r.value, issues: r.issues, kind: 'xml' };
}

async function readText(file: string): Promise<{ ok: true; text: string } | { ok: false; reason: string }> {
  try {
    return { ok: true, text: await readFile(file, 'utf8') };
  } catch (e) {
    const code = (e as { code?: string }).code;
    return {
      ok: false,
      reason:
        code === 'ENOENT'
          ? 'no such file'
          : code === 'EISDIR'
            ? 'is a folder'
            : `cannot read (${code ?? String(e)})`,
    };
  }
}

/** Files of a folder, depth first, sorted, one at a time (`.xml` and `.json` only). */
async function* walk(dir: string): AsyncGenerator<string> {
  const names: { name: string; dir: boolean }[] = [];
  const d = await opendir(dir);
  for await (const e of d) names.push({ name: e.name, dir: e.isDirectory() });
  names.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const e of names) {
    const p = join(dir, e.name);
    if (e.dir) yield* walk(p);
    else if (/^\.(xml|json)$/i.test(extname(e.name))) yield p;
  }
}

async function* inputs(paths: readonly string[]): AsyncGenerator<string> {
  for (const p of paths) {
    let isDir = false;
    try {
      isDir = (await stat(p)).isDirectory();
    } catch {
      isDir = false;
    }
    if (isDir) yield* walk(p);
    else yield p;
  }
}

const withFix = (i: Issue): Issue & { fix: string } => ({ ...i, fix: fixFor(i) });

async function cmdValidate(a: Args, io: Io): Promise<number> {
  if (a.positionals.length === 0) {
    io.err('ics2 validate: give at least one file or folder\n');
    return EXIT.unusable;
  }
  const format = a.options.format ?? 'text';
  if (format !== 'text' && format !== 'json') {
    io.err(`ics2 validate: --format ${format}: use text or json\n`);
    return EXIT.unusable;
  }
  const type = a.options.type;
  const counts = { files: 0, valid: 0, invalid: 0, unusable: 0, errors: 0, warnings: 0 };
  const byCode = new Map<string, number>();
  const byType = new Map<string, number>();
  if (format === 'json') io.out('{"files":[\n');
  let first = true;
  for await (const file of inputs(a.positionals)) {
    counts.files++;
    if (io.tty) io.err(`\r\u001b[K[${counts.files}] ${file}`);
    const t = await readText(file);
    const loaded: Loaded = t.ok ? load(t.text, type) : { ok: false, reason: t.reason, issues: [] };
    let record: Record<string, unknown>;
    if (!loaded.ok) {
      counts.unusable++;
      record = { file, status: 'unusable', reason: loaded.reason, issues: loaded.issues.map(withFix) };
      if (format === 'text') {
        io.out(`${file}: unusable: ${loaded.reason}\n`);
        if (loaded.issues.length) io.out(indent(formatIssues(loaded.issues)));
      }
    } else {
      const r = validate(loaded.messageType, loaded.value, a.flags.has('structure') ? { rules: false } : {});
      const issues = [...loaded.issues, ...(r.issues ?? [])];
      const errors = issues.filter((i) => i.severity === 'error').length;
      const status = errors ? 'invalid' : 'valid';
      counts[status]++;
      counts.errors += errors;
      counts.warnings += issues.length - errors;
      byType.set(loaded.messageType, (byType.get(loaded.messageType) ?? 0) + 1);
      for (const i of issues) byCode.set(i.code, (byCode.get(i.code) ?? 0) + 1);
      record = { file, messageType: loaded.messageType, status, issues: issues.map(withFix) };
      if (format === 'text') {
        const head = `${file}: ${status} ${loaded.messageType}${issues.length ? ` (${errors} error(s), ${issues.length - errors} warning(s))` : ''}\n`;
        io.out(head);
        if (issues.length) io.out(indent(formatIssues(issues)));
      }
    }
    if (format === 'json') {
      io.out(`${first ? '' : ',\n'}${JSON.stringify(record)}`);
      first = false;
    }
  }
  if (io.tty && counts.files > 0) io.err('\r\u001b[K');
  const exit = counts.unusable > 0 ? EXIT.unusable : counts.invalid > 0 ? EXIT.invalid : EXIT.ok;
  if (format === 'json') {
    io.out(
      `\n],\n"summary":${JSON.stringify({ ...counts, byCode: Object.fromEntries(byCode), byType: Object.fromEntries(byType), exitCode: exit })}}\n`,
    );
  } else if (counts.files > 1) {
    io.out(summaryTable(counts, byCode, byType));
  }
  if (counts.files === 0) {
    io.err('ics2 validate: no .xml or .json file found\n');
    return EXIT.unusable;
  }
  return exit;
}

const indent = (s: string): string =>
  s
    .split('\n')
    .map((l) => (l ? `  ${l}` : l))
    .join('\n');

function table(rows: readonly (readonly [string, string | number])[]): string {
  const w = Math.max(...rows.map(([k]) => k.length));
  const v = Math.max(...rows.map(([, x]) => String(x).length));
  return rows.map(([k, x]) => `  ${k.padEnd(w)}  ${String(x).padStart(v)}`).join('\n') + '\n';
}

function summaryTable(
  c: Record<string, number>,
  byCode: Map<string, number>,
  byType: Map<string, number>,
): string {
  let s = `\nSummary\n${table([
    ['files', c.files!],
    ['valid', c.valid!],
    ['invalid', c.invalid!],
    ['unusable', c.unusable!],
    ['errors', c.errors!],
    ['warnings', c.warnings!],
  ])}`;
  if (byType.size) s += `\nMessage type  files\n${table([...byType].sort())}`;
  if (byCode.size) s += `\nIssue code  count\n${table([...byCode].sort((a, b) => b[1] - a[1]))}`;
  return s;
}

async function output(a: Args, io: Io, text: string): Promise<void> {
  if (a.options.out) await writeFile(a.options.out, text, 'utf8');
  else io.out(text);
}

async function cmdConvert(a: Args, io: Io): Promise<number> {
  const file = a.positionals[0];
  const to = a.options.to;
  if (!file || (to !== 'json' && to !== 'xml')) {
    io.err('ics2 convert: usage: ics2 convert FILE --to json|xml\n');
    return EXIT.unusable;
  }
  const t = await readText(file);
  if (!t.ok) {
    io.err(`${file}: ${t.reason}\n`);
    return EXIT.unusable;
  }
  const loaded = load(t.text, a.options.type);
  if (!loaded.ok) {
    io.err(`${file}: unusable: ${loaded.reason}\n${formatIssues(loaded.issues)}`);
    return EXIT.unusable;
  }
  // Lossless: what XML reading could not place would be lost, so it refuses.
  const lost = loaded.issues.filter((i) => i.severity === 'error');
  if (lost.length) {
    io.err(`${file}: cannot convert without loss:\n${formatIssues(lost)}`);
    return EXIT.unusable;
  }
  if (to === 'json') {
    await output(a, io, json({ messageType: loaded.messageType, value: loaded.value }));
    return EXIT.ok;
  }
  const r = toXml(loaded.messageType, loaded.value as never, {
    validate: false,
    pretty: a.flags.has('pretty'),
  });
  if (!r.ok) {
    io.err(`${file}: cannot write XML:\n${formatIssues(r.issues)}`);
    return EXIT.unusable;
  }
  await output(a, io, r.xml.endsWith('\n') ? r.xml : r.xml + '\n');
  return EXIT.ok;
}

async function cmdExplain(a: Args, io: Io): Promise<number> {
  const file = a.positionals[0];
  if (!file) {
    io.err('ics2 explain: usage: ics2 explain N99.xml [--sent FILING.xml]\n');
    return EXIT.unusable;
  }
  const t = await readText(file);
  if (!t.ok) {
    io.err(`${file}: ${t.reason}\n`);
    return EXIT.unusable;
  }
  let sent: { messageType: MessageType; data: unknown } | undefined;
  if (a.options.sent) {
    const s = await readText(a.options.sent);
    const l: Loaded = s.ok ? load(s.text, a.options.sentType) : { ok: false, reason: s.reason, issues: [] };
    if (!l.ok) {
      io.err(`${a.options.sent}: unusable: ${l.reason}\n`);
      return EXIT.unusable;
    }
    sent = { messageType: l.messageType, data: l.value };
  }
  const r = explainErrors(t.text, sent);
  if (a.options.format === 'json') {
    io.out(json(r));
  } else {
    if (r.issues.length) io.out(formatIssues(r.issues, { title: `${file}: while reading` }));
    for (const e of r.explanations) {
      const lines = [`error ${e.index + 1}: ${e.validationCode}${e.pointer ? ` at ${e.pointer}` : ''}`];
      if (e.element)
        lines.push(
          `  element: ${e.element.label} (${e.element.name}${e.element.format ? `, ${e.element.format}` : ''}${e.element.codeList ? `, ${e.element.codeList}` : ''})`,
        );
      if (e.hasSentValue)
        lines.push(`  sent: ${e.sentValue === undefined ? '(nothing)' : JSON.stringify(e.sentValue)}`);
      for (const x of e.rules) lines.push(`  ${x.id} (${x.kind}): ${x.summary}`);
      if (e.description) lines.push(`  description: ${e.description}`);
      lines.push(`  meaning: ${e.meaning}`, `  fix: ${e.howToFix}`);
      io.out(lines.join('\n') + '\n');
    }
  }
  return r.explanations.length === 0 && !r.ok ? EXIT.unusable : EXIT.ok;
}

/** `--key value` options as the calendar input (values are strings; the calendar checks them). */
function calendarInput(a: Args): Record<string, unknown> {
  const input: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(a.options)) if (k !== 'format') input[k] = v;
  return input;
}

function printCitations(
  cs: readonly { act: string; article: string; confidence: string; note?: string }[],
): string[] {
  return cs.map((c) => `  ${c.act} ${c.article} (${c.confidence})${c.note ? `: ${c.note}` : ''}`);
}

function cmdDeadline(a: Args, io: Io): number {
  const r = lodgingDeadline(calendarInput(a) as never);
  if (!r.ok) {
    io.err(formatIssues(r.issues, { title: 'ics2 deadline: the input is not usable' }));
    return EXIT.unusable;
  }
  if (a.options.format === 'json') io.out(json(r.value));
  else {
    const d = r.value;
    const lines = [
      `deadline: ${d.deadline}${d.deadlineLocal ? ` (${d.deadlineLocal})` : ''}`,
      `basis: ${d.basis}, ${d.hoursBefore} h before ${d.reference.event} at ${d.reference.at}`,
      `explanation: ${d.explanation}`,
      `confidence: ${d.confidence}`,
      'citations:',
      ...printCitations(d.citations.length ? d.citations : [d.citation]),
      ...(d.caveats.length ? ['caveats:', ...d.caveats.map((c) => `  ${c}`)] : []),
      ...(r.issues?.length ? ['', formatIssues(r.issues).trimEnd()] : []),
    ];
    io.out(lines.join('\n') + '\n');
  }
  return EXIT.ok;
}

function cmdFilings(a: Args, io: Io): number {
  const r = requiredFilings(calendarInput(a) as never);
  if (!r.ok) {
    io.err(formatIssues(r.issues, { title: 'ics2 filings: the input is not usable' }));
    return EXIT.unusable;
  }
  if (a.options.format === 'json') io.out(json(r.value));
  else {
    const f = r.value;
    const lines = [`plan: ${f.plan}`, `reasoning: ${f.reasoning}`, 'requirements:'];
    for (const q of f.requirements) {
      lines.push(`  ${q.id}${q.condition ? ` (${q.condition})` : ''}:`);
      q.oneOf.forEach((o, i) => {
        lines.push(
          `    ${q.oneOf.length > 1 ? `option ${i + 1}: ` : ''}${o.steps.map((s) => `${s.code} (${s.when}; deadline: ${s.deadline.summary})`).join(', then ')}`,
        );
        for (const other of o.othersLodge) lines.push(`      others lodge: ${JSON.stringify(other)}`);
        if (o.note) lines.push(`      note: ${o.note}`);
      });
    }
    lines.push(
      `confidence: ${f.confidence}${f.ourReading ? ' (our reading)' : ''}`,
      'citations:',
      ...printCitations(f.citations),
    );
    if (f.caveats.length) lines.push('caveats:', ...f.caveats.map((c) => `  ${c}`));
    io.out(lines.join('\n') + '\n');
  }
  return EXIT.ok;
}

function typeArg(a: Args, io: Io, cmd: string): MessageType | undefined {
  const id = a.positionals[0]?.toUpperCase();
  if (!isMessageType(id)) {
    io.err(
      `ics2 ${cmd}: give one of the 84 message types (${messageTypes.slice(0, 3).join(', ')}, ...), got ${String(a.positionals[0])}\n`,
    );
    return undefined;
  }
  return id;
}

function cmdSchema(a: Args, io: Io): number {
  const id = typeArg(a, io, 'schema');
  if (!id) return EXIT.unusable;
  io.out(json(jsonSchema(id)));
  return EXIT.ok;
}

function cmdSample(a: Args, io: Io): number {
  const id = typeArg(a, io, 'sample');
  if (!id) return EXIT.unusable;
  const repeat = a.options.repeat === undefined ? 1 : Number(a.options.repeat);
  if (!Number.isInteger(repeat) || repeat < 1) {
    io.err(`ics2 sample: --repeat ${String(a.options.repeat)}: give a whole number of at least 1\n`);
    return EXIT.unusable;
  }
  const s = sampleMessage(id, { elements: a.flags.has('full') ? 'full' : 'minimal', repeat });
  if (s.unresolved.length)
    io.err(
      formatIssues(s.unresolved, { title: `ics2 sample: ${id} still breaks these rules (generic repair)` }),
    );
  const to = a.options.to ?? 'json';
  if (to === 'xml') {
    const r = toXml(id, s.value as never, { validate: false, pretty: a.flags.has('pretty') });
    if (!r.ok) {
      io.err(formatIssues(r.issues));
      return EXIT.unusable;
    }
    io.out(r.xml.endsWith('\n') ? r.xml : r.xml + '\n');
  } else if (to === 'json') io.out(json(s.value));
  else {
    io.err(`ics2 sample: --to ${to}: use json or xml\n`);
    return EXIT.unusable;
  }
  return EXIT.ok;
}

function tree(node: ElementMeta, depth: number, out: string[]): void {
  for (const c of node.children ?? []) {
    const facts = [
      `${c.min}..${c.max}`,
      c.presence,
      c.encoding === 'group'
        ? ''
        : c.encoding === 'amount'
          ? `amount ${c.amount?.value ?? ''} ${c.amount?.currency ?? ''}`
          : (c.format ?? ''),
      c.codeList ? `${c.codeList}${codeLists[c.codeList]?.complete ? '' : ' (partial)'}` : '',
      [...(c.rules ?? []), ...(c.conditions ?? [])].join(' '),
      c.provenance + (c.from && c.provenance !== 'table' ? ` ${c.from}` : ''),
    ].filter(Boolean);
    out.push(`${'  '.repeat(depth)}${c.name}  ${facts.join('  ')}`);
    if (c.encoding === 'group') tree(c, depth + 1, out);
  }
}

function cmdInfo(a: Args, io: Io): number {
  const id = typeArg(a, io, 'info');
  if (!id) return EXIT.unusable;
  const meta = registry[id].meta;
  const entry = messages.find((m) => m.message === id);
  if (a.options.format === 'json') {
    io.out(json({ catalogue: entry, meta }));
    return EXIT.ok;
  }
  const c = meta.coverage;
  const out = [
    `${id}: ${meta.purpose}`,
    `direction: ${meta.direction === 't2c' ? 'trader to customs' : 'customs to trader'}; correlated by ${meta.correlatedBy ?? 'nothing'}${meta.filingType ? `; filing type ${meta.filingType}` : ''}${meta.amendment ? ' (amendment)' : ''}`,
    `spec: ${meta.specVersion}`,
    `own table: ${meta.table.present ? (meta.table.complete ? 'complete' : `chunks ${meta.table.chunksPresent.join(', ')} of ${String(meta.table.chunkCount)}`) : 'none'}`,
    `provenance of elements: table ${c.table}, twin ${c.twin}, sibling ${c.sibling}, inferred ${c.inferred}`,
    'assembly:',
    ...meta.assembly.map((s) => `  ${s}`),
    '',
    'structure (name  cardinality  presence  format  code list  rules  provenance):',
  ];
  tree(meta.root, 1, out);
  io.out(out.join('\n') + '\n');
  return EXIT.ok;
}

/**
 * Run the command line with `argv` (the arguments after the script) and return the exit code. Never throws
 * for bad input: unusable input is exit code 2 with a message on stderr.
 */
export async function main(argv: readonly string[], io: Io): Promise<number> {
  const a = parseArgs(argv, BOOLEANS);
  if (a.flags.has('version')) {
    io.out('ics2 (HTI IE v2.02)\n');
    return EXIT.ok;
  }
  if (!a.command || a.flags.has('help') || a.command === 'help') {
    (a.command ? io.out : io.err)(USAGE);
    return a.command ? EXIT.ok : EXIT.unusable;
  }
  try {
    switch (a.command) {
      case 'validate':
        return await cmdValidate(a, io);
      case 'convert':
        return await cmdConvert(a, io);
      case 'explain':
        return await cmdExplain(a, io);
      case 'deadline':
        return cmdDeadline(a, io);
      case 'filings':
        return cmdFilings(a, io);
      case 'schema':
        return cmdSchema(a, io);
      case 'sample':
        return cmdSample(a, io);
      case 'info':
        return cmdInfo(a, io);
      default:
        io.err(`ics2: unknown command ${a.command}\n\n${USAGE}`);
        return EXIT.unusable;
    }
  } catch (e) {
    io.err(`ics2 ${a.command}: ${e instanceof Error ? e.message : String(e)}\n`);
    return EXIT.unusable;
  }
}
