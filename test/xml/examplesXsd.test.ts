/**
 * The sea F11 single filing and the air F26 house filing of examples/ validate clean and their XML is valid
 * against the reconstructed wrapper schemas (schemas/IE3F11.xsd, schemas/IE3F26.xsd) with libxml2.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it, vi } from 'vitest';
import { memoryPages, validateXML } from 'xmllint-wasm';
import { toXml, validate } from '../../src/index';

const dir = fileURLToPath(new URL('../../schemas/', import.meta.url));
const file = (name: string) => ({ fileName: name, contents: readFileSync(`${dir}${name}`, 'utf8') });

async function lint(id: string, xml: string): Promise<string[]> {
  const r = await validateXML({
    xml: [{ fileName: `${id}.xml`, contents: xml }],
    schema: file(`${id}.xsd`),
    preload: ['ctypes.xsd', 'stypes.xsd', 'htypes.xsd'].map(file),
    initialMemoryPages: 64 * memoryPages.MiB,
    maxMemoryPages: memoryPages.GiB,
  });
  return r.errors.filter((e) => e.loc).map((e) => e.message);
}

describe('examples against the reconstructed wrappers', () => {
  it('sea F11 single filing: clean, and valid against schemas/IE3F11.xsd', async () => {
    vi.spyOn(console, 'log').mockImplementation(() => {});
    const { out } = await import('../../examples/sea-f11-single');
    vi.restoreAllMocks();
    expect(out.ok).toBe(true);
    const f = out.filings[0]!;
    expect(f.messageType).toBe('IE3F11');
    if (!f.result.ok) throw new Error(JSON.stringify(f.result.issues));
    const v = validate('IE3F11', f.result.value);
    expect(v.issues ?? []).toEqual([]);
    const x = toXml('IE3F11', f.result.value);
    if (!x.ok) throw new Error(JSON.stringify(x.issues));
    expect(x.xml).toContain('<consignmentHouseLevel>');
    expect(await lint('IE3F11', x.xml)).toEqual([]);
  });

  it('air F26 house filing: clean, and valid against schemas/IE3F26.xsd', async () => {
    vi.spyOn(console, 'log').mockImplementation(() => {});
    const { result } = await import('../../examples/air-f26-house');
    vi.restoreAllMocks();
    if (!result.ok) throw new Error(JSON.stringify(result.issues));
    expect(validate('IE3F26', result.value).issues ?? []).toEqual([]);
    const x = toXml('IE3F26', result.value);
    if (!x.ok) throw new Error(JSON.stringify(x.issues));
    expect(x.xml).toContain('<activeBorderTransportMeans>');
    expect(await lint('IE3F26', x.xml)).toEqual([]);
  });
});
