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
});
