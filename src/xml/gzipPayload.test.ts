import { gunzipSync, gzipSync } from 'node:zlib';
import fc from 'fast-check';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { decodeUtf8, gunzipPayload, gzipPayload } from './gzipPayload';

const XML =
  '<?xml version="1.0" encoding="UTF-8"?><IE3F32 xmlns="urn:wco:datamodel:eu:ics2:2"><LRN>ÄÖÜ € 😀</LRN></IE3F32>';

function codes(r: { ok: boolean; issues?: { code: string }[] }): string[] {
  return (r.issues ?? []).map((i) => i.code);
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('gzipPayload', () => {
  it('produces valid gzip (RFC 1952 magic bytes) that node:zlib decompresses to the UTF-8 text', async () => {
    const r = await gzipPayload(XML);
    if (!r.ok) throw new Error('expected ok');
    expect(r.value).toBeInstanceOf(Uint8Array);
    expect([r.value[0], r.value[1], r.value[2]]).toEqual([0x1f, 0x8b, 8]); // gzip, deflate
    expect(gunzipSync(r.value).toString('utf8')).toBe(XML);
  });

  it('compresses repetitive XML well', async () => {
    const big = `<a>${'<goodsItem><commodity>Shoes</commodity></goodsItem>'.repeat(20_000)}</a>`;
    const r = await gzipPayload(big);
    if (!r.ok) throw new Error('expected ok');
    expect(r.value.byteLength).toBeLessThan(big.length / 50);
    expect(gunzipSync(r.value).toString('utf8')).toBe(big);
  });

  it('compresses the empty string', async () => {
    const r = await gzipPayload('');
    if (!r.ok) throw new Error('expected ok');
    expect(gunzipSync(r.value).length).toBe(0);
  });

  it('refuses a lone surrogate instead of silently writing U+FFFD', async () => {
    const r = await gzipPayload('<a>\uD800</a>');
    expect(codes(r)).toEqual(['xml_illegal_char']);
    expect(r.ok ? '' : r.issues[0]?.message).toContain('index 3');
  });

  it('refuses a non-string', async () => {
    expect(codes(await gzipPayload(42 as unknown as string))).toEqual(['not_a_string']);
  });

  it('says so when the runtime has no CompressionStream', async () => {
    vi.stubGlobal('CompressionStream', undefined);
    expect(codes(await gzipPayload(XML))).toEqual(['compression_unavailable']);
  });

  it('property: node:zlib reads back any well-formed string', async () => {
    await fc.assert(
      fc.asyncProperty(fc.string({ unit: 'grapheme' }), async (s) => {
        const r = await gzipPayload(s);
        expect(r.ok && gunzipSync(r.value).toString('utf8')).toBe(s);
      }),
      { numRuns: 50 },
    );
  });
});

describe('gunzipPayload', () => {
  it('reads what node:zlib compressed', async () => {
    expect(await gunzipPayload(gzipSync(Buffer.from(XML, 'utf8')))).toEqual({ ok: true, value: XML });
  });

  it('round-trips gzipPayload output', async () => {
    const r = await gzipPayload(XML);
    if (!r.ok) throw new Error('expected ok');
    expect(await gunzipPayload(r.value)).toEqual({ ok: true, value: XML });
  });

  // Changed on purpose (issue 12 item 13): one gzip member and nothing after it; a second member and trailing
  // zero bytes are refused the same way as other trailing bytes (the decompressor alone accepted zeros only).
  it('refuses anything after the gzip member: a second member, zero bytes, other bytes', async () => {
    const code = async (b: Uint8Array): Promise<string[]> => {
      const r = await gunzipPayload(b);
      return r.ok ? [] : r.issues.map((i) => i.code);
    };
    expect(await code(Buffer.concat([gzipSync('<a>'), gzipSync('</a>')]))).toEqual(['gzip_invalid']);
    expect(await code(Buffer.concat([gzipSync(XML), Buffer.alloc(16)]))).toEqual(['gzip_invalid']);
    expect(await code(Buffer.concat([gzipSync(XML), Buffer.alloc(1)]))).toEqual(['gzip_invalid']);
    expect(await code(Buffer.concat([gzipSync(XML), Buffer.from('junk')]))).toEqual(['gzip_invalid']);
    expect(await gunzipPayload(gzipSync(XML))).toEqual({ ok: true, value: XML });
  });

  it('tells a payload too long for one string from invalid UTF-8', () => {
    const tooLong = decodeUtf8(new Uint8Array(4), () => {
      throw new Error('Cannot create a string longer than 0x1fffffe8 characters');
    });
    expect(tooLong.ok ? [] : tooLong.issues.map((i) => i.code)).toEqual(['xml_too_large']);
    const invalid = decodeUtf8(new Uint8Array([0xff]), (b) => new TextDecoder('utf-8', { fatal: true }).decode(b));
    expect(invalid.ok ? [] : invalid.issues.map((i) => i.code)).toEqual(['utf8_invalid']);
  });

  it('does not modify the caller’s bytes', async () => {
    const bytes = new Uint8Array(gzipSync(XML));
    const copy = bytes.slice();
    await gunzipPayload(bytes);
    expect(bytes).toEqual(copy);
    expect(bytes.byteLength).toBe(copy.byteLength);
  });

  it.each([
    ['not gzip', new Uint8Array([1, 2, 3, 4])],
    ['empty', new Uint8Array(0)],
    ['truncated', new Uint8Array(gzipSync(XML).subarray(0, 20))],
    ['trailing garbage', new Uint8Array(Buffer.concat([gzipSync(XML), Buffer.from('junk')]))],
    ['plain XML', new TextEncoder().encode(XML)],
  ])('refuses %s input as gzip_invalid', async (_, bytes) => {
    const r = await gunzipPayload(bytes);
    expect(codes(r)).toEqual(['gzip_invalid']);
    expect(r.ok ? '' : r.issues[0]?.message).toMatch(/^The payload is not valid gzip: /);
  });

  it('refuses invalid UTF-8 instead of replacing it', async () => {
    expect(codes(await gunzipPayload(gzipSync(Buffer.from([0x3c, 0x61, 0xff, 0x3e]))))).toEqual([
      'utf8_invalid',
    ]);
    // An encoded lone surrogate (CESU-style) is not UTF-8 either.
    expect(codes(await gunzipPayload(gzipSync(Buffer.from([0xed, 0xa0, 0x80]))))).toEqual(['utf8_invalid']);
  });

  it('drops a leading byte order mark', async () => {
    const withBom = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('<a/>')]);
    expect(await gunzipPayload(gzipSync(withBom))).toEqual({ ok: true, value: '<a/>' });
  });

  it('stops a gzip bomb at maxBytes (default 10 MiB) without inflating it all', async () => {
    const bomb = gzipSync(Buffer.alloc(200 * 1024 * 1024)); // 200 MiB of zeros, ~200 KB compressed
    expect(bomb.byteLength).toBeLessThan(300_000);
    const t0 = performance.now();
    const r = await gunzipPayload(bomb);
    const ms = performance.now() - t0;
    expect(codes(r)).toEqual(['xml_too_large']);
    expect(ms).toBeLessThan(3000);
  });

  it('accepts exactly maxBytes and refuses one byte more', async () => {
    const bytes = gzipSync('<a>xy</a>'); // 9 bytes
    expect(await gunzipPayload(bytes, { maxBytes: 9 })).toEqual({ ok: true, value: '<a>xy</a>' });
    expect(codes(await gunzipPayload(bytes, { maxBytes: 8 }))).toEqual(['xml_too_large']);
  });

  it('refuses bad options and non-bytes with issues', async () => {
    const bytes = gzipSync('<a/>');
    expect(codes(await gunzipPayload(bytes, { maxBytes: -1 }))).toEqual(['bad_limit']);
    expect(codes(await gunzipPayload(bytes, { maxBytes: Number.NaN }))).toEqual(['bad_limit']);
    expect(codes(await gunzipPayload('<a/>' as unknown as Uint8Array))).toEqual(['not_bytes']);
    expect(await gunzipPayload(bytes, null as unknown as undefined)).toEqual({ ok: true, value: '<a/>' });
  });

  it('says so when the runtime has no DecompressionStream', async () => {
    vi.stubGlobal('DecompressionStream', undefined);
    expect(codes(await gunzipPayload(gzipSync('<a/>')))).toEqual(['compression_unavailable']);
  });
});
