/**
 * Safety helpers for the XML layer: escaping, XML 1.0 character checks and a linear pre-scan that refuses
 * hostile input (too large, too deep, DTDs, entity expansion) before any parser sees it.
 */
import { issue } from '../core/issue';
import { snippet, where } from './reader/position';
import type { Issue, Result } from '../core/issue';

const ESCAPES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&apos;',
  '\t': '&#9;',
  '\n': '&#10;',
  '\r': '&#13;',
};
const escapeChar = (ch: string): string => ESCAPES[ch] ?? ch;

const TEXT_SPECIAL = /[&<>"'\r]/;
const TEXT_SPECIAL_ALL = /[&<>"'\r]/g;
const ATTR_SPECIAL = /[&<>"'\t\n\r]/;
const ATTR_SPECIAL_ALL = /[&<>"'\t\n\r]/g;

/**
 * Escape a string for XML character data: `& < > " '` become the predefined entities, and CR becomes
 * `&#13;` (a parser would otherwise turn CRLF into LF). Returns `s` itself when nothing needs escaping
 * (one regex test). Characters not allowed in XML 1.0 are not touched: check them with
 * {@link findIllegalXmlChar}.
 *
 * @example
 * ```ts
 * escapeText('Fish & chips <frozen>'); // 'Fish &amp; chips &lt;frozen&gt;'
 * ```
 */
export function escapeText(s: string): string {
  return TEXT_SPECIAL.test(s) ? s.replace(TEXT_SPECIAL_ALL, escapeChar) : s;
}

/**
 * Escape a string for an XML attribute value (either quote style): like {@link escapeText}, and TAB and
 * LF become `&#9;` and `&#10;` (attribute-value normalisation would otherwise turn them into spaces).
 *
 * @example
 * ```ts
 * escapeAttr('a "quoted"\tvalue'); // 'a &quot;quoted&quot;&#9;value'
 * ```
 */
export function escapeAttr(s: string): string {
  return ATTR_SPECIAL.test(s) ? s.replace(ATTR_SPECIAL_ALL, escapeChar) : s;
}

/** A character that XML 1.0 does not allow: its UTF-16 index and its code point. */
export interface IllegalXmlChar {
  index: number;
  codePoint: number;
}

// XML 1.0 (5th ed.) production [2] Char, negated. With the `u` flag a surrogate pair is one code point
// (allowed) while a lone surrogate is matched as itself (not allowed).
const ILLEGAL_XML_CHAR = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/u;

/**
 * Find the first character of `s` that XML 1.0 does not allow (allowed: `#x9 | #xA | #xD | [#x20-#xD7FF] |
 * [#xE000-#xFFFD] | [#x10000-#x10FFFF]`; a lone surrogate is not allowed). `undefined` when all are allowed.
 *
 * @example
 * ```ts
 * findIllegalXmlChar('ok\ttext'); // undefined
 * findIllegalXmlChar('bell\u0007'); // { index: 4, codePoint: 7 }
 * ```
 */
export function findIllegalXmlChar(s: string): IllegalXmlChar | undefined {
  const index = s.search(ILLEGAL_XML_CHAR);
  if (index === -1) return undefined;
  return { index, codePoint: s.codePointAt(index) ?? 0 };
}

/** Limits enforced by {@link prescanXml}. */
export interface XmlLimits {
  /** Largest accepted document, in UTF-8 bytes. */
  maxBytes: number;
  /** Deepest accepted element nesting (the root element is depth 1). */
  maxDepth: number;
}

/**
 * Default limits for untrusted XML: 10 MiB (10 485 760 UTF-8 bytes) and 64 levels of element nesting.
 *
 * @example
 * ```ts
 * prescanXml(xml, { ...DEFAULT_XML_LIMITS, maxDepth: 32 });
 * ```
 */
export const DEFAULT_XML_LIMITS: Readonly<XmlLimits> = Object.freeze({
  maxBytes: 10 * 1024 * 1024,
  maxDepth: 64,
});

/** Options of {@link prescanXml}. */
export interface PrescanOptions {
  /**
   * Also check well-formedness (default `false`), reporting `xml_syntax`: start and end tags that do not
   * match (checked with a stack of names), elements left open, an end tag with no start tag, no root or
   * more than one root element, text or CDATA outside the root element, a malformed start tag (bad name,
   * attribute without a quoted value, `<` in an attribute value, missing space between attributes), a
   * repeated attribute, an XML declaration not at the start. With this, no separate validator pass is needed.
   */
  wellFormed?: boolean;
}

/** What {@link prescanXml} saw in a document it accepted. */
export interface XmlPrescan {
  /** Deepest element nesting found. */
  depth: number;
  /** Number of elements (start and empty-element tags). */
  elements: number;
}

const REFERENCE = /&(?:amp|lt|gt|quot|apos|#([0-9]+)|#x([0-9a-fA-F]+));/y;
const ENTITY_DECLARATION = /<!ENTITY/gi;
/** The characters that matter inside a start tag: a quote opens an attribute value, `>` ends the tag. */
const TAG_STOP = /["'>]/g;
// An XML Name, approximated as fast-xml-parser's validator does (ASCII rules, any non-ASCII letter allowed),
// and XML white space (only these four characters, unlike `\s`).
const NAME = '[A-Za-z_:\\u00C0-\\uFFFF][\\w.:\\u00B7\\u00C0-\\uFFFF-]*';
const WS = '[ \\t\\r\\n]';
const ATTRIBUTE = `${WS}+(${NAME})${WS}*=${WS}*(?:"[^"<]*"|'[^'<]*')`;
/** A whole well-formed start tag at `lastIndex`: name, attributes (quoted values without `<`), `/`, `>`. */
const START_TAG = new RegExp(`<(${NAME})((?:${ATTRIBUTE.replace('(', '(?:')})*)${WS}*(/?)>`, 'y');
/** One attribute of a start tag's attribute part, at `lastIndex`. */
const ATTRIBUTE_AT = new RegExp(ATTRIBUTE, 'y');
/** A whole end tag at `lastIndex`. */
const END_TAG = new RegExp(`</(${NAME})${WS}*>`, 'y');
/** Only white space from `lastIndex` on. */
const SPACE = /[ \t\r\n]*/y;

/** The first attribute name repeated in `attrs` (the attribute part of a start tag matched by START_TAG). */
function repeatedAttribute(attrs: string): string | undefined {
  const seen = new Set<string>();
  ATTRIBUTE_AT.lastIndex = 0;
  for (let m = ATTRIBUTE_AT.exec(attrs); m !== null; m = ATTRIBUTE_AT.exec(attrs)) {
    const name = m[1] ?? '';
    if (seen.has(name)) return name;
    seen.add(name);
  }
  return undefined;
}

function isXmlCodePoint(cp: number): boolean {
  return (
    cp === 0x9 ||
    cp === 0xa ||
    cp === 0xd ||
    (cp >= 0x20 && cp <= 0xd7ff) ||
    (cp >= 0xe000 && cp <= 0xfffd) ||
    (cp >= 0x10000 && cp <= 0x10ffff)
  );
}

/**
 * UTF-8 length of `s`, stopping early once it exceeds `stopAbove`. A surrogate unit counts 2 bytes.
 *
 * @example
 * ```ts
 * utf8Length('Grüße', 100); // 7
 * ```
 */
export function utf8Length(s: string, stopAbove: number): number {
  let bytes = 0;
  for (let i = 0; i < s.length && bytes <= stopAbove; i++) {
    const c = s.charCodeAt(i);
    bytes += c < 0x80 ? 1 : c < 0x800 || (c >= 0xd800 && c <= 0xdfff) ? 2 : 3;
  }
  return bytes;
}

function fail(code: string, path: (string | number)[], message: string): { ok: false; issues: Issue[] } {
  return { ok: false, issues: [issue(code, path, '', message)] };
}

function checkLimit(value: unknown, name: keyof XmlLimits, min: number): Issue | undefined {
  if (typeof value === 'number' && Number.isSafeInteger(value) && value >= min) return undefined;
  return issue(
    'bad_limit',
    [name],
    '',
    `${name} must be an integer of at least ${min}, got ${String(value)}`,
  );
}

/**
 * A fast linear pre-scan of untrusted XML, for callers that parse with another parser (`fromXml` does not use
 * it: it reads with the one reader of `ics2`, which checks all of this in the same pass). A pre-scan followed by
 * another parser reads a document twice, and the two may disagree (docs/security.md): prefer `fromXml`.
 * It never builds a tree and never recurses,
 * and refuses, with one {@link Issue} per kind of problem (its first occurrence):
 * - `xml_too_large`: over `maxBytes` UTF-8 bytes (a string longer than `maxBytes` is refused in O(1));
 * - `xml_too_deep`: element nesting deeper than `maxDepth`;
 * - `xml_doctype`: a document type declaration `<!DOCTYPE` or any other DTD markup declaration;
 * - `xml_entity`: an entity declaration `<!ENTITY`, or an entity reference other than `&amp; &lt; &gt;
 *   &quot; &apos;` and numeric character references (`&#NN;`, `&#xHH;`), or a bare `&`;
 * - `xml_char_ref`: a character reference to a character XML 1.0 does not allow (`&#0;`);
 * - `xml_illegal_char`: a character XML 1.0 does not allow (see {@link findIllegalXmlChar});
 * - `xml_unterminated`: a comment, CDATA section, processing instruction or tag that never ends.
 *
 * Comments, CDATA sections and processing instructions are skipped, so `&foo;` or `<!DOCTYPE` inside them
 * is fine; quoted attribute values may contain `>`. By default this is not a well-formedness check;
 * with `options.wellFormed` it is one too (`xml_syntax`, see {@link PrescanOptions}), in the same single
 * pass, so that no separate validator pass is needed before parsing. Invalid `limits` give `bad_limit`.
 *
 * @example
 * ```ts
 * const r = prescanXml('<a><b x="1 > 0"/></a>');
 * // { ok: true, value: { depth: 1, elements: 2 } }
 * prescanXml('<!DOCTYPE a [<!ENTITY x "y">]><a>&x;</a>').ok; // false: xml_doctype, xml_entity
 * prescanXml('<a><b></a>', {}, { wellFormed: true }).ok; // false: xml_syntax
 * ```
 */
export function prescanXml(
  xml: string,
  limits: Partial<XmlLimits> = {},
  options: PrescanOptions = {},
): Result<XmlPrescan> {
  if (typeof xml !== 'string')
    return fail('not_a_string', [], `XML input must be a string, got ${typeof xml}`);
  const maxBytes = limits?.maxBytes ?? DEFAULT_XML_LIMITS.maxBytes;
  const maxDepth = limits?.maxDepth ?? DEFAULT_XML_LIMITS.maxDepth;
  const limitIssues = [checkLimit(maxBytes, 'maxBytes', 0), checkLimit(maxDepth, 'maxDepth', 1)].filter(
    (i): i is Issue => i !== undefined,
  );
  if (limitIssues.length > 0) return { ok: false, issues: limitIssues };

  const n = xml.length;
  // Every UTF-16 unit is at least one UTF-8 byte: a longer string is too large, decided in O(1).
  if (n > maxBytes) {
    return fail('xml_too_large', [], `XML input is at least ${n} bytes, over the limit of ${maxBytes}`);
  }
  // At most 3 bytes per unit: count only when that bound exceeds the limit.
  if (n * 3 > maxBytes) {
    const bytes = utf8Length(xml, maxBytes);
    if (bytes > maxBytes) {
      return fail('xml_too_large', [], `XML input is over ${maxBytes} bytes in UTF-8`);
    }
  }

  const issues: Issue[] = [];
  const reported = new Set<string>();
  const report = (code: string, index: number, message: string): void => {
    if (reported.has(code)) return;
    reported.add(code);
    issues.push(issue(code, [], '', `${message}, at ${where(xml, index)}`));
  };

  const illegal = findIllegalXmlChar(xml);
  if (illegal) {
    const hex = illegal.codePoint.toString(16).toUpperCase().padStart(4, '0');
    report('xml_illegal_char', illegal.index, `Character U+${hex} is not allowed in XML 1.0`);
  }

  // Both pointers only move forward, so all the indexOf/exec calls together stay linear.
  let amp = xml.indexOf('&');
  const checkReferences = (start: number, end: number): void => {
    while (amp !== -1 && amp < end) {
      if (amp >= start) {
        REFERENCE.lastIndex = amp;
        const m = REFERENCE.exec(xml);
        if (m === null) {
          report(
            'xml_entity',
            amp,
            `Entity reference ${snippet(xml, amp)} is not allowed: only &amp; &lt; &gt; &quot; &apos; and numeric character references`,
          );
        } else if (m[1] !== undefined || m[2] !== undefined) {
          const cp = m[1] !== undefined ? parseInt(m[1], 10) : parseInt(m[2] ?? '', 16);
          if (!isXmlCodePoint(cp)) {
            report(
              'xml_char_ref',
              amp,
              `Character reference ${snippet(xml, amp)} is to a character not allowed in XML 1.0`,
            );
          }
        }
      }
      amp = xml.indexOf('&', amp + 1);
    }
  };
  let entityDeclaration = -2;
  const hasEntityDeclaration = (start: number, end: number): boolean => {
    while (entityDeclaration !== -1 && entityDeclaration < start) {
      ENTITY_DECLARATION.lastIndex = start;
      entityDeclaration = ENTITY_DECLARATION.exec(xml)?.index ?? -1;
    }
    return entityDeclaration !== -1 && entityDeclaration < end;
  };
  /** Index just after the `>` closing a markup declaration starting at `from`, or -1. */
  const skipDeclaration = (from: number): number => {
    let brackets = 0;
    for (let j = from; j < n; j++) {
      const c = xml.charCodeAt(j);
      if (c === 0x22 || c === 0x27) {
        j = xml.indexOf(c === 0x22 ? '"' : "'", j + 1);
        if (j === -1) return -1;
      } else if (c === 0x3c && xml.startsWith('!--', j + 1)) {
        j = xml.indexOf('-->', j + 4);
        if (j === -1) return -1;
        j += 2;
      } else if (c === 0x5b) brackets++;
      else if (c === 0x5d) brackets--;
      else if (c === 0x3e && brackets <= 0) return j + 1;
    }
    return -1;
  };

  const wellFormed = options?.wellFormed === true;
  /** Names of the open elements (well-formedness only). */
  const open: string[] = [];
  let roots = 0;
  const syntax = (index: number, message: string): void => report('xml_syntax', index, message);
  /** Well-formedness: only white space may stand outside the root element. */
  const checkOutside = (start: number, end: number): void => {
    if (!wellFormed || open.length > 0 || start >= end) return;
    SPACE.lastIndex = start;
    SPACE.test(xml);
    if (SPACE.lastIndex < end) {
      syntax(SPACE.lastIndex, `Text ${snippet(xml, SPACE.lastIndex)} is outside the root element`);
    }
  };

  let depth = 0;
  let deepest = 0;
  let elements = 0;
  const bom = xml.charCodeAt(0) === 0xfeff ? 1 : 0;
  let i = bom;
  while (i < n) {
    const lt = xml.indexOf('<', i);
    checkReferences(i, lt === -1 ? n : lt);
    checkOutside(i, lt === -1 ? n : lt);
    if (lt === -1) break;
    const c1 = xml.charCodeAt(lt + 1);
    if (c1 === 0x21 /* ! */) {
      if (wellFormed && open.length === 0 && xml.charCodeAt(lt + 2) === 0x5b /* [ */) {
        syntax(lt, 'A CDATA section is outside the root element');
      }
      if (xml.startsWith('--', lt + 2)) {
        const end = xml.indexOf('-->', lt + 4);
        if (end === -1) {
          report('xml_unterminated', lt, 'Comment is not closed');
          break;
        }
        i = end + 3;
      } else if (xml.charCodeAt(lt + 2) === 0x5b /* [ */) {
        const end = xml.indexOf(']]>', lt + 3);
        if (end === -1) {
          report('xml_unterminated', lt, 'CDATA section is not closed');
          break;
        }
        i = end + 3;
      } else {
        const end = skipDeclaration(lt + 2);
        const keyword = xml.slice(lt + 2, lt + 9).toUpperCase();
        if (keyword === 'DOCTYPE') {
          report('xml_doctype', lt, 'A document type declaration (<!DOCTYPE) is not allowed');
        } else if (!keyword.startsWith('ENTITY')) {
          report('xml_doctype', lt, `Markup declaration ${snippet(xml, lt)} is not allowed`);
        }
        if (hasEntityDeclaration(lt, end === -1 ? n : end)) {
          report('xml_entity', entityDeclaration, 'An entity declaration (<!ENTITY) is not allowed');
        }
        if (end === -1) {
          report('xml_unterminated', lt, 'Markup declaration is not closed');
          break;
        }
        i = end;
      }
    } else if (c1 === 0x3f /* ? */) {
      if (wellFormed && lt > bom && /^xml[ \t\r\n?]/i.test(xml.slice(lt + 2, lt + 6))) {
        syntax(lt, 'An XML declaration is allowed only at the start of the document');
      }
      const end = xml.indexOf('?>', lt + 2);
      if (end === -1) {
        report('xml_unterminated', lt, 'Processing instruction is not closed');
        break;
      }
      i = end + 2;
    } else if (c1 === 0x2f /* / */) {
      const end = xml.indexOf('>', lt + 2);
      if (end === -1) {
        report('xml_unterminated', lt, 'End tag is not closed');
        break;
      }
      if (depth > 0) depth--;
      if (wellFormed) {
        END_TAG.lastIndex = lt;
        const m = END_TAG.exec(xml);
        const name = m?.[1];
        const expected = open.pop();
        if (m === null || m.index + m[0].length !== end + 1)
          syntax(lt, `Malformed end tag ${snippet(xml, lt)}`);
        else if (expected === undefined) syntax(lt, `End tag </${name}> has no start tag`);
        else if (name !== expected) syntax(lt, `End tag </${name}> does not match start tag <${expected}>`);
      }
      i = end + 1;
    } else {
      /** Where the tag ends (its `>`), once known. */
      let j = -1;
      if (wellFormed) {
        START_TAG.lastIndex = lt;
        const m = START_TAG.exec(xml);
        if (m === null) syntax(lt, `Malformed start tag ${snippet(xml, lt)}`);
        else {
          const name = m[1] ?? '';
          const attrs = m[2] ?? '';
          const again = attrs === '' ? undefined : repeatedAttribute(attrs);
          if (again !== undefined) syntax(lt, `Attribute ${again} is repeated in <${name}>`);
          if (open.length === 0 && roots++ > 0) syntax(lt, `A second root element <${name}>`);
          if (m[3] !== '/') open.push(name);
          // The match ends at the tag's `>`; outside the quoted values there is no `&` (names have none).
          j = START_TAG.lastIndex - 1;
          if (attrs !== '') checkReferences(lt + 1, j);
        }
      }
      if (j === -1) j = lt + 1;
      for (; j < n && xml.charCodeAt(j) !== 0x3e /* > */;) {
        TAG_STOP.lastIndex = j;
        j = TAG_STOP.test(xml) ? TAG_STOP.lastIndex - 1 : n;
        const c = xml.charCodeAt(j);
        if (c !== 0x22 && c !== 0x27) break;
        const close = xml.indexOf(c === 0x22 ? '"' : "'", j + 1);
        if (close === -1) {
          j = n;
          break;
        }
        checkReferences(j + 1, close);
        j = close + 1;
      }
      if (j >= n) {
        report('xml_unterminated', lt, 'Tag is not closed');
        break;
      }
      elements++;
      if (xml.charCodeAt(j - 1) !== 0x2f /* / */) {
        depth++;
        if (depth > deepest) deepest = depth;
        if (depth > maxDepth)
          report('xml_too_deep', lt, `Elements are nested deeper than ${maxDepth} levels`);
      }
      i = j + 1;
    }
  }

  if (wellFormed && issues.length === 0) {
    if (open.length > 0) syntax(n, `Element <${open[open.length - 1] ?? ''}> is not closed`);
    else if (roots === 0) syntax(n, 'No root element');
  }
  if (issues.length > 0) return { ok: false, issues };
  return { ok: true, value: { depth: deepest, elements } };
}
