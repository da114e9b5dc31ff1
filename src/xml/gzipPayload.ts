/**
 * Gzip compression of the one XML payload of an ICS2 AS4 message (ICD v3.30 section 4: CompressionType
 * `application/gzip`, UTF-8 XML), with the Web Compression Streams API (Node 20, browsers, workers).
 */
import { issue } from '../core/issue';
import type { Result } from '../core/issue';
import { DEFAULT_XML_LIMITS } from './safety';

// With the `u` flag a surrogate pair is one code point, so this matches only lone surrogates.
const LONE_SURROGATE = /[\uD800-\uDFFF]/u;

function fail(code: string, message: string): { ok: false; issues: ReturnType<typeof issue>[] } {
  return { ok: false, issues: [issue(code, [], '', message)] };
}

/** Input slice size for decompression: small slices let back-pressure stop a gzip bomb early. */
const SLICE = 16 * 1024;

/** A stream of `bytes` in slices of `slice` bytes, pulled on demand. */
function streamOf(bytes: Uint8Array<ArrayBuffer>, slice: number): ReadableStream<BufferSource> {
  let offset = 0;
  return new ReadableStream<BufferSource>(
    {
      pull(controller) {
        if (offset >= bytes.byteLength) {
          controller.close();
          return;
        }
        controller.enqueue(bytes.subarray(offset, offset + slice));
        offset += slice;
      },
    },
    { highWaterMark: 0 },
  );
}

/** Read a stream to the end; `undefined` as soon as it yields more than `maxBytes` (then it is cancelled). */
async function readAll(
  stream: ReadableStream<Uint8Array>,
  maxBytes: number,
): Promise<Uint8Array | undefined> {
  const reader = stream.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      await reader.cancel();
      return undefined;
    }
    chunks.push(value);
  }
  if (chunks.length === 1 && chunks[0] !== undefined) return chunks[0];
  const out = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    out.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return out;
}

/**
 * Encode an XML string as UTF-8 and gzip it, ready to be the payload part of an AS4 user message.
 * Refuses (`xml_illegal_char`) a string with a lone surrogate, which UTF-8 cannot encode (a `TextEncoder`
 * would silently turn it into U+FFFD), and (`compression_unavailable`) a runtime without `CompressionStream`.
 *
 * @example
 * ```ts
 * const r = await gzipPayload('<IE3F32 xmlns="urn:wco:datamodel:eu:ics2:2">...</IE3F32>');
 * // r.value: the bytes of the payload part (CompressionType application/gzip)
 * ```
 */
export async function gzipPayload(xml: string): Promise<Result<Uint8Array>> {
  if (typeof xml !== 'string') return fail('not_a_string', `The payload must be a string, got ${typeof xml}`);
  const lone = xml.search(LONE_SURROGATE);
  if (lone !== -1) {
    return fail(
      'xml_illegal_char',
      `Lone surrogate at index ${lone}: the payload cannot be encoded as UTF-8`,
    );
  }
  if (typeof CompressionStream === 'undefined') {
    return fail(
      'compression_unavailable',
      'This runtime has no CompressionStream (Web Compression Streams API)',
    );
  }
  const compressed = streamOf(new TextEncoder().encode(xml), Number.POSITIVE_INFINITY).pipeThrough(
    new CompressionStream('gzip'),
  );
  const value = await readAll(compressed, Number.POSITIVE_INFINITY);
  return { ok: true, value: value ?? new Uint8Array(0) };
}

/** Options of {@link gunzipPayload}. */
export interface GunzipOptions {
  /** Largest accepted decompressed size in bytes (a guard against gzip bombs); default 10 MiB. */
  maxBytes?: number;
}

/**
 * Gunzip an AS4 payload and decode it as UTF-8. The input is untrusted, so this never throws and stops
 * decompressing as soon as the output passes `maxBytes` (default {@link DEFAULT_XML_LIMITS}`.maxBytes`).
 * Issues: `gzip_invalid` (not gzip, corrupt or truncated), `xml_too_large`, `utf8_invalid` (not valid
 * UTF-8: never silently replaced), `compression_unavailable`, `bad_limit`, `not_bytes`. A leading byte
 * order mark is dropped, as `TextDecoder` does.
 *
 * @example
 * ```ts
 * const r = await gunzipPayload(bytes);
 * if (r.ok) fromXml(r.value);
 * ```
 */
export async function gunzipPayload(bytes: Uint8Array, options: GunzipOptions = {}): Promise<Result<string>> {
  if (!(bytes instanceof Uint8Array)) return fail('not_bytes', 'The payload must be a Uint8Array');
  const maxBytes = options?.maxBytes ?? DEFAULT_XML_LIMITS.maxBytes;
  if (!Number.isSafeInteger(maxBytes) || maxBytes < 0) {
    return {
      ok: false,
      issues: [
        issue('bad_limit', ['maxBytes'], '', `maxBytes must be an integer of at least 0, got ${maxBytes}`),
      ],
    };
  }
  if (typeof DecompressionStream === 'undefined') {
    return fail(
      'compression_unavailable',
      'This runtime has no DecompressionStream (Web Compression Streams API)',
    );
  }
  let raw: Uint8Array | undefined;
  try {
    // A copy: ArrayBuffer-backed as the stream requires, and the caller's bytes are never handed over.
    raw = await readAll(
      streamOf(new Uint8Array(bytes), SLICE).pipeThrough(new DecompressionStream('gzip')),
      maxBytes,
    );
  } catch (e) {
    return fail(
      'gzip_invalid',
      `The payload is not valid gzip: ${e instanceof Error ? e.message : String(e)}`,
    );
  }
  if (raw === undefined) {
    return fail('xml_too_large', `The decompressed payload is over the limit of ${maxBytes} bytes`);
  }
  try {
    return { ok: true, value: new TextDecoder('utf-8', { fatal: true }).decode(raw) };
  } catch {
    return fail('utf8_invalid', 'The decompressed payload is not valid UTF-8');
  }
}
