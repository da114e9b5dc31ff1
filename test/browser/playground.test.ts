/**
 * The playground in real headless Chromium (Debian's `chromium`, driven by playwright-core; never a
 * downloaded browser): the page is built with the docs build's own function into a temporary folder, served
 * from 127.0.0.1, and fed a valid and an invalid filing made by the builders. What the page shows is compared
 * with what the library gives in Node. A screenshot of the invalid filing goes to `.ci/out/playground.png`.
 *
 * No skip: without Chromium this test fails (`.ci/run` installs it).
 */
import { createServer, type Server } from 'node:http';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, existsSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildPlayground, ROOT } from '../../scripts/docs/build';
import { express, sampleFilingInput } from '../../src/builders/index';
import { explainErrors, fromXml, messageInfo, toXml, validate, type ElementMeta } from '../../src/index';
import type { IE3N99 } from '../../src/generated/messages/IE3N99';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];
const SCREENSHOT = join(ROOT, '.ci/out/playground.png');

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
};

let dir: string;
let profile: string;
let server: Server;
let origin: string;
let context: BrowserContext;
let page: Page;
const pageErrors: string[] = [];
const foreignRequests: string[] = [];

/** A valid IE3F32: the express builder filled with the sample input. */
function validF32(): Record<string, unknown> {
  let b = express.f32() as unknown as {
    set(k: string, v: unknown): typeof b;
    build(): ReturnType<typeof validate>;
  };
  for (const [k, v] of Object.entries(sampleFilingInput('IE3F32'))) {
    if (k !== 'SpecificCircumstanceIndicator') b = b.set(k, v);
  }
  const r = b.build();
  if (!r.ok) throw new Error(`sample IE3F32 does not build: ${JSON.stringify(r.issues)}`);
  return r.value as unknown as Record<string, unknown>;
}

/**
 * An invalid copy, chosen by the metadata: the last mandatory top-level group is removed, and the first
 * top-level text element with an `an..N` format gets N + 1 characters.
 */
function invalidF32(valid: Record<string, unknown>): Record<string, unknown> {
  const copy = structuredClone(valid);
  const top = messageInfo('IE3F32').root.children ?? [];
  const mandatoryGroups = top.filter(
    (c: ElementMeta) => c.min > 0 && c.encoding === 'group' && c.name in copy,
  );
  const removed = mandatoryGroups.at(-1);
  if (removed) delete copy[removed.name];
  const bounded = top.find(
    (c: ElementMeta) =>
      c.encoding === 'text' && /^an\.\.\d+$/.test(c.format ?? '') && typeof copy[c.name] === 'string',
  );
  if (bounded) copy[bounded.name] = 'X'.repeat(Number(bounded.format!.slice(4)) + 1);
  return copy;
}

const xmlOf = (data: unknown): string => {
  const x = toXml('IE3F32', data as never, { pretty: true, validate: false });
  if (!x.ok) throw new Error(JSON.stringify(x.issues));
  return x.xml;
};

/** Put text into the message box as a user's paste would (an `input` event), and wait for the check. */
async function paste(text: string): Promise<void> {
  const before = await page.evaluate(() => document.body.dataset.checked ?? '');
  await page.fill('#input', text);
  await page.waitForFunction((b) => (document.body.dataset.checked ?? '') !== b, before, { timeout: 15_000 });
}

/** The issues table as shown: code, pointer and severity of each row, and whether it has a fix. */
const shownIssues = (): Promise<
  { code: string; pointer: string; severity: string; message: string; fix: string }[]
> =>
  page.$$eval('#issues tbody tr', (rows) =>
    rows.map((r) => ({
      code: r.querySelector('td.code')?.textContent ?? '',
      pointer: r.querySelector('td.pointer')?.textContent ?? '',
      severity: r.className,
      message: r.querySelector('td.message')?.textContent ?? '',
      fix: r.querySelector('td.fix')?.textContent ?? '',
    })),
  );

beforeAll(async () => {
  expect(existsSync(CHROMIUM), `${CHROMIUM} is required (apt-get install -y chromium)`).toBe(true);
  dir = mkdtempSync(join(tmpdir(), 'ics2-playground-'));
  profile = mkdtempSync(join(tmpdir(), 'ics2-chromium-'));
  await buildPlayground(dir);
  server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const rel = normalize(decodeURIComponent(url.pathname === '/' ? '/index.html' : url.pathname)).replace(
      /^(\.\.[/\\])+/,
      '',
    );
    const file = join(dir, rel);
    if (!file.startsWith(dir) || !existsSync(file)) {
      res.writeHead(404).end('not found');
      return;
    }
    res
      .writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' })
      .end(readFileSync(file));
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: ARGS,
    viewport: { width: 1500, height: 1000 },
  });
  page = context.pages()[0] ?? (await context.newPage());
  page.on('pageerror', (e) => pageErrors.push(String(e)));
  page.on('console', (m) => {
    if (m.type() === 'error') pageErrors.push(m.text());
  });
  await page.route('**/*', (route) => {
    const u = route.request().url();
    if (u.startsWith(`${origin}/`)) return route.continue();
    foreignRequests.push(u);
    return route.abort();
  });
  await page.goto(`${origin}/index.html`);
  await page.waitForFunction(() => document.body.dataset.checked !== undefined, undefined, {
    timeout: 20_000,
  });
}, 60_000);

afterAll(async () => {
  await context?.close();
  await new Promise<void>((ok) => (server ? server.close(() => ok()) : ok()));
  if (dir) rmSync(dir, { recursive: true, force: true });
  if (profile) rmSync(profile, { recursive: true, force: true });
});

describe('playground in headless Chromium', () => {
  const valid = validF32();
  const invalid = invalidF32(valid);

  it('shows a valid filing as valid, with no error', async () => {
    const xml = xmlOf(valid);
    expect(fromXml(xml).ok).toBe(true);
    await paste(xml);
    expect(await page.getAttribute('#status', 'data-state')).toBe('ok');
    expect(await page.textContent('#status')).toContain('IE3F32 (XML): valid');
    const rows = await shownIssues();
    expect(rows.filter((r) => r.severity === 'error')).toEqual([]);
    // The pretty XML is shown, line by line, and holds the LRN sent.
    const pretty = await page.$$eval('#pretty .l', (ls) => ls.map((l) => l.textContent).join('\n'));
    expect(pretty).toContain(`<LRN>${String(valid.LRN)}</LRN>`);
  });

  it('shows the issues of an invalid filing with pointers and fixes, as the library finds them', async () => {
    const xml = xmlOf(invalid);
    const expected = fromXml(xml).issues;
    expect(expected.filter((i) => i.severity === 'error').length).toBeGreaterThanOrEqual(2);
    await paste(xml);
    expect(await page.getAttribute('#status', 'data-state')).toBe('invalid');
    const rows = await shownIssues();
    expect(rows.map((r) => [r.code, r.pointer, r.severity])).toEqual(
      expected.map((i) => [i.code, i.pointer, i.severity]),
    );
    expect(rows.map((r) => r.message)).toEqual(expected.map((i) => i.message));
    for (const r of rows) expect(r.fix.length).toBeGreaterThan(10);
    // The lines the issues point at are marked in the pretty XML.
    expect(await page.locator('#pretty .l.has-error').count()).toBeGreaterThan(0);
    mkdirSync(join(ROOT, '.ci/out'), { recursive: true });
    await page.screenshot({ path: SCREENSHOT, fullPage: false });
    expect(readFileSync(SCREENSHOT).subarray(1, 4).toString()).toBe('PNG');
  });

  it('reads JSON ({ "IE3F32": ... }) and shows what validate finds', async () => {
    const expected = validate('IE3F32', invalid).issues ?? [];
    expect(expected.length).toBeGreaterThan(0);
    await paste(JSON.stringify({ IE3F32: invalid }, null, 2));
    expect(await page.getAttribute('#status', 'data-state')).toBe('invalid');
    expect(await page.textContent('#status')).toContain('(JSON)');
    expect((await shownIssues()).map((r) => [r.code, r.pointer])).toEqual(
      expected.map((i) => [i.code, i.pointer]),
    );
  });

  it('explains an IE3N99, with the value sent when the filing is given', async () => {
    const n99 = readFileSync(join(ROOT, 'test/golden/IE3N99.xml'), 'utf8');
    const read = fromXml(n99, { validateOptions: { rules: false } });
    expect(read.messageType).toBe('IE3N99');
    const expected = explainErrors(read.value as IE3N99, { messageType: 'IE3F32', data: valid }).explanations;
    // The box for the sent message is folded until the user opens it.
    await page.click('#sent-box summary');
    await page.fill('#sent', xmlOf(valid));
    await paste(n99);
    expect(await page.isVisible('#explain-box')).toBe(true);
    const rows = await page.$$eval('#explanations tbody tr', (rs) =>
      rs.map((r) => Array.from(r.querySelectorAll('td')).map((td) => td.textContent ?? '')),
    );
    expect(rows.map((r) => r[1])).toEqual(expected.map((e) => e.validationCode));
    expect(rows.map((r) => r[4])).toEqual(expected.map((e) => e.meaning));
    const withValue = expected.findIndex((e) => e.hasSentValue && typeof e.sentValue === 'string');
    expect(withValue).toBeGreaterThanOrEqual(0);
    expect(rows[withValue]![3]).toBe(expected[withValue]!.sentValue);
    await page.fill('#sent', '');
  });

  it('takes a dropped or opened file, and its sample buttons make a broken filing', async () => {
    await page.setInputFiles('#file', {
      name: 'f32.xml',
      mimeType: 'text/xml',
      buffer: Buffer.from(xmlOf(invalid)),
    });
    await page.waitForFunction(
      () => document.querySelector('#status')?.getAttribute('data-state') === 'invalid',
    );
    await page.click('#sample-valid');
    expect(await page.getAttribute('#status', 'data-state')).toBe('ok');
    await page.click('#sample-broken');
    expect(await page.getAttribute('#status', 'data-state')).toBe('invalid');
    expect((await shownIssues()).length).toBeGreaterThan(0);
  });

  it('ran without page errors and without any request off 127.0.0.1', () => {
    expect(pageErrors).toEqual([]);
    expect(foreignRequests).toEqual([]);
  });
});
