/**
 * The `ics2` command line as a user runs it: built with tsup (the same tool as `npm run build`), started with
 * `node` in a temporary folder, asserted on stdout, stderr and exit codes.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'tsup';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { lodgingDeadline, requiredFilings } from '../../src/calendar/index';
import { jsonSchema, messageInfo, validate } from '../../src/index';

const root = join(import.meta.dirname, '..', '..');
// Inside the project so that the dependencies (zod, fast-xml-parser, date-fns) resolve as in a real install.
const outDir = join(root, 'node_modules', '.cache', `ics2-cli-test-${process.pid}`);
const bin = join(outDir, 'index.js');
let work: string;

interface Run {
  code: number | null;
  out: string;
  err: string;
}

function ics2(...args: string[]): Run {
  const r = spawnSync(process.execPath, [bin, ...args], {
    cwd: work,
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
  });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

const file = (name: string, text: string): string => {
  const p = join(work, name);
  writeFileSync(p, text);
  return p;
};

beforeAll(async () => {
  await build({
    entry: { index: 'src/cli/index.ts' },
    outDir,
    format: ['esm'],
    platform: 'node',
    target: 'node20',
    dts: false,
    splitting: false,
    clean: true,
    silent: true,
    config: false,
  });
  work = mkdtempSync(join(tmpdir(), 'ics2-cli-'));
}, 120_000);

afterAll(() => {
  rmSync(outDir, { recursive: true, force: true });
  if (work) rmSync(work, { recursive: true, force: true });
});

describe('ics2 (built binary)', () => {
  it('prints its usage: exit 0 for help, 2 without a command or for an unknown one', () => {
    const help = ics2('help');
    expect(help.code).toBe(0);
    expect(help.out).toContain('Usage: ics2');
    expect(help.out).toContain('validate FILE');
    expect(ics2().code).toBe(2);
    const bad = ics2('frobnicate');
    expect(bad.code).toBe(2);
    expect(bad.err).toContain('unknown command frobnicate');
  });

  it('sample -> validate: a valid XML filing exits 0', () => {
    const s = ics2('sample', 'IE3F32', '--to', 'xml');
    expect(s.code).toBe(0);
    expect(s.out).toMatch(/^<\?xml[^>]*\?>\n<IE3F32 xmlns="urn:wco:datamodel:eu:ics2:2">/);
    const p = file('f32.xml', s.out);
    const v = ics2('validate', p);
    expect(v.err).toBe('');
    expect(v.out).toBe(`${p}: valid IE3F32\n`);
    expect(v.code).toBe(0);
  });

  it('validate: an invalid filing exits 1 with pointer, code, rule id and fix of every issue', () => {
    const xml = ics2('sample', 'IE3F32', '--to', 'xml').out;
    const bad = xml
      .replace(/<LRN>[^<]*<\/LRN>/, `<LRN>${'L'.repeat(30)}</LRN>`)
      .replace(/(<declarant><name>[^<]*<\/name><identificationNumber>)[^<]*/, '$112');
    expect(bad).not.toBe(xml);
    const p = file('bad.xml', bad);
    const t = ics2('validate', p);
    expect(t.code).toBe(1);
    expect(t.out).toContain(`${p}: invalid IE3F32`);
    expect(t.out).toMatch(/\/IE3F32\/LRN\n {4}error too_long \(an\.\.22\): [^\n]+\n {6}fix: Shorten LRN/);
    expect(t.out).toMatch(/\/IE3F32\/declarant\/identificationNumber\n {4}error R3005[^\n]*\n {6}fix: /);

    const j = ics2('validate', p, '--format', 'json');
    expect(j.code).toBe(1);
    const doc = JSON.parse(j.out) as {
      files: { status: string; issues: { code: string; pointer: string; fix: string; ref?: string }[] }[];
      summary: Record<string, number>;
    };
    expect(doc.files).toHaveLength(1);
    expect(doc.files[0]!.status).toBe('invalid');
    expect(doc.files[0]!.issues).toContainEqual(
      expect.objectContaining({ code: 'too_long', pointer: '/IE3F32/LRN', ref: 'an..22' }),
    );
    expect(doc.files[0]!.issues).toContainEqual(
      expect.objectContaining({ code: 'R3005', pointer: '/IE3F32/declarant/identificationNumber' }),
    );
    for (const i of doc.files[0]!.issues) expect(i.fix.length).toBeGreaterThan(5);
    expect(doc.summary).toMatchObject({ files: 1, valid: 0, invalid: 1, unusable: 0, exitCode: 1 });
    // Structure only: the rule is not run.
    const s = JSON.parse(ics2('validate', p, '--format', 'json', '--structure').out) as typeof doc;
    expect(s.files[0]!.issues.map((i) => i.code)).not.toContain('R3005');
  });

  it('validate: JSON needs a type (--type or a wrapper); unusable input exits 2', () => {
    const model = ics2('sample', 'IE3R01').out;
    const p = file('r01.json', model);
    const noType = ics2('validate', p);
    expect(noType.code).toBe(2);
    expect(noType.out).toContain('pass --type');
    expect(ics2('validate', '--type', 'IE3R01', p).code).toBe(0);
    expect(
      ics2('validate', file('w.json', JSON.stringify({ messageType: 'IE3R01', value: JSON.parse(model) })))
        .code,
    ).toBe(0);
    expect(ics2('validate', '--type', 'IE3X00', p).code).toBe(2);
    expect(ics2('validate', file('junk.json', '{ nope')).code).toBe(2);
    const notIcs2 = ics2('validate', file('other.xml', '<?xml version="1.0"?><Invoice/>'));
    expect(notIcs2.code).toBe(2);
    expect(notIcs2.out).toContain('unknown_root');
    const missing = ics2('validate', join(work, 'does-not-exist.xml'));
    expect(missing.code).toBe(2);
    expect(missing.out).toContain('no such file');
  });

  it('convert: XML -> JSON -> XML gives the same bytes, JSON -> XML -> JSON the same model', () => {
    const xml = ics2('sample', 'IE3F23', '--to', 'xml', '--full').out;
    const x = file('f23.xml', xml);
    const toJson = ics2('convert', x, '--to', 'json');
    expect(toJson.code).toBe(0);
    const wrapped = JSON.parse(toJson.out) as { messageType: string; value: unknown };
    expect(wrapped.messageType).toBe('IE3F23');
    const j = file('f23.json', toJson.out);
    const back = ics2('convert', j, '--to', 'xml');
    expect(back.code).toBe(0);
    expect(back.out).toBe(xml);
    const again = ics2('convert', file('f23b.xml', back.out), '--to', 'json');
    expect(JSON.parse(again.out)).toEqual(wrapped);
    // --out writes a file; --pretty indents.
    expect(ics2('convert', j, '--to', 'xml', '--pretty', '--out', 'p.xml').code).toBe(0);
    expect(readFileSync(join(work, 'p.xml'), 'utf8')).toMatch(/\n {2}<LRN>/);
    expect(ics2('convert', j).code).toBe(2);
  });

  it('explain: the IE3N99 errors mapped to the sent filing and its values', () => {
    const f32 = ics2('sample', 'IE3F32', '--to', 'xml').out.replace(
      /(<declarant><name>[^<]*<\/name><identificationNumber>)[^<]*/,
      '$1DE12',
    );
    const sent = file('sent.xml', f32);
    const n99 = JSON.parse(ics2('sample', 'IE3N99').out) as { error: Record<string, unknown>[] };
    const err = messageInfo('IE3N99').root.children!.find((c) => c.name === 'error')!;
    expect(err.children!.map((c) => c.name)).toEqual(expect.arrayContaining(['validationCode', 'pointer']));
    n99.error = [
      { validationCode: 'R3005', pointer: { messageElementPath: '/IE3F32/declarant/identificationNumber' } },
    ];
    const n99File = file('n99.json', JSON.stringify({ messageType: 'IE3N99', value: n99 }));
    const n99Xml = ics2('convert', n99File, '--to', 'xml');
    expect(n99Xml.code).toBe(0);
    const nx = file('n99.xml', n99Xml.out);
    const e = ics2('explain', nx, '--sent', sent);
    expect(e.code).toBe(0);
    expect(e.out).toContain('error 1: R3005 at /IE3F32/declarant/identificationNumber');
    expect(e.out).toContain('sent: "DE12"');
    expect(e.out).toMatch(/fix: .+/);
    const j = JSON.parse(ics2('explain', nx, '--format', 'json').out) as {
      explanations: { validationCode: string; hasSentValue: boolean }[];
    };
    expect(j.explanations).toEqual([
      expect.objectContaining({ validationCode: 'R3005', hasSentValue: false }),
    ]);
    expect(ics2('explain', file('n.xml', 'not xml')).code).toBe(2);
  });

  it('deadline and filings: the calendar answers with their citations', () => {
    const input = {
      mode: 'air',
      dataset: 'complete',
      departure: '2026-11-27T23:10:00+08:00',
      arrival: '2026-11-28T06:05:00+01:00',
    } as const;
    const expected = lodgingDeadline(input);
    expect(expected.ok).toBe(true);
    if (!expected.ok) return;
    const d = ics2(
      'deadline',
      '--mode',
      'air',
      '--dataset',
      'complete',
      '--departure',
      input.departure,
      '--arrival',
      input.arrival,
    );
    expect(d.code).toBe(0);
    expect(d.out).toContain(`deadline: ${expected.value.deadline}`);
    expect(d.out).toContain(expected.value.citation.article);
    const dj = JSON.parse(
      ics2(
        'deadline',
        '--mode',
        'air',
        '--dataset',
        'complete',
        '--departure',
        input.departure,
        '--arrival',
        input.arrival,
        '--format',
        'json',
      ).out,
    ) as { deadline: string };
    expect(dj.deadline).toBe(expected.value.deadline);
    const bad = ics2('deadline', '--mode', 'air', '--dataset', 'complete', '--departure', 'yesterday');
    expect(bad.code).toBe(2);
    expect(bad.err.length).toBeGreaterThan(0);

    const fi = {
      mode: 'air',
      arrangement: 'multiple',
      role: 'house-filer',
      document: 'master-with-houses',
    } as const;
    const want = requiredFilings(fi);
    expect(want.ok).toBe(true);
    if (!want.ok) return;
    const f = ics2(
      'filings',
      '--mode',
      'air',
      '--arrangement',
      'multiple',
      '--role',
      'house-filer',
      '--document',
      'master-with-houses',
    );
    expect(f.code).toBe(0);
    expect(f.out).toContain(`plan: ${want.value.plan}`);
    for (const c of want.value.citations) expect(f.out).toContain(c.article);
    for (const q of want.value.requirements)
      for (const o of q.oneOf) for (const s of o.steps) expect(f.out).toContain(s.code);
    expect(ics2('filings', '--mode', 'air').code).toBe(2);
  });

  it('schema, sample and info of a message', () => {
    const s = ics2('schema', 'IE3F32');
    expect(s.code).toBe(0);
    expect(JSON.parse(s.out)).toEqual(jsonSchema('IE3F32'));
    expect(ics2('schema', 'IE3X99').code).toBe(2);
    const full = JSON.parse(ics2('sample', 'IE3F50', '--full', '--repeat', '2').out) as unknown;
    expect(validate('IE3F50', full).ok).toBe(true);
    expect(ics2('sample', 'IE3F50', '--repeat', 'x').code).toBe(2);
    const info = ics2('info', 'IE3F32');
    expect(info.code).toBe(0);
    const meta = messageInfo('IE3F32');
    expect(info.out).toContain(`IE3F32: ${meta.purpose}`);
    for (const c of meta.root.children!)
      expect(info.out).toMatch(new RegExp(`\\n {2}${c.name} {2}${c.min}\\.\\.${c.max}`));
    expect(JSON.parse(ics2('info', 'IE3F32', '--format', 'json').out)).toMatchObject({
      meta: { id: 'IE3F32' },
    });
  });

  it('validate a folder of 1,000 generated files: summary table, exit 1 when one is invalid', () => {
    const xml = ics2('sample', 'IE3F32', '--to', 'xml').out;
    const dir = join(work, 'batch');
    mkdirSync(join(dir, 'sub'), { recursive: true });
    for (let i = 0; i < 1000; i++) {
      const lrn = `BATCH${String(i).padStart(6, '0')}`;
      const text = xml.replace(/<LRN>[^<]*<\/LRN>/, `<LRN>${i === 617 ? 'L'.repeat(23) : lrn}</LRN>`);
      writeFileSync(join(dir, i % 2 ? 'sub' : '.', `f${String(i).padStart(4, '0')}.xml`), text);
    }
    writeFileSync(join(dir, 'notes.txt'), 'not a message');
    const r = ics2('validate', dir);
    expect(r.code).toBe(1);
    expect(r.err).toBe(''); // not a terminal: no progress line
    const summary = r.out.slice(r.out.lastIndexOf('\nSummary\n'));
    expect(summary).toMatch(/files +1000\n/);
    expect(summary).toMatch(/valid +999\n/);
    expect(summary).toMatch(/invalid +1\n/);
    expect(summary).toMatch(/unusable +0\n/);
    expect(summary).toMatch(/too_long +1\n/);
    expect(r.out).toContain(`${join(dir, 'sub', 'f0617.xml')}: invalid IE3F32`);
    expect(r.out.match(/: valid IE3F32\n/g)).toHaveLength(999);
    // All valid: exit 0.
    writeFileSync(join(dir, 'sub', 'f0617.xml'), xml);
    expect(ics2('validate', dir).code).toBe(0);
  });
});
