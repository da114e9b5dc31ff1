/** The command line in-process (the built binary is tested in test/cli): progress on a terminal, arguments. */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { sampleMessage } from '../testing/generate';
import { toXml } from '../xml/toXml';
import { parseArgs } from './args';
import { main, type Io } from './main';

const dir = mkdtempSync(join(tmpdir(), 'ics2-main-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function io(tty: boolean): Io & { stdout: string; stderr: string } {
  const o = {
    stdout: '',
    stderr: '',
    tty,
    out: (s: string) => void (o.stdout += s),
    err: (s: string) => void (o.stderr += s),
  };
  return o;
}

describe('parseArgs', () => {
  it('reads positionals, --key value, --key=value, flags and --', () => {
    const a = parseArgs(
      [
        'validate',
        'a.xml',
        '--type',
        'IE3F32',
        '--format=json',
        '--structure',
        '--sent-type',
        'IE3F23',
        '--',
        '--odd',
      ],
      new Set(['structure']),
    );
    expect(a).toEqual({
      command: 'validate',
      positionals: ['a.xml', '--odd'],
      options: { type: 'IE3F32', format: 'json', sentType: 'IE3F23' },
      flags: new Set(['structure']),
    });
  });
});

describe('main', () => {
  const x = toXml('IE3R01', sampleMessage('IE3R01').value as never);
  if (!x.ok) throw new Error('sample does not serialize');
  mkdirSync(join(dir, 'in'));
  for (let i = 0; i < 3; i++) writeFileSync(join(dir, 'in', `r${i}.xml`), x.xml);

  it('shows a progress line on a terminal only, and clears it', async () => {
    const t = io(true);
    expect(await main(['validate', join(dir, 'in')], t)).toBe(0);
    expect(t.stderr).toContain(`\r\u001b[K[3] ${join(dir, 'in', 'r2.xml')}`);
    expect(t.stderr.endsWith('\r\u001b[K')).toBe(true);
    expect(t.stdout).toMatch(/files +3\n/);
    const n = io(false);
    expect(await main(['validate', join(dir, 'in')], n)).toBe(0);
    expect(n.stderr).toBe('');
  });

  it('refuses wrong usage with exit code 2', async () => {
    for (const argv of [
      ['validate'],
      ['validate', join(dir, 'in'), '--format', 'yaml'],
      ['convert', 'x.xml'],
      ['explain'],
      ['sample', 'IE3F32', '--to', 'csv'],
      ['info', 'nope'],
    ]) {
      const o = io(false);
      expect(await main(argv, o)).toBe(2);
      expect(o.stderr.length).toBeGreaterThan(0);
    }
    const empty = join(dir, 'empty');
    mkdirSync(empty);
    const e = io(false);
    expect(await main(['validate', empty], e)).toBe(2);
    expect(e.stderr).toContain('no .xml or .json file');
  });

  it('writes JSON records one file at a time with a summary', async () => {
    const o = io(false);
    expect(await main(['validate', join(dir, 'in'), '--format', 'json'], o)).toBe(0);
    const doc = JSON.parse(o.stdout) as {
      files: { file: string; status: string }[];
      summary: { files: number; byType: Record<string, number> };
    };
    expect(doc.files.map((f) => f.status)).toEqual(['valid', 'valid', 'valid']);
    expect(doc.summary).toMatchObject({ files: 3, byType: { IE3R01: 3 } });
  });

  it('runs every command in-process (the binary test covers their output in depth)', async () => {
    const r01 = join(dir, 'in', 'r0.xml');
    const run = async (...argv: string[]) => {
      const o = io(false);
      const code = await main(argv, o);
      return { code, out: o.stdout, err: o.stderr };
    };
    const j = await run('convert', r01, '--to', 'json');
    expect(j.code).toBe(0);
    writeFileSync(join(dir, 'r.json'), j.out);
    const back = await run('convert', join(dir, 'r.json'), '--to', 'xml');
    expect(back.out).toBe(x.xml.endsWith('\n') ? x.xml : `${x.xml}\n`);
    expect((await run('convert', join(dir, 'nope.xml'), '--to', 'json')).code).toBe(2);
    expect((await run('validate', '--type', 'IE3R01', join(dir, 'r.json'))).code).toBe(0);
    expect((await run('validate', '--type', 'IE3F32', join(dir, 'r.json'))).code).toBe(2); // the wrapper says IE3R01
    const n99 = sampleMessage('IE3N99').value as { error: unknown[] };
    n99.error = [{ validationCode: 'R3005', pointer: { messageElementPath: '/IE3R01/LRN' } }];
    const n99x = toXml('IE3N99', n99 as never);
    expect(n99x.ok).toBe(true);
    if (!n99x.ok) return;
    writeFileSync(join(dir, 'n99.xml'), n99x.xml);
    const e = await run('explain', join(dir, 'n99.xml'), '--sent', r01);
    expect(e.code).toBe(0);
    expect(e.out).toContain('error 1: R3005 at /IE3R01/LRN');
    expect((await run('explain', join(dir, 'n99.xml'), '--sent', join(dir, 'nope.xml'))).code).toBe(2);
    const d = await run('deadline', '--mode', 'road', '--arrival', '2026-11-28T06:05:00Z');
    expect(d.code).toBe(0);
    expect(d.out).toMatch(/^deadline: /);
    expect((await run('deadline', '--mode', 'teleport')).code).toBe(2);
    const f = await run(
      'filings',
      '--mode',
      'sea',
      '--arrangement',
      'multiple',
      '--role',
      'carrier',
      '--document',
      'master-with-houses',
    );
    expect(f.code).toBe(0);
    expect(f.out).toContain('citations:');
    expect(
      (
        await run(
          'filings',
          '--mode',
          'sea',
          '--format',
          'json',
          '--arrangement',
          'multiple',
          '--role',
          'carrier',
          '--document',
          'master-with-houses',
        )
      ).code,
    ).toBe(0);
    expect(JSON.parse((await run('schema', 'ie3f32')).out)).toMatchObject({
      $id: 'urn:ics2:json-schema:IE3F32',
    });
    expect((await run('sample', 'IE3F32', '--to', 'xml', '--pretty')).out).toContain('\n  <LRN>');
    expect((await run('info', 'IE3Q05')).out).toContain('structure');
    expect((await run('--version')).out).toContain('ics2');
  });
});
