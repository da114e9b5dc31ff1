/**
 * The one XML reader of `ics2`: a single pass over the text that checks well-formedness (XML 1.0 fifth
 * edition and Namespaces in XML 1.0, for the subset of XML that ICS2 messages use), enforces the safety limits
 * and reports what it reads as events to a handler (start tag with resolved namespaces, decoded text, end tag).
 *
 * Refused on purpose, although XML allows them: a document type declaration and every markup declaration
 * (`<!DOCTYPE`, `<!ENTITY`, ...: `xml_doctype` / `xml_entity`), entity references other than the five
 * predefined ones (`xml_entity`), an XML declaration with a version other than 1.0 or an encoding other than
 * UTF-8 (`xml_declaration`). Everything else that is well-formed is read; everything that is not is refused.
 * No recursion, no regular expressions: `charCodeAt` scanning with `indexOf` where a terminator is searched,
 * so the cost is linear in the input whatever its shape.
 */
import { snippet, where } from './position';

/** The namespace bound to the prefix `xml`. */
export const XML_NS = 'http://www.w3.org/XML/1998/namespace';
/** The namespace of namespace declarations (`xmlns`, `xmlns:p`). */
export const XMLNS_NS = 'http://www.w3.org/2000/xmlns/';

/** One attribute of a start tag, namespace declarations included. */
export interface XmlAttribute {
  /** The name as written (`xsi:schemaLocation`). */
  qname: string;
  /** The local name (`schemaLocation`). */
  local: string;
  /** The namespace URI (`''`: none; {@link XMLNS_NS} for namespace declarations). */
  ns: string;
  /** The normalised value (references decoded, white space characters as spaces). */
  value: string;
}

/** What the reader reports, in document order. */
export interface XmlHandler {
  /**
   * A start tag (or an empty-element tag, followed at once by `close`). `start` is the index of its `<`;
   * `attrs` is `null` when the tag has none.
   */
  open(local: string, ns: string, qname: string, attrs: XmlAttribute[] | null, start: number): void;
  /** Character data (references decoded, line ends normalised), or a CDATA section's content. */
  text(s: string): void;
  /** The end of the innermost open element; `end` is the index just after its end tag (or `/>`). */
  close(end: number): void;
}

/** Codes of the reader's refusals. */
export type XmlErrorCode =
  | 'xml_syntax'
  | 'xml_doctype'
  | 'xml_entity'
  | 'xml_char_ref'
  | 'xml_illegal_char'
  | 'xml_unterminated'
  | 'xml_too_deep'
  | 'xml_declaration'
  | 'xml_namespace'
  /** A namespace name outside the strict URI subset accepted on purpose. */
  | 'xml_namespace_name';

/** A refusal: the first problem found (the reader stops there). */
export interface XmlError {
  code: XmlErrorCode;
  message: string;
  /** UTF-16 index in the input. */
  index: number;
  /** Further codes found cheaply while refusing (an entity declaration inside a refused DOCTYPE). */
  also?: XmlErrorCode[];
}

/** Options of {@link scanXml}. */
export interface ScanOptions {
  maxDepth: number;
  /**
   * Read one element only (a fragment, as kept in `$unknown`), in the namespace context `namespaces`
   * (prefix to URI; `''` for the default namespace): no XML declaration, nothing before or after the element.
   */
  fragment?: { namespaces: Readonly<Record<string, string>> };
}

class Stop {
  constructor(readonly error: XmlError) {}
}

/** ASCII name characters: 1 = may start a name, 2 = may continue one. */
const NAME_ASCII = new Uint8Array(128);
for (let c = 0; c < 128; c++) {
  const ch = String.fromCharCode(c);
  if (/[A-Za-z_:]/.test(ch)) NAME_ASCII[c] = 3;
  else if (/[0-9.-]/.test(ch)) NAME_ASCII[c] = 2;
}

/** XML 1.0 fifth edition NameStartChar above ASCII (BMP part; the astral range is handled with pairs). */
function isNameStartBmp(c: number): boolean {
  return (
    (c >= 0xc0 && c <= 0xd6) ||
    (c >= 0xd8 && c <= 0xf6) ||
    (c >= 0xf8 && c <= 0x2ff) ||
    (c >= 0x370 && c <= 0x37d) ||
    (c >= 0x37f && c <= 0x1fff) ||
    c === 0x200c ||
    c === 0x200d ||
    (c >= 0x2070 && c <= 0x218f) ||
    (c >= 0x2c00 && c <= 0x2fef) ||
    (c >= 0x3001 && c <= 0xd7ff) ||
    (c >= 0xf900 && c <= 0xfdcf) ||
    (c >= 0xfdf0 && c <= 0xfffd)
  );
}
function isNameCharBmp(c: number): boolean {
  return (
    isNameStartBmp(c) || c === 0xb7 || (c >= 0x300 && c <= 0x36f) || c === 0x203f || c === 0x2040
  );
}

const isSpace = (c: number): boolean => c === 0x20 || c === 0x0a || c === 0x09 || c === 0x0d;

function isXmlChar(cp: number): boolean {
  return (
    cp === 0x9 ||
    cp === 0xa ||
    cp === 0xd ||
    (cp >= 0x20 && cp <= 0xd7ff) ||
    (cp >= 0xe000 && cp <= 0xfffd) ||
    (cp >= 0x10000 && cp <= 0x10ffff)
  );
}

/** RFC 3986 characters (unreserved, reserved, and `%` for percent-encoding). */
const URI_CHAR = new Uint8Array(128);
for (const ch of "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~:/?#[]@!$&'()*+,;=%") URI_CHAR[ch.charCodeAt(0)] = 1;
const isHex = (c: number): boolean => (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x46) || (c >= 0x61 && c <= 0x66);

/**
 * Index of the first character that makes `s` no namespace name we accept, or -1: RFC 3986 characters and
 * `%HH` only; stricter on purpose than a URI reference: no `[` `]` (IP literals), a scheme when there is a
 * `:` before any `/?#`, `//` only right after the scheme, a port of digits only.
 */
function notUriReference(s: string): number {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0x80 || URI_CHAR[c] === 0 || c === 0x5b || c === 0x5d) return i;
    if (c === 0x25 && !(isHex(s.charCodeAt(i + 1)) && isHex(s.charCodeAt(i + 2)))) return i;
  }
  let rest = 0;
  const colon = s.indexOf(':');
  const stop = s.search(/[/?#]/);
  if (colon !== -1 && (stop === -1 || colon < stop)) {
    if (!/^[A-Za-z][A-Za-z0-9+.-]*$/.test(s.slice(0, colon))) return 0;
    rest = colon + 1;
    if (s.startsWith('//', rest)) {
      rest += 2;
      let end = s.slice(rest).search(/[/?#]/);
      end = end === -1 ? s.length : rest + end;
      const authority = s.slice(rest, end);
      const host = authority.slice(authority.lastIndexOf('@') + 1);
      const port = host.indexOf(':');
      if (port !== -1 && !/^[0-9]+$/.test(host.slice(port + 1))) return rest + port;
      rest = end;
    }
  }
  const dd = s.indexOf('//', rest);
  return dd;
}

/**
 * Element names read, by a hash of their characters (computed in the loop that reads the name): a name read
 * again is the string read first, with no new slice and its hash already known to the `Map` lookups of the
 * model. Direct-mapped (a clash replaces), shared by every read (names only, no document content: a name is
 * stored as a copy of at most {@link MAX_CACHED_NAME} characters, so no input string is kept alive).
 */
const NAME_CACHE_SIZE = 2048;
const MAX_CACHED_NAME = 64;
const nameCache: (string | undefined)[] = new Array<string | undefined>(NAME_CACHE_SIZE).fill(undefined);

const PREDEFINED: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/**
 * Read `xml` in one pass, reporting to `handler`. Returns `undefined` when the document is well-formed and
 * within the limits, else the first problem. The handler's events up to a refusal are not to be trusted:
 * discard what it built when this returns an error.
 */
export function scanXml(xml: string, handler: XmlHandler, options: ScanOptions): XmlError | undefined {
  try {
    new Scanner(xml, handler, options).run();
    return undefined;
  } catch (e) {
    if (e instanceof Stop) return e.error;
    throw e;
  }
}

class Scanner {
  private pos = 0;
  private readonly n: number;
  /** qnames of the open elements. */
  private readonly open: string[] = [];
  /** Index of the name in the start tag of each open element (its end tag is compared to it in place). */
  private readonly openAt: number[] = [];
  /** Hash of the characters of the last name read by {@link name}. */
  private hash = 0;
  /** Namespace bindings in scope, as prefix, URI pairs (flat, innermost last). */
  private readonly bindings: string[] = [];
  /** Number of bindings (pairs) each open element added. */
  private readonly added: number[] = [];

  constructor(
    private readonly xml: string,
    private readonly h: XmlHandler,
    private readonly options: ScanOptions,
  ) {
    this.n = xml.length;
    this.bindings.push('xml', XML_NS);
    const ns = options.fragment?.namespaces;
    if (ns) for (const p of Object.keys(ns)) this.bindings.push(p, ns[p]!);
  }

  private fail(code: XmlErrorCode, index: number, message: string, also?: XmlErrorCode[]): never {
    const error: XmlError = { code, index, message: `${message}, at ${where(this.xml, index)}` };
    if (also) error.also = also;
    throw new Stop(error);
  }

  private syntax(index: number, message: string): never {
    return this.fail('xml_syntax', index, message);
  }

  run(): void {
    const xml = this.xml;
    const n = this.n;
    if (this.options.fragment) {
      if (xml.charCodeAt(0) !== 0x3c || !this.isNameStartAt(1)) this.syntax(0, 'A fragment must be one element');
      this.element();
      if (this.pos !== n) this.syntax(this.pos, 'A fragment must be one element, with nothing after it');
      return;
    }
    if (xml.charCodeAt(0) === 0xfeff) this.pos = 1;
    if (xml.startsWith('<?xml', this.pos) && isSpace(xml.charCodeAt(this.pos + 5))) this.declaration();
    let root = false;
    for (;;) {
      this.skipSpace();
      if (this.pos >= n) break;
      const p = this.pos;
      if (xml.charCodeAt(p) !== 0x3c) {
        this.syntax(p, root ? `Content ${snippet(xml, p)} after the root element` : `Text ${snippet(xml, p)} outside the root element`);
      }
      const c1 = xml.charCodeAt(p + 1);
      if (c1 === 0x21) {
        if (xml.startsWith('<!--', p)) this.comment();
        else this.markupDeclaration(p, root);
      } else if (c1 === 0x3f) this.pi();
      else if (root) this.syntax(p, 'A second root element (or content after the root element)');
      else {
        root = true;
        this.element();
      }
    }
    if (!root) this.syntax(n, 'No root element');
  }

  private skipSpace(): void {
    const xml = this.xml;
    let p = this.pos;
    while (p < this.n && isSpace(xml.charCodeAt(p))) p++;
    this.pos = p;
  }

  /** `<!` that is not a comment (nor CDATA in content): refused, with the reason. */
  private markupDeclaration(p: number, afterRoot: boolean): never {
    const xml = this.xml;
    if (xml.startsWith('<!DOCTYPE', p)) {
      const entity = xml.indexOf('<!ENTITY', p) !== -1;
      if (afterRoot) this.syntax(p, 'A document type declaration after the root element');
      this.fail(
        'xml_doctype',
        p,
        'A document type declaration (<!DOCTYPE) is not allowed: ICS2 messages have none, and DTDs open the door to entity expansion and external resources',
        entity ? ['xml_entity'] : undefined,
      );
    }
    if (xml.startsWith('<!ENTITY', p)) this.fail('xml_entity', p, 'An entity declaration (<!ENTITY) is not allowed');
    if (xml.startsWith('<!ELEMENT', p) || xml.startsWith('<!ATTLIST', p) || xml.startsWith('<!NOTATION', p)) {
      this.fail('xml_doctype', p, `Markup declaration ${snippet(xml, p)} is not allowed`);
    }
    if (xml.startsWith('<![CDATA[', p)) this.syntax(p, 'A CDATA section outside the root element');
    this.syntax(p, `Malformed markup ${snippet(xml, p)}`);
  }

  /** `<?xml ...?>` at the very start: exactly version, then optionally encoding and standalone. */
  private declaration(): void {
    const xml = this.xml;
    const start = this.pos;
    this.pos += 5;
    const end = xml.indexOf('?>', this.pos);
    if (end === -1) this.fail('xml_unterminated', start, 'The XML declaration is not closed');
    const names = ['version', 'encoding', 'standalone'];
    let k = 0;
    let seen = 0;
    for (;;) {
      const before = this.pos;
      this.skipSpace();
      if (xml.startsWith('?>', this.pos)) break;
      if (this.pos === before) this.syntax(this.pos, 'Malformed XML declaration (white space needed between pseudo-attributes)');
      let name: string | undefined;
      for (; k < names.length; k++) {
        if (xml.startsWith(names[k]!, this.pos)) {
          name = names[k]!;
          break;
        }
      }
      if (name === undefined || (seen === 0 && name !== 'version')) {
        this.syntax(this.pos, `Malformed XML declaration: expected ${seen === 0 ? 'version' : 'encoding or standalone'} at ${snippet(xml, this.pos)}`);
      }
      k++;
      seen++;
      this.pos += name.length;
      this.skipSpace();
      if (xml.charCodeAt(this.pos) !== 0x3d) this.syntax(this.pos, `Malformed XML declaration: '=' expected after ${name}`);
      this.pos++;
      this.skipSpace();
      const q = xml.charCodeAt(this.pos);
      if (q !== 0x22 && q !== 0x27) this.syntax(this.pos, `Malformed XML declaration: quoted value expected for ${name}`);
      const close = xml.indexOf(q === 0x22 ? '"' : "'", this.pos + 1);
      if (close === -1 || close > end) this.syntax(this.pos, `Malformed XML declaration: ${name} value not closed`);
      const v = xml.slice(this.pos + 1, close);
      if (name === 'version') {
        if (!/^1\.[0-9]+$/.test(v)) this.syntax(this.pos, `Malformed XML declaration: version ${JSON.stringify(v)}`);
        if (v !== '1.0') this.fail('xml_declaration', this.pos, `XML version ${v} is not accepted: ICS2 messages are XML 1.0`);
      } else if (name === 'encoding') {
        if (!/^[A-Za-z][A-Za-z0-9._-]*$/.test(v)) this.syntax(this.pos, `Malformed XML declaration: encoding ${JSON.stringify(v.slice(0, 40))}`);
        if (v.toLowerCase() !== 'utf-8') {
          this.fail('xml_declaration', this.pos, `Encoding ${v} is not accepted: ICS2 messages are UTF-8`);
        }
      } else if (v !== 'yes' && v !== 'no') this.syntax(this.pos, `Malformed XML declaration: standalone must be yes or no`);
      this.pos = close + 1;
    }
    this.pos += 2;
  }

  private isNameStartAt(p: number): boolean {
    const c = this.xml.charCodeAt(p);
    if (c < 0x80) return (NAME_ASCII[c]! & 1) === 1;
    if (c >= 0xd800 && c <= 0xdb7f) {
      const d = this.xml.charCodeAt(p + 1);
      return d >= 0xdc00 && d <= 0xdfff;
    }
    return isNameStartBmp(c);
  }

  /** After one name character at `p` (non-ASCII allowed), or the same `p` when there is none. */
  private nameCharEnd(p: number, first: boolean): number {
    const xml = this.xml;
    const c = xml.charCodeAt(p);
    if (c < 0x80) return NAME_ASCII[c]! & (first ? 1 : 2) ? p + 1 : p;
    if (c >= 0xd800 && c <= 0xdbff) {
      const d = xml.charCodeAt(p + 1);
      // [#x10000-#xEFFFF]: high surrogates D800-DB7F.
      return c <= 0xdb7f && d >= 0xdc00 && d <= 0xdfff ? p + 2 : p;
    }
    return (first ? isNameStartBmp(c) : isNameCharBmp(c)) ? p + 1 : p;
  }

  /** Read a name at `p`; returns its end (== p when there is no name). Sets {@link hash}. */
  private name(p: number): number {
    const xml = this.xml;
    const n = this.n;
    const first = this.nameCharEnd(p, true);
    if (first === p) return p;
    let h = xml.charCodeAt(p);
    let q = first;
    while (q < n) {
      const c = xml.charCodeAt(q);
      if (c < 0x80) {
        if (NAME_ASCII[c] === 0) break;
        h = (Math.imul(h, 31) + c) | 0;
        q++;
      } else {
        h = (Math.imul(h, 31) + c) | 0;
        const r = this.nameCharEnd(q, false);
        if (r === q) break;
        q = r;
      }
    }
    this.hash = h;
    return q;
  }

  /** The name `[from, to)` just read by {@link name}, from the cache when it was read before. */
  private internName(from: number, to: number): string {
    const xml = this.xml;
    const len = to - from;
    if (len > MAX_CACHED_NAME) return xml.slice(from, to);
    const slot = (this.hash ^ (this.hash >>> 11)) & (NAME_CACHE_SIZE - 1);
    const s = nameCache[slot];
    if (s !== undefined && s.length === len) {
      let i = 0;
      while (i < len && s.charCodeAt(i) === xml.charCodeAt(from + i)) i++;
      if (i === len) return s;
    }
    // A copy, not a slice: a slice of 13 characters or more would keep the whole input alive in the cache.
    const codes = new Array<number>(len);
    for (let i = 0; i < len; i++) codes[i] = xml.charCodeAt(from + i);
    const fresh = String.fromCharCode.apply(null, codes);
    nameCache[slot] = fresh;
    return fresh;
  }

  /** Check every character of `[from, to)` is allowed in XML 1.0. */
  private checkChars(from: number, to: number): void {
    const xml = this.xml;
    for (let p = from; p < to; p++) {
      const c = xml.charCodeAt(p);
      if (c >= 0x20 && c < 0xd800) continue;
      if (c < 0x20) {
        if (c !== 0x9 && c !== 0xa && c !== 0xd) this.illegal(p, c);
      } else if (c <= 0xdbff) {
        const d = xml.charCodeAt(p + 1);
        if (p + 1 < to && d >= 0xdc00 && d <= 0xdfff) p++;
        else this.illegal(p, c);
      } else if (c <= 0xdfff || c === 0xfffe || c === 0xffff) this.illegal(p, c);
    }
  }

  private illegal(p: number, c: number): never {
    const hex = c.toString(16).toUpperCase().padStart(4, '0');
    return this.fail('xml_illegal_char', p, `Character U+${hex} is not allowed in XML 1.0`);
  }

  /** Line ends normalised: CRLF and CR become LF. */
  private static normaliseEol(s: string): string {
    return s.indexOf('\r') === -1 ? s : s.replace(/\r\n?/g, '\n');
  }

  private comment(): void {
    const xml = this.xml;
    const start = this.pos;
    const from = start + 4;
    const dd = xml.indexOf('--', from);
    if (dd === -1) this.fail('xml_unterminated', start, 'Comment is not closed');
    if (xml.charCodeAt(dd + 2) !== 0x3e) this.syntax(dd, "'--' is not allowed inside a comment");
    this.checkChars(from, dd);
    this.pos = dd + 3;
  }

  private pi(): void {
    const xml = this.xml;
    const start = this.pos;
    const nameStart = start + 2;
    const nameEnd = this.name(nameStart);
    if (nameEnd === nameStart) this.syntax(start, `Processing instruction without a target ${snippet(xml, start)}`);
    const target = xml.slice(nameStart, nameEnd);
    if (target.toLowerCase() === 'xml') {
      this.syntax(start, 'An XML declaration is allowed only at the very start of the document');
    }
    if (target.includes(':')) this.fail('xml_namespace', start, `A processing instruction target may not contain ':' (${target})`);
    if (xml.startsWith('?>', nameEnd)) {
      this.pos = nameEnd + 2;
      return;
    }
    if (!isSpace(xml.charCodeAt(nameEnd))) this.syntax(nameEnd, `Malformed processing instruction ${snippet(xml, start)}`);
    const end = xml.indexOf('?>', nameEnd);
    if (end === -1) this.fail('xml_unterminated', start, 'Processing instruction is not closed');
    this.checkChars(nameEnd, end);
    this.pos = end + 2;
  }

  private resolve(prefix: string, at: number, what: string): string {
    const b = this.bindings;
    for (let i = b.length - 2; i >= 0; i -= 2) if (b[i] === prefix) return b[i + 1]!;
    if (prefix === '') return '';
    return this.fail('xml_namespace', at, `The namespace prefix ${prefix} of ${what} is not declared`);
  }

  /** Split a qname into prefix and local part, checking it is a QName (at most one colon, not at an end). */
  private qname(q: string, at: number): [string, string] {
    const i = q.indexOf(':');
    if (i === -1) return ['', q];
    if (i === 0 || i === q.length - 1 || q.indexOf(':', i + 1) !== -1 || !this.isNameStartAt(at + i + 1)) {
      this.fail('xml_namespace', at, `${JSON.stringify(q)} is not a qualified name (Namespaces in XML)`);
    }
    return [q.slice(0, i), q.slice(i + 1)];
  }

  /** An element, from its `<` at `pos`, to the end of its end tag; iterative (no recursion). */
  private element(): void {
    const xml = this.xml;
    const n = this.n;
    const h = this.h;
    const open = this.open;
    const base = open.length;
    let p = this.pos;
    for (;;) {
      // At a '<' of a start tag.
      p = this.startTag(p);
      if (open.length === base) break;
      // Content until the next markup that is not text.
      for (;;) {
        p = this.text(p);
        if (p >= n) {
          this.syntax(n, `Element <${open[open.length - 1] ?? ''}> is not closed`);
        }
        // xml[p] === '<'
        const c1 = xml.charCodeAt(p + 1);
        if (c1 === 0x2f) {
          p = this.endTag(p);
          if (open.length === base) {
            this.pos = p;
            return;
          }
        } else if (c1 === 0x21) {
          if (xml.startsWith('<!--', p)) {
            this.pos = p;
            this.comment();
            p = this.pos;
          } else if (xml.startsWith('<![CDATA[', p)) {
            const end = xml.indexOf(']]>', p + 9);
            if (end === -1) this.fail('xml_unterminated', p, 'CDATA section is not closed');
            this.checkChars(p + 9, end);
            h.text(Scanner.normaliseEol(xml.slice(p + 9, end)));
            p = end + 3;
          } else this.markupDeclaration(p, false);
        } else if (c1 === 0x3f) {
          this.pos = p;
          this.pi();
          p = this.pos;
        } else break; // another start tag: the outer loop
      }
    }
    this.pos = p;
  }

  /** A start tag at `p`; opens the element (and closes it at once when empty). Returns the index after it. */
  private startTag(p: number): number {
    const xml = this.xml;
    const n = this.n;
    const start = p;
    const nameEnd = this.name(p + 1);
    if (nameEnd === p + 1) this.syntax(p, `Malformed start tag ${snippet(xml, p)}`);
    const qname = this.internName(p + 1, nameEnd);
    if (this.open.length >= this.options.maxDepth) {
      this.fail('xml_too_deep', p, `Elements are nested deeper than ${this.options.maxDepth} levels`);
    }
    p = nameEnd;
    let raw: [string, string, number][] | null = null;
    let empty = false;
    for (;;) {
      const s = p;
      while (p < n && isSpace(xml.charCodeAt(p))) p++;
      const c = xml.charCodeAt(p);
      if (c === 0x3e) {
        p++;
        break;
      }
      if (c === 0x2f) {
        if (xml.charCodeAt(p + 1) !== 0x3e) this.syntax(p, `Malformed start tag <${qname}: '/' not followed by '>'`);
        p += 2;
        empty = true;
        break;
      }
      if (p >= n) this.fail('xml_unterminated', start, `Start tag <${qname} is not closed`);
      if (p === s) this.syntax(p, `Malformed start tag <${qname}: white space needed before an attribute`);
      const as = p;
      const an = this.name(p);
      if (an === p) this.syntax(p, `Malformed start tag <${qname}: unexpected ${snippet(xml, p)}`);
      const aq = xml.slice(p, an);
      p = an;
      while (p < n && isSpace(xml.charCodeAt(p))) p++;
      if (xml.charCodeAt(p) !== 0x3d) this.syntax(p, `Attribute ${aq} of <${qname}> has no '='`);
      p++;
      while (p < n && isSpace(xml.charCodeAt(p))) p++;
      const q = xml.charCodeAt(p);
      if (q !== 0x22 && q !== 0x27) this.syntax(p, `Attribute ${aq} of <${qname}> has no quoted value`);
      p++;
      const value = this.attrValue(p, q);
      p = this.pos;
      (raw ??= []).push([aq, value, as]);
    }
    // Namespace declarations first, then names.
    let added = 0;
    let attrs: XmlAttribute[] | null = null;
    if (raw !== null) {
      attrs = new Array<XmlAttribute>(raw.length);
      for (let i = 0; i < raw.length; i++) {
        const [aq, value, at] = raw[i]!;
        if (aq === 'xmlns' || aq.startsWith('xmlns:')) {
          const prefix = aq.length === 5 ? '' : aq.slice(6);
          if (prefix !== '') this.qname(aq, at);
          this.declare(prefix, value, at);
          this.bindings.push(prefix, value);
          added++;
        }
      }
      const seen = raw.length > 8 ? new Set<string>() : undefined;
      for (let i = 0; i < raw.length; i++) {
        const [aq, value, at] = raw[i]!;
        let prefix: string;
        let local: string;
        let ns: string;
        if (aq === 'xmlns') [prefix, local, ns] = ['', 'xmlns', XMLNS_NS];
        else {
          [prefix, local] = this.qname(aq, at);
          ns = prefix === '' ? '' : prefix === 'xmlns' ? XMLNS_NS : this.resolve(prefix, at, `attribute ${aq}`);
        }
        const a: XmlAttribute = { qname: aq, local, ns, value };
        // Duplicates: by name as written (XML), and by expanded name (Namespaces).
        if (seen !== undefined) {
          const k1 = `q ${aq}`;
          const k2 = `e ${ns} ${local}`;
          if (seen.has(k1)) this.syntax(at, `Attribute ${aq} is repeated in <${qname}>`);
          if (seen.has(k2)) this.fail('xml_namespace', at, `Attribute ${aq} is repeated in <${qname}> (same namespace and local name)`);
          seen.add(k1);
          seen.add(k2);
        } else {
          for (let j = 0; j < i; j++) {
            const b = attrs[j]!;
            if (b.qname === aq) this.syntax(at, `Attribute ${aq} is repeated in <${qname}>`);
            if (b.ns === ns && b.local === local && ns !== XMLNS_NS) {
              this.fail('xml_namespace', at, `Attribute ${aq} is repeated in <${qname}> (same namespace and local name)`);
            }
          }
        }
        attrs[i] = a;
      }
    }
    let prefix = '';
    let local = qname;
    if (qname.indexOf(':') !== -1) [prefix, local] = this.qname(qname, start + 1);
    if (prefix === 'xmlns') this.fail('xml_namespace', start, `The prefix xmlns is reserved: <${qname}>`);
    const ns = this.resolve(prefix, start, `<${qname}>`);
    this.open.push(qname);
    this.openAt.push(start + 1);
    this.added.push(added);
    this.h.open(local, ns, qname, attrs, start);
    if (empty) this.pop(p);
    return p;
  }

  private declare(prefix: string, uri: string, at: number): void {
    const bad = notUriReference(uri);
    if (bad !== -1) {
      this.fail('xml_namespace_name', at, `The namespace name ${JSON.stringify(uri.length > 60 ? `${uri.slice(0, 60)}…` : uri)} is not a URI reference (character ${JSON.stringify(uri.charAt(bad))})`);
    }
    if (prefix === 'xmlns') this.fail('xml_namespace', at, 'The prefix xmlns may not be declared');
    if (prefix === 'xml') {
      if (uri !== XML_NS) this.fail('xml_namespace', at, `The prefix xml may only be bound to ${XML_NS}`);
      return;
    }
    if (uri === XML_NS) this.fail('xml_namespace', at, `Only the prefix xml may be bound to ${XML_NS}`);
    if (uri === XMLNS_NS) this.fail('xml_namespace', at, `No prefix may be bound to ${XMLNS_NS}`);
    if (prefix !== '' && uri === '') this.fail('xml_namespace', at, `The prefix ${prefix} may not be bound to the empty namespace name`);
  }

  private pop(end: number): void {
    this.open.pop();
    this.openAt.pop();
    const k = this.added.pop() ?? 0;
    if (k > 0) this.bindings.length -= 2 * k;
    this.h.close(end);
  }

  /** An attribute value after its opening quote `q` at `p`; sets `pos` after the closing quote. */
  private attrValue(p: number, q: number): string {
    const xml = this.xml;
    const n = this.n;
    let out = '';
    let seg = p;
    for (;;) {
      if (p >= n) this.fail('xml_unterminated', p, 'Attribute value is not closed');
      const c = xml.charCodeAt(p);
      if (c === q) break;
      if (c > 0x3c && c < 0xd800) {
        p++;
        continue;
      }
      if (c === 0x3c) this.syntax(p, "'<' is not allowed in an attribute value");
      if (c === 0x26) {
        out += xml.slice(seg, p);
        out += this.reference(p);
        p = seg = this.pos;
        continue;
      }
      if (c === 0x09 || c === 0x0a || c === 0x0d) {
        out += xml.slice(seg, p);
        out += ' ';
        p += c === 0x0d && xml.charCodeAt(p + 1) === 0x0a ? 2 : 1;
        seg = p;
        continue;
      }
      if (c < 0x20) this.illegal(p, c);
      if (c >= 0xd800) {
        if (c <= 0xdbff) {
          const d = xml.charCodeAt(p + 1);
          if (d >= 0xdc00 && d <= 0xdfff) {
            p += 2;
            continue;
          }
          this.illegal(p, c);
        }
        if (c <= 0xdfff || c === 0xfffe || c === 0xffff) this.illegal(p, c);
      }
      p++;
    }
    this.pos = p + 1;
    return seg === p ? out : out + xml.slice(seg, p);
  }

  /** A reference at `p` (`&`); returns the characters it stands for and sets `pos` after its `;`. */
  private reference(p: number): string {
    const xml = this.xml;
    const n = this.n;
    if (xml.charCodeAt(p + 1) === 0x23) {
      let q = p + 2;
      const hex = xml.charCodeAt(q) === 0x78;
      if (hex) q++;
      let cp = 0;
      const digits = q;
      for (; q < n; q++) {
        const c = xml.charCodeAt(q);
        let d: number;
        if (c >= 0x30 && c <= 0x39) d = c - 0x30;
        else if (hex && c >= 0x61 && c <= 0x66) d = c - 0x57;
        else if (hex && c >= 0x41 && c <= 0x46) d = c - 0x37;
        else break;
        if (cp <= 0x10ffff) cp = cp * (hex ? 16 : 10) + d;
      }
      if (q === digits || xml.charCodeAt(q) !== 0x3b) this.syntax(p, `Malformed character reference ${snippet(xml, p)}`);
      if (!isXmlChar(cp)) {
        this.fail('xml_char_ref', p, `Character reference ${snippet(xml, p)} is to a character not allowed in XML 1.0`);
      }
      this.pos = q + 1;
      return String.fromCodePoint(cp);
    }
    const e = this.name(p + 1);
    if (e === p + 1) this.syntax(p, `A bare '&' (write &amp;) at ${snippet(xml, p)}`);
    if (xml.charCodeAt(e) !== 0x3b) this.syntax(p, `Entity reference ${snippet(xml, p)} without ';'`);
    const name = xml.slice(p + 1, e);
    const v = Object.prototype.hasOwnProperty.call(PREDEFINED, name) ? PREDEFINED[name] : undefined;
    if (v === undefined) {
      this.fail('xml_entity', p, `Entity reference &${name.length > 40 ? `${name.slice(0, 40)}…` : name}; is not allowed: only &amp; &lt; &gt; &quot; &apos; and character references`);
    }
    this.pos = e + 1;
    return v;
  }

  /** Character data from `p` to the next `<` (returned); reports it to the handler when not empty. */
  private text(p: number): number {
    const xml = this.xml;
    const n = this.n;
    const start = p;
    let out: string | undefined;
    let seg = p;
    for (;;) {
      if (p >= n) break;
      const c = xml.charCodeAt(p);
      if (c > 0x5d) {
        if (c < 0xd800) {
          p++;
          continue;
        }
        if (c <= 0xdbff) {
          const d = xml.charCodeAt(p + 1);
          if (d >= 0xdc00 && d <= 0xdfff) {
            p += 2;
            continue;
          }
          this.illegal(p, c);
        }
        if (c <= 0xdfff || c === 0xfffe || c === 0xffff) this.illegal(p, c);
        p++;
        continue;
      }
      if (c === 0x3c) break;
      if (c >= 0x20) {
        if (c === 0x26) {
          out = (out ?? '') + xml.slice(seg, p) + this.reference(p);
          p = seg = this.pos;
          continue;
        }
        if (c === 0x5d && xml.charCodeAt(p + 1) === 0x5d && xml.charCodeAt(p + 2) === 0x3e) {
          this.syntax(p, "']]>' is not allowed in text");
        }
        p++;
        continue;
      }
      if (c === 0x0d) {
        out = (out ?? '') + xml.slice(seg, p) + '\n';
        p += xml.charCodeAt(p + 1) === 0x0a ? 2 : 1;
        seg = p;
        continue;
      }
      if (c !== 0x09 && c !== 0x0a) this.illegal(p, c);
      p++;
    }
    if (p > start) {
      const s = out === undefined ? xml.slice(start, p) : seg < p ? out + xml.slice(seg, p) : out;
      if (s !== '') this.h.text(s);
    }
    return p;
  }

  /** An end tag at `p` (`</`); closes the innermost element. Returns the index after it. */
  private endTag(p: number): number {
    const xml = this.xml;
    const n = this.n;
    const top = this.open.length - 1;
    const expected = this.open[top]!;
    const nameStart = p + 2;
    // The same characters as the start tag's name (compared in place), and no further name character.
    const len = expected.length;
    const at = this.openAt[top]!;
    let i = 0;
    while (i < len && xml.charCodeAt(nameStart + i) === xml.charCodeAt(at + i)) i++;
    let nameEnd = nameStart + len;
    if (i !== len || this.nameCharEnd(nameEnd, false) !== nameEnd) {
      nameEnd = this.name(nameStart);
      if (nameEnd === nameStart) this.syntax(p, `Malformed end tag ${snippet(xml, p)}`);
      this.syntax(p, `End tag </${xml.slice(nameStart, Math.min(nameEnd, nameStart + 60))}> does not match start tag <${expected}>`);
    }
    let q = nameEnd;
    while (q < n && isSpace(xml.charCodeAt(q))) q++;
    if (xml.charCodeAt(q) !== 0x3e) {
      if (q >= n) this.fail('xml_unterminated', p, `End tag </${expected}> is not closed`);
      this.syntax(q, `Malformed end tag </${expected}`);
    }
    this.pop(q + 1);
    return q + 1;
  }
}
