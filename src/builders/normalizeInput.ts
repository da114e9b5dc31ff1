import { BULK_PACKAGING } from '../rules/official/support';
import { issue, type Issue, type ModelPath } from '../core/issue';
import type { ElementMeta, MessageMeta } from '../core/meta';
import { pointerFor } from '../core/pointer';
import { deepCopy } from './deepCopy';
import { exactDecimal } from './exactDecimal';
import { utcDateTime } from './utcDateTime';

/**
 * Packaging types that carry no number of packages and no shipping marks (C3036).
 *
 * @example
 * ```ts
 * BULK_PACKAGE_TYPES.includes('VR'); // true
 * ```
 */
export const BULK_PACKAGE_TYPES: readonly string[] = [...BULK_PACKAGING];

const AUTO_NUMBERED = ['goodsItemNumber', 'sequenceNumber'];

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj =>
  v !== null && typeof v === 'object' && !Array.isArray(v) && !(v instanceof Date);
const child = (node: ElementMeta, name: string): ElementMeta | undefined =>
  node.children?.find((c) => c.name === name);

/** The result of {@link normalizeInput}: the message as the model wants it, and what could not be converted. */
export interface Normalized {
  value: Obj;
  issues: Issue[];
}

/**
 * Turn a builder's input into the message model, driven by the message metadata, without touching the
 * input: `Date`s and ISO strings with offsets become UTC `YYYY-MM-DDThh:mm:ssZ`; numbers become exact
 * decimal strings (or an issue); goods items and routing entries without a number are numbered 1, 2, 3
 * in array order; `numberOfSeals` is the count of `seal`s when left out; transport equipment that every
 * goods item of a consignment repeats identically moves up to the consignment (when the message has it
 * there and it meets the same condition). Then the conditions whose trigger the builder knows are checked: a bulk packaging type takes no
 * number of packages or shipping marks, other types need them (C3036); a container indicator `1` needs
 * transport equipment, `0` allows none (C3013/C3014).
 *
 * @example
 * ```ts
 * import { IE3F32Meta } from 'ics2/messages/IE3F32';
 * const { value, issues } = normalizeInput(IE3F32Meta, { documentIssueDate: new Date('2024-04-12T13:13:57+02:00') });
 * value.documentIssueDate; // '2024-04-12T11:13:57Z'
 * ```
 */
export function normalizeInput(meta: MessageMeta, input: unknown): Normalized {
  const issues: Issue[] = [];
  const report = (code: string, path: ModelPath, message: string, ref?: string): void => {
    issues.push(issue(code, path, pointerFor(meta, path), message, ref ? { ref } : {}));
  };
  const fromResult = (r: { ok: false; issues: Issue[] }, path: ModelPath): void => {
    for (const i of r.issues) report(i.code, path, i.message, i.ref);
  };

  const walk = (node: ElementMeta, v: unknown, path: ModelPath): unknown => {
    if (v === undefined) return v;
    if (node.encoding === 'dateTime') {
      if (!(v instanceof Date) && typeof v !== 'string') return v;
      const r = utcDateTime(v);
      if (r.ok) return r.value;
      fromResult(r, path);
      return v;
    }
    if (node.encoding === 'text') {
      if (typeof v === 'number' && node.format?.startsWith('n')) {
        const r = exactDecimal(v, node.format);
        if (r.ok) return r.value;
        fromResult(r, path);
      }
      return v;
    }
    if (node.encoding === 'amount') {
      if (isObj(v) && typeof v.value === 'number') {
        const r = exactDecimal(v.value, node.amount?.value ?? 'n..16,2');
        if (r.ok) return { ...v, value: r.value };
        fromResult(r, [...path, 'value']);
      }
      return v;
    }
    if (!isObj(v)) return v;
    const out: Obj = {};
    for (const [k, x] of Object.entries(v)) {
      const c = child(node, k);
      if (!c) {
        out[k] = x;
        continue;
      }
      if (c.max > 1 && Array.isArray(x)) {
        out[k] = x.map((item, i) => {
          const w = walk(c, item, [...path, k, i]);
          if (isObj(w)) {
            for (const auto of AUTO_NUMBERED) {
              if (w[auto] === undefined && child(c, auto)) return { [auto]: String(i + 1), ...w };
            }
          }
          return w;
        });
      } else out[k] = walk(c, x, [...path, k]);
    }
    fillSeals(node, out);
    hoistTransportEquipment(node, out);
    return out;
  };

  const value = walk(meta.root, deepCopy(input), []);
  const result = isObj(value) ? value : {};
  checkKnownConditions(meta.root, result, [], report);
  return { value: result, issues };
}

function fillSeals(node: ElementMeta, out: Obj): void {
  if (
    child(node, 'numberOfSeals') &&
    out.numberOfSeals === undefined &&
    Array.isArray(out.seal) &&
    out.seal.length > 0
  ) {
    out.numberOfSeals = String(out.seal.length);
  }
}

function hoistTransportEquipment(node: ElementMeta, out: Obj): void {
  const items = out.goodsItem;
  const itemMeta = child(node, 'goodsItem');
  const up = child(node, 'transportEquipment');
  const down = itemMeta && child(itemMeta, 'transportEquipment');
  if (!up || !down) return;
  // Only where equipment at the consignment meets the same condition (C3013/C3014) as on the items: IE3F10's
  // table cites C3013 (master level) on its house-level equipment, so there it stays on the items.
  if (JSON.stringify(up.conditions ?? []) !== JSON.stringify(down.conditions ?? [])) return;
  if (out.transportEquipment !== undefined || !Array.isArray(items) || items.length < 2) return;
  const all = items.map((i) => (isObj(i) ? i.transportEquipment : undefined));
  if (all.some((t) => !Array.isArray(t) || t.length === 0)) return;
  const first = JSON.stringify(all[0]);
  if (!all.every((t) => JSON.stringify(t) === first)) return;
  out.transportEquipment = all[0];
  out.goodsItem = items.map((i) => {
    const { transportEquipment: _drop, ...rest } = i as Obj;
    return rest;
  });
}

function hasEquipment(group: Obj): boolean {
  if (Array.isArray(group.transportEquipment) && group.transportEquipment.length > 0) return true;
  return (
    Array.isArray(group.goodsItem) &&
    group.goodsItem.some(
      (g) => isObj(g) && Array.isArray(g.transportEquipment) && g.transportEquipment.length > 0,
    )
  );
}

function checkKnownConditions(
  node: ElementMeta,
  v: unknown,
  path: ModelPath,
  report: (code: string, path: ModelPath, message: string, ref?: string) => void,
): void {
  if (Array.isArray(v)) {
    v.forEach((x, i) => checkKnownConditions(node, x, [...path, i], report));
    return;
  }
  if (!isObj(v) || node.encoding !== 'group') return;
  if (node.name === 'packaging' && typeof v.typeOfPackages === 'string') {
    const bulk = BULK_PACKAGE_TYPES.includes(v.typeOfPackages);
    for (const k of ['numberOfPackages', 'shippingMarks']) {
      if (!child(node, k)) continue;
      if (bulk && v[k] !== undefined) {
        report(
          'C3036',
          [...path, k],
          `Packaging type ${v.typeOfPackages} is bulk or unpacked: leave out ${k}`,
          'C3036',
        );
      } else if (!bulk && v[k] === undefined) {
        report(
          'C3036',
          [...path, k],
          `Packaging type ${v.typeOfPackages} is not bulk: ${k} is mandatory`,
          'C3036',
        );
      }
    }
  }
  if (child(node, 'containerIndicator') && child(node, 'transportEquipment')) {
    const ref = path.includes('consignmentHouseLevel') ? 'C3014' : 'C3013';
    if (v.containerIndicator === '1' && !hasEquipment(v)) {
      report(
        ref,
        [...path, 'transportEquipment'],
        'Container indicator 1 (containerised): give the transport equipment (containers), at consignment or goods-item level',
        ref,
      );
    } else if (v.containerIndicator === '0' && hasEquipment(v)) {
      report(
        ref,
        [...path, 'transportEquipment'],
        'Container indicator 0 (not containerised): transport equipment is not used',
        ref,
      );
    }
  }
  for (const c of node.children ?? []) {
    if (v[c.name] !== undefined) checkKnownConditions(c, v[c.name], [...path, c.name], report);
  }
}
