/**
 * The playground page: wires the inputs to {@link analyze} and shows its result. User data only ever goes
 * into the page as text (`textContent`), never as HTML.
 */
import { filingTypes, messageTypes, type FilingTypeCode, type MessageType } from '../../../src/index';
import { analyze, lineOf, pointerLines, type Analysis } from './analyze';
import { brokenFiling, sampleFiling, sampleN99, sampleXml } from './samples';

const $ = <T extends HTMLElement>(id: string): T => {
  const el = document.getElementById(id);
  if (!el) throw new Error(`#${id} missing`);
  return el as T;
};

const input = $<HTMLTextAreaElement>('input');
const sent = $<HTMLTextAreaElement>('sent');
const typeSelect = $<HTMLSelectElement>('type');
const sampleType = $<HTMLSelectElement>('sample-type');
const status = $('status');

function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  text?: string,
  cls?: string,
): HTMLElementTagNameMap[K] {
  const e = document.createElement(tag);
  if (text !== undefined) e.textContent = text;
  if (cls) e.className = cls;
  return e;
}

for (const t of messageTypes) typeSelect.append(new Option(t, t));
for (const f of filingTypes) sampleType.append(new Option(`${f.code} ${f.category} (${f.message})`, f.code));
sampleType.value = 'F32';

/** Lines of the pretty XML, to mark and scroll to. */
let xmlLines: HTMLElement[] = [];

function showLine(n: number | undefined): void {
  if (n === undefined) return;
  const line = xmlLines[n];
  if (!line) return;
  line.scrollIntoView({ block: 'center' });
  line.classList.add('flash');
  setTimeout(() => line.classList.remove('flash'), 1200);
}

function render(a: Analysis): void {
  const errors = a.issues.filter((i) => i.severity === 'error').length;
  const warnings = a.issues.length - errors;
  const counts = `${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'}`;
  if (a.input === 'empty') {
    status.dataset.state = 'empty';
    status.textContent = 'Paste a message to check it.';
  } else if (!a.messageType) {
    status.dataset.state = 'unreadable';
    status.textContent = `Could not read the ${a.input === 'xml' ? 'XML' : 'input'}: ${counts}.`;
  } else {
    status.dataset.state = a.ok ? 'ok' : 'invalid';
    status.textContent = a.ok
      ? `${a.messageType} (${a.input.toUpperCase()}): valid${warnings ? `, ${counts}` : ', no issues'}.`
      : `${a.messageType} (${a.input.toUpperCase()}): invalid, ${counts}.`;
  }

  // Pretty XML first: the issues table links to its lines.
  const lines =
    a.prettyXml && a.messageType ? pointerLines(a.prettyXml, a.messageType) : new Map<string, number>();
  const marks = new Map<number, 'error' | 'warning'>();
  for (const i of a.issues) {
    const n = lineOf(lines, i.pointer);
    if (n !== undefined && marks.get(n) !== 'error') marks.set(n, i.severity);
  }
  const pre = $('pretty');
  pre.replaceChildren();
  xmlLines = [];
  if (a.prettyXml) {
    a.prettyXml
      .replace(/\n$/, '')
      .split('\n')
      .forEach((text, n) => {
        const line = el('span', text, 'l');
        const mark = marks.get(n);
        if (mark) line.classList.add(`has-${mark}`);
        xmlLines.push(line);
        pre.append(line);
      });
  }
  $('xml-box').hidden = a.prettyXml === undefined && a.prettyXmlNote === undefined;
  const note = $('xml-note');
  note.hidden = a.prettyXmlNote === undefined;
  note.textContent = a.prettyXmlNote ?? '';

  const tbody = $('issues').querySelector('tbody')!;
  tbody.replaceChildren();
  for (const i of a.issues) {
    const tr = el('tr', undefined, i.severity);
    tr.dataset.code = i.code;
    const sev = el('td');
    sev.append(el('span', i.severity, 'sev'));
    const ptr = el('td', undefined, 'pointer');
    const n = lineOf(lines, i.pointer);
    if (i.pointer && n !== undefined) {
      const link = el('a', i.pointer);
      link.title = 'Show in the pretty XML';
      link.addEventListener('click', () => showLine(n));
      ptr.append(link);
    } else ptr.textContent = i.pointer || '—';
    tr.append(sev, el('td', i.code, 'code'), ptr, el('td', i.message, 'message'), el('td', i.fix, 'fix'));
    tbody.append(tr);
  }
  $('issues-box').hidden = a.issues.length === 0;

  const ebody = $('explanations').querySelector('tbody')!;
  ebody.replaceChildren();
  for (const e of a.explanations ?? []) {
    const tr = el('tr');
    tr.dataset.code = e.validationCode;
    const value = e.hasSentValue
      ? e.sentValue === undefined
        ? '(absent)'
        : typeof e.sentValue === 'string'
          ? e.sentValue
          : JSON.stringify(e.sentValue)
      : '(give the sent message)';
    tr.append(
      el('td', String(e.index + 1)),
      el('td', e.validationCode, 'code'),
      el('td', e.pointer ?? '—', 'pointer'),
      el('td', value, 'code'),
      el('td', e.meaning),
      el('td', e.howToFix, 'fix'),
    );
    ebody.append(tr);
  }
  $('explain-box').hidden = a.explanations === undefined;
  if (a.messageType === 'IE3N99') $<HTMLDetailsElement>('sent-box').open = true;
  document.body.dataset.checked = String(Date.now());
}

function check(): void {
  const messageType = (typeSelect.value || undefined) as MessageType | undefined;
  render(analyze(input.value, { messageType, sent: sent.value }));
}

let timer: ReturnType<typeof setTimeout> | undefined;
const soon = (): void => {
  clearTimeout(timer);
  timer = setTimeout(check, 250);
};
input.addEventListener('input', soon);
sent.addEventListener('input', soon);
typeSelect.addEventListener('change', check);

async function load(file: File | undefined | null): Promise<void> {
  if (!file) return;
  input.value = await file.text();
  check();
}
$<HTMLInputElement>('file').addEventListener(
  'change',
  (e) => void load((e.target as HTMLInputElement).files?.[0]),
);
const drop = $('drop');
drop.addEventListener('dragover', (e) => {
  e.preventDefault();
  drop.classList.add('dragging');
});
drop.addEventListener('dragleave', () => drop.classList.remove('dragging'));
drop.addEventListener('drop', (e) => {
  e.preventDefault();
  drop.classList.remove('dragging');
  void load(e.dataTransfer?.files[0]);
});

function sample(kind: 'valid' | 'broken' | 'n99'): void {
  const s = sampleFiling(sampleType.value as FilingTypeCode);
  typeSelect.value = '';
  if (kind === 'n99') {
    input.value = sampleXml('IE3N99', sampleN99(s.messageType, s.data));
    sent.value = sampleXml(s.messageType, s.data);
  } else {
    input.value = sampleXml(s.messageType, kind === 'broken' ? brokenFiling(s.messageType, s.data) : s.data);
    sent.value = '';
  }
  check();
}
$('sample-valid').addEventListener('click', () => sample('valid'));
$('sample-broken').addEventListener('click', () => sample('broken'));
$('sample-n99').addEventListener('click', () => sample('n99'));
$('copy-xml').addEventListener('click', () => {
  void navigator.clipboard?.writeText(xmlLines.map((l) => l.textContent).join('\n'));
});

check();
