/**
 * zod 4 field factories used by the generated schemas. Every check reports its own code in `params`
 * so that `validate` can turn zod's issues into `ics2` issues without guessing.
 */
import { z } from 'zod';
import { checkFormat, collapseWhiteSpace, parseFormat, preview, readsCollapsed } from './format';

/** The `params` that every `ics2` zod issue carries. */
export interface FieldIssueParams {
  ics2: true;
  code: string;
  ref: string;
}

const params = (code: string, ref: string): FieldIssueParams => ({ ics2: true, code, ref });

const ILLEGAL_XML =
  // eslint-disable-next-line no-control-regex -- the point is to find control characters XML 1.0 forbids
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** How the receiver reads a text value: `collapse` (xs:token, xs:decimal: white space collapsed first), `noLineBreak` (an XSD pattern `.` that matches no line break). */
export interface TextOptions {
  collapse?: boolean;
  noLineBreak?: boolean;
}

const LINE_BREAK = /[\r\n]/;

/**
 * A text value with an HTI format, and a complete code list when there is one.
 *
 * @example
 * ```ts
 * const lrn = text('an..22');
 * lrn.safeParse('ABC').success; // true
 * const sci = text('an3', 'CL742', ['F10', 'F11']);
 * sci.safeParse('F99').success; // false
 * text('an2', 'CL718', undefined, { collapse: true }).safeParse(' FR ').success; // true: customs read 'FR'
 * ```
 */
export function text(format: string, codeList?: string, values?: readonly string[], options: TextOptions = {}): z.ZodType<string> {
  const f = parseFormat(format);
  const collapse = readsCollapsed(f, options.collapse);
  const noLineBreak = options.noLineBreak === true && !collapse;
  const allowed = values ? new Set(values) : undefined;
  // A plain check function (not superRefine, which allocates an addIssue closure per value): this runs for
  // every text value of a message, and almost every value is valid.
  const fail = (payload: z.core.ParsePayload<string>, message: string, code: string, ref: string): void => {
    payload.issues.push({
      code: 'custom',
      message,
      params: params(code, ref),
      input: payload.value,
      continue: true,
    });
  };
  return z.string().check((payload) => {
    const raw = payload.value;
    const value = collapse ? collapseWhiteSpace(raw) : raw;
    const bad = ILLEGAL_XML.exec(value);
    if (bad) {
      fail(
        payload,
        `Character U+${bad[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')} is not allowed in XML 1.0`,
        'invalid_character',
        format,
      );
      return;
    }
    for (const p of checkFormat(value, f)) if (p.severity !== 'warning') fail(payload, p.message, p.code, format);
    if (noLineBreak && LINE_BREAK.test(value))
      fail(payload, 'A line break is not allowed here: the XSD pattern matches no line break (write a space)', 'invalid_character', format);
    if (allowed && codeList && !allowed.has(value))
      fail(payload, `${preview(value)} is not a code of ${codeList}`, 'invalid_code', codeList);
  }) as unknown as z.ZodType<string>;
}

/**
 * A UTC date-time `YYYY-MM-DDThh:mm:ssZ` (wrapped in `<DateTime>` in XML).
 *
 * @example
 * ```ts
 * dateTime().safeParse('2024-04-12T11:13:57Z').success; // true
 * ```
 */
export function dateTime(): z.ZodType<string> {
  return text('an20 (YYYY-MM-DDThh:mm:ssZ)');
}

/** An amount: a decimal `value` and a `currency`, XML attributes of one element. */
export interface Amount {
  /** Decimal as a string, e.g. `'120.50'`. */
  value: string;
  /** ISO 4217 currency code, e.g. `'EUR'`. */
  currency: string;
}

/**
 * An amount with `value` and `currency`.
 *
 * @example
 * ```ts
 * amount('n..16,2', 'a3').safeParse({ value: '12.50', currency: 'EUR' }).success; // true
 * ```
 */
export function amount(
  valueFormat: string,
  currencyFormat: string,
  currencyList?: string,
  values?: readonly string[],
): z.ZodType<Amount> {
  return z.strictObject({
    value: text(valueFormat),
    currency: text(currencyFormat, currencyList, values),
  }) as unknown as z.ZodType<Amount>;
}
