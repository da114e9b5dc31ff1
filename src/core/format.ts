/**
 * HTI formats (`an..35`, `an18`, `a2`, `n1`, `n..16,6`, `an20 (YYYY-MM-DDThh:mm:ssZ)`) parsed and checked.
 */

/** A parsed HTI format. */
export interface Format {
  /** The source text, e.g. `an..35`. */
  readonly text: string;
  /** `a` letters, `n` digits or decimal, `an` any characters, `dateTime` a UTC date-time. */
  readonly type: 'a' | 'n' | 'an' | 'dateTime';
  readonly min: number;
  readonly max: number;
  /** Digits after the decimal point allowed (`n..16,6` -> 6); 0 for integers. */
  readonly fraction: number;
}

const cache = new Map<string, Format>();

/**
 * Parse an HTI format.
 *
 * @example
 * ```ts
 * parseFormat('an..35'); // { type: 'an', min: 1, max: 35, fraction: 0, text: 'an..35' }
 * parseFormat('n..16,6'); // { type: 'n', min: 1, max: 16, fraction: 6, ... }
 * ```
 */
export function parseFormat(text: string): Format {
  const hit = cache.get(text);
  if (hit) return hit;
  let f: Format;
  if (/^an20 \(/.test(text)) f = { text, type: 'dateTime', min: 20, max: 20, fraction: 0 };
  else {
    const m = /^(an|a|n)(\.\.)?(\d+)(?:,(\d+))?$/.exec(text);
    if (!m) throw new Error(`Unknown HTI format ${text}`);
    const max = Number(m[3]);
    f = { text, type: m[1] as 'a' | 'n' | 'an', min: m[2] ? 1 : max, max, fraction: m[4] ? Number(m[4]) : 0 };
  }
  cache.set(text, f);
  return f;
}

/** A problem with a value against its format. */
export interface FormatProblem {
  code: 'too_long' | 'too_short' | 'invalid_format' | 'blank' | 'unusual_format';
  message: string;
  /**
   * `warning` where the XSD accepts the value but the HTI format expects another form (`+1.5`, `1.5000000`, a
   * negative mass, a value of spaces only): customs may accept it, so it is reported, not refused.
   */
  severity?: 'warning';
}

const BLANK = /^\s+$/;
const DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})Z$/;

/**
 * Is `s` a valid UTC date-time `YYYY-MM-DDThh:mm:ssZ` (no fractions, a real calendar date)?
 *
 * @example
 * ```ts
 * isUtcDateTime('2024-04-12T11:13:57Z'); // true
 * isUtcDateTime('2024-02-30T00:00:00Z'); // false
 * ```
 */
export function isUtcDateTime(s: string): boolean {
  const m = DATE_TIME.exec(s);
  if (!m) return false;
  const [y, mo, d, h, mi, se] = m.slice(1).map(Number) as [number, number, number, number, number, number];
  if (mo < 1 || mo > 12 || h > 23 || mi > 59 || se > 59 || d < 1) return false;
  const days = new Date(Date.UTC(y, mo, 0)).getUTCDate();
  return d <= days;
}

/** Count characters as customs do: Unicode code points, not UTF-16 units. */
export function charLength(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) i++;
    }
    n++;
  }
  return n;
}

/**
 * Check a string value against an HTI format. Returns the problems (empty when valid).
 *
 * @example
 * ```ts
 * checkFormat('ABC', parseFormat('a2')); // [{ code: 'too_long', ... }]
 * checkFormat('12.1234567', parseFormat('n..16,6')); // [{ code: 'invalid_format', ... }]
 * ```
 */
export function checkFormat(value: string, f: Format): FormatProblem[] {
  if (f.type === 'dateTime') {
    return isUtcDateTime(value)
      ? []
      : [
          {
            code: 'invalid_format',
            message: `Expected a UTC date-time YYYY-MM-DDThh:mm:ssZ without fractions, got ${preview(value)}`,
          },
        ];
  }
  if (f.type === 'n') {
    if (f.fraction > 0) {
      // xs:decimal: an optional sign, digits with an optional point; totalDigits and fractionDigits count the
      // digits of the value (no leading zeros before the point, no trailing zeros after it).
      const m = /^([+-]?)(\d*)(?:\.(\d*))?$/.exec(value);
      if (!m || (m[2] === '' && !m[3]))
        return [
          {
            code: 'invalid_format',
            message: `Expected a decimal number (${f.text}) such as 12.5, got ${preview(value)}`,
          },
        ];
      const [, sign, int = '', frac = ''] = m as unknown as [string, string, string | undefined, string | undefined];
      const intDigits = int.replace(/^0+(?=\d)/, '').replace(/^0$/, '').length;
      const fracDigits = frac.replace(/0+$/, '').length;
      const out: FormatProblem[] = [];
      if (fracDigits > f.fraction)
        out.push({
          code: 'invalid_format',
          message: `At most ${f.fraction} digits after the decimal point (${f.text}), got ${fracDigits}`,
        });
      if (intDigits + fracDigits > f.max)
        out.push({
          code: 'too_long',
          message: `At most ${f.max} digits in all (${f.text}), got ${intDigits + fracDigits}`,
        });
      if (out.length) return out;
      const form =
        sign === '-'
          ? 'a negative number'
          : sign === '+'
            ? 'a sign'
            : int === '' || value.endsWith('.')
              ? 'a point without digits on one side'
              : frac.length > f.fraction || int.length + frac.length > f.max
                ? 'more digits than the format has (zeros)'
                : undefined;
      if (form)
        out.push({
          code: 'unusual_format',
          severity: 'warning',
          message: `${preview(value)} has ${form}: the XSD (xs:decimal) accepts it, the HTI format ${f.text} expects plain digits with an optional decimal point`,
        });
      return out;
    }
    if (!/^\d+$/.test(value))
      return [{ code: 'invalid_format', message: `Expected digits only (${f.text}), got ${preview(value)}` }];
  } else if (f.type === 'a') {
    if (!/^[A-Za-z]+$/.test(value))
      return [
        { code: 'invalid_format', message: `Expected letters only (${f.text}), got ${preview(value)}` },
      ];
  } else if (value.length === 0) {
    return [{ code: 'too_short', message: `Must not be empty (${f.text})` }];
  } else if (BLANK.test(value)) {
    return [
      {
        code: 'blank',
        severity: 'warning',
        message: `Only white space (${f.text}): the XSD accepts it, but it says nothing`,
      },
    ];
  }
  const len = charLength(value);
  if (len > f.max)
    return [{ code: 'too_long', message: `At most ${f.max} characters (${f.text}), got ${len}` }];
  if (len < f.min) {
    return [
      {
        code: 'too_short',
        message:
          f.min === f.max
            ? `Exactly ${f.max} characters (${f.text}), got ${len}`
            : `At least ${f.min} characters (${f.text}), got ${len}`,
      },
    ];
  }
  return [];
}

/** Leading or trailing white space, a run of spaces, or a tab or line break: what XSD white-space collapse changes. */
export const UNCOLLAPSED = /^[\t\n\r ]|[\t\n\r ]$|[\t\n\r]| {2}/;

/**
 * The value as a receiver that collapses white space (xs:token, xs:decimal, xs:dateTime) reads it.
 *
 * @example
 * ```ts
 * collapseWhiteSpace(' AT \n'); // 'AT'
 * ```
 */
export function collapseWhiteSpace(v: string): string {
  // Only the four XSD white-space characters: String.prototype.trim would also take a no-break space.
  return UNCOLLAPSED.test(v) ? v.replace(/[\t\n\r ]+/g, ' ').replace(/^ | $/g, '') : v;
}

/**
 * Whether values of a format are read collapsed: where the element's type collapses (its `collapse` flag), and
 * always for decimals and date-times (xs:decimal and xs:dateTime collapse white space).
 *
 * @example
 * ```ts
 * readsCollapsed(parseFormat('n..16,6'), false); // true
 * ```
 */
export function readsCollapsed(f: Format, flagged: boolean | undefined): boolean {
  return flagged === true || f.type === 'dateTime' || (f.type === 'n' && f.fraction > 0);
}

/** A short preview of a value for messages. */
export function preview(v: string): string {
  return JSON.stringify(v.length > 40 ? v.slice(0, 40) + '…' : v);
}
