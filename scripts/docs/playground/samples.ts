/**
 * Sample messages for the playground's "Load a sample" buttons, made by the library itself (the builders
 * filled with `sampleFilingInput`), so they follow the model as it is generated. Never hard-coded.
 */
import { air, express, postal, rail, road, sea, sampleFilingInput } from '../../../src/builders/index';
import {
  filingTypes,
  messageInfo,
  pointerFor,
  toXml,
  type ElementMeta,
  type FilingTypeCode,
  type MessageType,
  type ModelPath,
} from '../../../src/index';

type AnyBuilder = { set(k: string, v: unknown): AnyBuilder; build(): { ok: boolean; value?: unknown } };
const modes = { sea, air, express, postal, road, rail } as const;

/** A valid filing of a filing type, as model data (the builder's output). */
export function sampleFiling(code: FilingTypeCode): {
  messageType: MessageType;
  data: Record<string, unknown>;
} {
  const f = filingTypes.find((x) => x.code === code);
  if (!f) throw new Error(`Unknown filing type ${code}`);
  const ns = modes[f.category] as unknown as Record<string, () => AnyBuilder>;
  let b = ns[`f${code.slice(1)}`]!();
  for (const [k, v] of Object.entries(sampleFilingInput(f.message))) {
    if (k !== 'SpecificCircumstanceIndicator') b = b.set(k, v);
  }
  const r = b.build();
  if (!r.ok) throw new Error(`The ${code} sample does not build`);
  return { messageType: f.message, data: r.value as Record<string, unknown> };
}

/** The first leaf (depth first) with a bounded `an..N` format that the data holds, and its path. */
function firstBoundedLeaf(
  node: ElementMeta,
  value: unknown,
  path: ModelPath,
): { path: ModelPath; max: number } | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  for (const c of node.children ?? []) {
    const v = (value as Record<string, unknown>)[c.name];
    if (v === undefined) continue;
    const items: [unknown, ModelPath][] =
      c.max > 1 && Array.isArray(v)
        ? v.map((x, i): [unknown, ModelPath] => [x, [...path, c.name, i]])
        : [[v, [...path, c.name]]];
    for (const [x, p] of items) {
      const m = /^an\.\.(\d+)$/.exec(c.format ?? '');
      if (c.encoding === 'text' && m && typeof x === 'string') return { path: p, max: Number(m[1]) };
      const deeper = c.encoding === 'group' ? firstBoundedLeaf(c, x, p) : undefined;
      if (deeper) return deeper;
    }
  }
  return undefined;
}

/**
 * A broken copy of a valid filing: the first mandatory top-level group removed, and the first bounded text
 * made one character too long. Chosen from the metadata.
 */
export function brokenFiling(
  messageType: MessageType,
  data: Record<string, unknown>,
): Record<string, unknown> {
  const meta = messageInfo(messageType);
  const copy = structuredClone(data);
  const group = meta.root.children?.find(
    (c) => c.encoding === 'group' && c.min > 0 && c.name in copy && c.name !== 'consignmentMasterLevel',
  );
  if (group) delete copy[group.name];
  const leaf = firstBoundedLeaf(meta.root, copy, []);
  if (leaf) {
    let cur: Record<string | number, unknown> = copy;
    for (const seg of leaf.path.slice(0, -1)) cur = cur[seg] as Record<string | number, unknown>;
    cur[leaf.path.at(-1)!] = 'X'.repeat(leaf.max + 1);
  }
  return copy;
}

/** The first element of the data that names a rule in its metadata, with its path. */
function firstRuled(
  node: ElementMeta,
  value: unknown,
  path: ModelPath,
): { path: ModelPath; rule: string } | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  for (const c of node.children ?? []) {
    const v = (value as Record<string, unknown>)[c.name];
    if (v === undefined) continue;
    const p = c.max > 1 ? [...path, c.name, 0] : [...path, c.name];
    if (c.rules?.length) return { path: p, rule: c.rules[0]! };
    const deeper = c.encoding === 'group' ? firstRuled(c, c.max > 1 ? (v as unknown[])[0] : v, p) : undefined;
    if (deeper) return deeper;
  }
  return undefined;
}

/** The part of a value that an element of another message knows (same names, by its metadata). */
function pick(node: ElementMeta, value: unknown): unknown {
  if (node.encoding !== 'group') return typeof value === 'string' ? value : undefined;
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return undefined;
  const out: Record<string, unknown> = {};
  for (const c of node.children ?? []) {
    const v = pick(c, (value as Record<string, unknown>)[c.name]);
    if (v !== undefined) out[c.name] = v;
  }
  const complete = (node.children ?? []).every((c) => c.min === 0 || c.name in out);
  return complete && Object.keys(out).length > 0 ? out : undefined;
}

/**
 * An IE3N99 as customs could answer the filing: its LRN as functional reference, its declarant, and one
 * error naming the rule of the first element that has one, pointing at that element.
 */
export function sampleN99(messageType: MessageType, data: Record<string, unknown>): Record<string, unknown> {
  const meta = messageInfo(messageType);
  const n99 = messageInfo('IE3N99').root;
  const out: Record<string, unknown> = {};
  const ruled = firstRuled(meta.root, data, []);
  const error = {
    description: ruled ? `Rule ${ruled.rule} violated` : 'Rule violated',
    validationCode: ruled?.rule ?? '14',
    ...(ruled ? { pointer: { messageElementPath: pointerFor(meta, ruled.path) } } : {}),
  };
  for (const c of n99.children ?? []) {
    if (c.name === 'functionalReference' && typeof data.LRN === 'string') out[c.name] = data.LRN;
    else if (c.name === 'notificationDate') out[c.name] = new Date().toISOString().replace(/\.\d{3}Z$/, 'Z');
    else if (c.name === 'error') out[c.name] = [error];
    else if (c.encoding === 'group' && c.name in data) {
      const v = pick(c, data[c.name]);
      if (v !== undefined) out[c.name] = v;
    }
  }
  return out;
}

/** Pretty XML of model data (unvalidated: a broken sample stays writable). */
export function sampleXml(messageType: MessageType, data: unknown): string {
  const x = toXml(messageType, data as never, { pretty: true, validate: false });
  return x.ok ? x.xml : JSON.stringify({ [messageType]: data }, null, 2);
}
