/**
 * JSON Schema (draft 2020-12) of every message, generated from the element metadata: lengths, patterns,
 * complete code lists, cardinalities, decimals as strings, UTC date-times, amounts, and descriptions from the
 * HTI tables. Pure and browser-safe.
 */
import { parseFormat, type Format } from '../core/format';
import type { ElementMeta, MessageMeta } from '../core/meta';
import type { MessageType } from '../generated/catalogue';
import { codeLists } from '../generated/codelists';
import { registry } from '../generated/registry';

/** A JSON Schema document or subschema (plain JSON). */
export type JsonSchema = { readonly [key: string]: unknown };

/** Options of {@link jsonSchema}. */
export interface JsonSchemaOptions {
  /**
   * Allow the reserved key `$unknown` on every group: elements read from XML that the model could not place,
   * an array of `{ name, after, xml }` objects (default `true`).
   */
  unknownElements?: boolean;
}

const DRAFT = 'https://json-schema.org/draft/2020-12/schema';

/** Characters XML 1.0 forbids, and lone surrogates (the `u` flag makes a pair one code point). */
const XML_CHARS = '[^\\u0000-\\u0008\\u000B\\u000C\\u000E-\\u001F\\uFFFE\\uFFFF\\uD800-\\uDFFF]';

/** The same check as `checkFormat`, as a regular expression (JSON Schema patterns are ECMA-262, `u` flag). */
function patternOf(f: Format): string {
  switch (f.type) {
    case 'dateTime':
      return '^\\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\\d|3[01])T([01]\\d|2[0-3]):[0-5]\\d:[0-5]\\dZ$';
    case 'a':
      return '^[A-Za-z]+$';
    case 'n':
      return f.fraction > 0 ? `^(?=(?:\\d\\.?){1,${f.max}}$)\\d+(?:\\.\\d{1,${f.fraction}})?$` : '^\\d+$';
    default:
      // Not empty, not only white space (JavaScript `\s`, as `checkFormat`), only characters XML allows.
      return `^(?!\\s+$)${XML_CHARS}+$`;
  }
}

function textSchema(
  format: string,
  listId: string | undefined,
  description: string,
): Record<string, unknown> {
  const f = parseFormat(format);
  const s: Record<string, unknown> = { type: 'string', description };
  if (f.type === 'dateTime') {
    s.format = 'date-time';
    s.pattern = patternOf(f);
    s.examples = ['2024-04-12T11:13:57Z'];
  } else {
    s.pattern = patternOf(f);
    // Decimals: the total digit count is in the pattern (the point is not a digit); no minimum length.
    if (!(f.type === 'n' && f.fraction > 0)) {
      s.minLength = f.min;
      s.maxLength = f.max;
    }
  }
  s['x-ics2-format'] = format;
  const list = listId ? codeLists[listId] : undefined;
  if (listId) s['x-ics2-codeList'] = listId;
  if (list?.complete && list.values.length) s.enum = list.values.map((v) => v.code);
  return s;
}

function describe(node: ElementMeta): string {
  const parts = [node.label];
  const facts: string[] = [];
  if (node.format) facts.push(node.format);
  if (node.codeList)
    facts.push(
      `code list ${node.codeList}${codeLists[node.codeList]?.complete ? '' : ' (partial: other codes are warnings)'}`,
    );
  facts.push(`presence ${node.presence}`, `${node.min}..${node.max}`);
  if (node.wcoId) facts.push(`WCO ${node.wcoId}`);
  const ids = [...(node.rules ?? []), ...(node.conditions ?? [])];
  if (ids.length) facts.push(`rules and conditions ${ids.join(', ')}`);
  facts.push(`provenance ${node.provenance}${node.from && node.from !== node.name ? ` (${node.from})` : ''}`);
  parts.push(`(${facts.join('; ')})`);
  if (node.presence === 'C') parts.push('Conditional: optional here, decided by the conditions.');
  return parts.join(' ');
}

const UNKNOWN_ELEMENTS: JsonSchema = {
  type: 'array',
  description:
    'Elements read from XML that the model could not place, kept so that they are written back: the element name, the name of the element it followed, and its XML.',
  items: {
    type: 'object',
    additionalProperties: false,
    required: ['name', 'xml'],
    properties: {
      name: { type: 'string' },
      after: { type: ['string', 'null'] },
      xml: { type: 'string' },
    },
  },
};

function elementSchema(node: ElementMeta, options: Required<JsonSchemaOptions>): Record<string, unknown> {
  const description = describe(node);
  if (node.encoding === 'group') {
    const properties: Record<string, unknown> = {};
    const required: string[] = [];
    for (const c of node.children ?? []) {
      properties[c.name] = childSchema(c, options);
      if (c.min > 0) required.push(c.name);
    }
    if (options.unknownElements) properties.$unknown = UNKNOWN_ELEMENTS;
    const s: Record<string, unknown> = {
      type: 'object',
      description,
      additionalProperties: false,
      properties,
    };
    if (required.length) s.required = required;
    return s;
  }
  if (node.encoding === 'amount') {
    const a = node.amount ?? { value: 'n..16,2', currency: 'a3' };
    return {
      type: 'object',
      description: `${description} An amount: value and currency, XML attributes.`,
      additionalProperties: false,
      required: ['value', 'currency'],
      properties: {
        value: textSchema(a.value, undefined, `Amount value (${a.value}), a decimal string`),
        currency: textSchema(
          a.currency,
          a.currencyCodeList,
          `Currency (${a.currency})${a.currencyCodeList ? `, code list ${a.currencyCodeList}` : ''}`,
        ),
      },
    };
  }
  return textSchema(
    node.encoding === 'dateTime' ? 'an20 (YYYY-MM-DDThh:mm:ssZ)' : (node.format ?? 'an..512'),
    node.codeList,
    description,
  );
}

function childSchema(node: ElementMeta, options: Required<JsonSchemaOptions>): Record<string, unknown> {
  const one = elementSchema(node, options);
  if (node.max <= 1) return one;
  return {
    type: 'array',
    description: `${node.label}: ${node.min}..${node.max} repetitions`,
    minItems: node.min,
    maxItems: node.max,
    items: one,
  };
}

/**
 * Subschemas that occur more than once (an address, a communication, a long code list) move to `$defs` and are
 * referenced: the same meaning, a fraction of the size (and of a validator's compile time).
 */
function factor(root: Record<string, unknown>): {
  root: Record<string, unknown>;
  defs: Record<string, unknown>;
} {
  const counts = new Map<string, number>();
  const visit = (v: unknown): void => {
    if (Array.isArray(v)) return v.forEach(visit);
    if (v === null || typeof v !== 'object') return;
    const o = v as Record<string, unknown>;
    if (typeof o.type === 'string') {
      const k = JSON.stringify(o);
      counts.set(k, (counts.get(k) ?? 0) + 1);
    }
    for (const x of Object.values(o)) visit(x);
  };
  visit(root);
  const defs: Record<string, unknown> = {};
  const names = new Map<string, string>();
  const used = new Set<string>();
  const nameFor = (k: string, o: Record<string, unknown>): string => {
    let n = names.get(k);
    if (n) return n;
    const base =
      String(o.description ?? o.type)
        .split(/[ (:]/)[0]!
        .replace(/[^A-Za-z0-9]/g, '') || 'def';
    n = base;
    for (let i = 2; used.has(n); i++) n = `${base}${i}`;
    used.add(n);
    names.set(k, n);
    return n;
  };
  const rewrite = (v: unknown, top: boolean): unknown => {
    if (Array.isArray(v)) return v.map((x) => rewrite(x, false));
    if (v === null || typeof v !== 'object') return v;
    const o = v as Record<string, unknown>;
    const k = typeof o.type === 'string' ? JSON.stringify(o) : undefined;
    if (!top && k !== undefined && (counts.get(k) ?? 0) > 1 && k.length > 160) {
      const n = nameFor(k, o);
      if (!(n in defs)) defs[n] = rewrite(o, true);
      return { $ref: `#/$defs/${n}` };
    }
    const out: Record<string, unknown> = {};
    for (const [key, x] of Object.entries(o))
      out[key] = key === 'enum' || key === 'required' ? x : rewrite(x, false);
    return out;
  };
  return { root: rewrite(root, true) as Record<string, unknown>, defs };
}

const cache = new Map<string, JsonSchema>();

/**
 * The JSON Schema (draft 2020-12) of a message's model, generated from its metadata. It keeps what
 * `z.toJSONSchema` loses: lengths, patterns (the HTI formats), complete code lists (`enum`), cardinalities
 * (`minItems`/`maxItems`), decimals as strings, UTC date-times (`format: date-time` and a pattern without
 * fractions), amounts as `{ value, currency }`, and descriptions from the HTI tables (label, format, presence,
 * WCO id, rules and conditions, provenance). Unknown keys are refused (`additionalProperties: false`) except
 * the reserved `$unknown` of a group. It checks structure only: the rules and conditions are not in it (use
 * `validate`). Partial code lists give no `enum` (a code outside them is a warning in `validate`).
 * Returns a fresh copy; throws a `TypeError` for a type that is not one of the 84 messages.
 *
 * @example
 * ```ts
 * import { jsonSchema } from 'ics2';
 * const schema = jsonSchema('IE3F32');
 * schema.$schema; // 'https://json-schema.org/draft/2020-12/schema'
 * // with Ajv 2020: new Ajv2020({ allErrors: true }); addFormats(ajv); ajv.validate(schema, data)
 * ```
 */
export function jsonSchema(messageType: MessageType, options: JsonSchemaOptions = {}): JsonSchema {
  if (typeof messageType !== 'string' || !Object.prototype.hasOwnProperty.call(registry, messageType)) {
    throw new TypeError(`${String(messageType)} is not one of the 84 HTI messages`);
  }
  const opts: Required<JsonSchemaOptions> = { unknownElements: options.unknownElements ?? true };
  const key = `${messageType}:${String(opts.unknownElements)}`;
  let s = cache.get(key);
  if (!s) {
    const meta: MessageMeta = registry[messageType].meta;
    const { root, defs } = factor(elementSchema(meta.root, opts));
    s = {
      $schema: DRAFT,
      $id: `urn:ics2:json-schema:${meta.id}`,
      title: `${meta.id}: ${meta.purpose}`,
      ...root,
      description: `${meta.id} (${meta.purpose}, ${meta.direction === 't2c' ? 'trader to customs' : 'customs to trader'}), ${meta.specVersion}. Structure and formats only; the rules and conditions (R30xx/C30xx) are checked by validate().`,
      'x-ics2-provenance': { table: meta.table, coverage: meta.coverage },
      ...(Object.keys(defs).length ? { $defs: defs } : {}),
    };
    cache.set(key, s);
  }
  return structuredClone(s);
}
