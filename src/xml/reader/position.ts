/** Where in a document a problem is, for the messages of the reader and the pre-scan. */

/**
 * `offset 12 (line 2, column 3)` for an index into the document.
 *
 * @example
 * ```ts
 * where('<a>\n<b>', 5); // 'offset 5 (line 2, column 2)'
 * ```
 */
export function where(xml: string, index: number): string {
  let line = 1;
  let lineStart = 0;
  for (let p = xml.indexOf('\n'); p !== -1 && p < index; p = xml.indexOf('\n', p + 1)) {
    line++;
    lineStart = p + 1;
  }
  return `offset ${index} (line ${line}, column ${index - lineStart + 1})`;
}

/**
 * The 24 characters from an index, quoted (with `…` when cut).
 *
 * @example
 * ```ts
 * snippet('<a><b/></a>', 3); // '"<b/></a>"'
 * ```
 */
export function snippet(xml: string, index: number): string {
  const s = xml.slice(index, index + 24);
  return JSON.stringify(s.length < 24 ? s : `${s}…`);
}
