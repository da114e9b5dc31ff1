/**
 * The per-message entry point in each generated message file (issue 11 item 2): `IE3F32Message`, the value
 * `validate`, `toXml`, `fromXml` (`messages` option) and the per-message builders take, carrying the id, the
 * metadata and the code lists the message names. Called from `genMessage` in scripts/generate.ts with one line.
 *
 * It also marks the zod schemas of the file as pure (`/* @__PURE__ *\/` on an arrow called at once), so that a
 * bundle that uses only the metadata or the module drops the schemas and with them zod.
 */
import { loadCodeLists } from './spec';

let lists: Map<string, { complete: boolean; codes: string[] }> | undefined;
function codeLists(): Map<string, { complete: boolean; codes: string[] }> {
  lists ??= new Map(loadCodeLists().map((c) => [c.id, { complete: c.complete, codes: c.values.map((v) => v.code) }]));
  return lists;
}

interface MetaNode {
  codeList?: string;
  amount?: { currencyCodeList?: string };
  children?: MetaNode[];
}

/**
 * The source with every `const XSchema: z.ZodType<X> = z.strictObject({...}) as unknown as z.ZodType<X>;`
 * wrapped as a pure call. Throws when the file has schemas in a shape it does not know (so a change of the
 * generator cannot silently bring zod back into per-message bundles; the bundle-size test would fail too).
 *
 * @example
 * ```ts
 * pureSchemas('const ASchema: z.ZodType<A> = z.strictObject({\n}) as unknown as z.ZodType<A>;\n');
 * // 'const ASchema: z.ZodType<A> = /* @__PURE__ *\/ (() => z.strictObject({\n}))() as unknown as z.ZodType<A>;\n'
 * ```
 */
export function pureSchemas(source: string): string {
  const opens = source.match(/^(?:export )?const \w+Schema: z\.ZodType<\w+> = z\.strictObject\(\{$/gm)?.length ?? 0;
  let out = source.replace(/^((?:export )?const \w+Schema: z\.ZodType<\w+> = )z\.strictObject\(\{$/gm, '$1/* @__PURE__ */ (() => z.strictObject({');
  out = out.replace(/^\}\) as unknown as (z\.ZodType<\w+>);$/gm, '}))() as unknown as $1;');
  const closes = out.match(/^\}\)\)\(\) as unknown as z\.ZodType<\w+>;$/gm)?.length ?? 0;
  if (opens === 0 || opens !== closes) throw new Error(`pureSchemas: ${opens} schema(s) opened, ${closes} closed: the generated shape changed`);
  return out;
}

/**
 * The source text appended to one generated message file: `export const IE3F32Message`.
 *
 * @example
 * ```ts
 * messageModuleSource('IE3R01', source); // '\n/** IE3R01 as one module ... *\/\nexport const IE3R01Message ...'
 * ```
 */
export function messageModuleSource(id: string, source: string): string {
  const m = new RegExp(`^export const ${id}Meta: MessageMeta = (.*);$`, 'm').exec(source);
  if (!m) throw new Error(`messageModuleSource: no ${id}Meta in the generated source`);
  const meta = JSON.parse(m[1]!) as { root: MetaNode };
  const complete = new Set([...source.matchAll(/^const (CL\d+)_VALUES: /gm)].map((x) => x[1]!));
  const used = new Set<string>();
  const walk = (n: MetaNode): void => {
    if (n.codeList) used.add(n.codeList);
    if (n.amount?.currencyCodeList) used.add(n.amount.currencyCodeList);
    n.children?.forEach(walk);
  };
  walk(meta.root);
  const partial: Record<string, string[]> = {};
  for (const listId of [...used].sort()) {
    const l = codeLists().get(listId);
    if (!complete.has(listId) && l && !l.complete && l.codes.length) partial[listId] = l.codes;
  }
  const completeObj = [...complete].sort().map((c) => `${c}: ${c}_VALUES`).join(', ');
  return (
    `\n/**\n * ${id} as one module: its id, metadata and code lists, all that \`validate\`, \`toXml\`, \`fromXml\` and its builder\n` +
    ` * need. Pass it instead of the string id to keep a bundle to this one message (no registry, no zod).\n *\n` +
    ` * @example\n * \`\`\`ts\n * import { ${id}Message } from 'ics2/messages/${id}';\n * import { validate } from 'ics2/lite';\n` +
    ` * validate(${id}Message, data).ok;\n * \`\`\`\n */\n` +
    `export const ${id}Message: MessageModule<'${id}', ${id}> = /* @__PURE__ */ defineMessage<'${id}', ${id}>('${id}', ${id}Meta, { ${completeObj} }, ${JSON.stringify(partial)});\n`
  );
}

/**
 * The imports the appended source needs (added after the generated imports).
 *
 * @example
 * ```ts
 * withMessageModule('IE3R01', source).includes('export const IE3R01Message'); // true
 * ```
 */
export function withMessageModule(id: string, source: string): string {
  const imports = `import { defineMessage, type MessageModule } from '../../core/messageModule';\n`;
  const pure = pureSchemas(source).replace(/^(import type \{ MessageMeta \} from '\.\.\/\.\.\/core\/meta';\n)/m, `$1${imports}`);
  if (!pure.includes(imports)) throw new Error('withMessageModule: the generated imports changed');
  return pure + messageModuleSource(id, source);
}
