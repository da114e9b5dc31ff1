/**
 * Where a rule or condition applies: every element whose metadata (`rules` / `conditions`, from the HTI
 * tables) lists its id, in the message at hand. Computed once per message metadata and cached.
 */
import type { ElementMeta, MessageMeta } from '../core/meta';
import { expand, type PathStep } from './paths';
import type { Finding, RuleContext, Scope } from './types';

/** An element of a message that a rule applies to: the steps of its parent (with `*` over arrays) and itself. */
export interface Target {
  /** Steps from the root to the parent element. */
  readonly parent: readonly PathStep[];
  readonly element: ElementMeta;
  readonly parentElement: ElementMeta;
  /** `consignmentMasterLevel/consignmentHouseLevel/goodsItem/commodity/cusCode` (no indexes). */
  readonly xmlPath: string;
}

/** One concrete occurrence of a {@link Target} in a message: the parent scope and the element's value there. */
export interface Site extends Scope {
  readonly parent: Scope;
  readonly name: string;
  readonly target: Target;
}

const byMeta = new WeakMap<MessageMeta, Map<string, Target[]>>();
const byFallback = new WeakMap<MessageMeta, Map<string, Target[]>>();

function walk(meta: MessageMeta, visit: (t: Target) => void): void {
  const rec = (el: ElementMeta, steps: PathStep[], names: string[]): void => {
    for (const c of el.children ?? []) {
      visit({ parent: steps, element: c, parentElement: el, xmlPath: [...names, c.name].join('/') });
      if (c.children)
        rec(c, [...steps, c.max > 1 ? { name: c.name, index: '*' } : { name: c.name }], [...names, c.name]);
    }
  };
  rec(meta.root, [], []);
}

function index(meta: MessageMeta): Map<string, Target[]> {
  let map = byMeta.get(meta);
  if (map) return map;
  map = new Map();
  const m = map;
  walk(meta, (t) => {
    for (const id of [...(t.element.rules ?? []), ...(t.element.conditions ?? [])]) {
      const list = m.get(id) ?? [];
      list.push(t);
      m.set(id, list);
    }
  });
  byMeta.set(meta, map);
  return map;
}

/**
 * The elements of a message that cite a rule or condition id (cached per message metadata). When none
 * does and a `fallback` is given (for ids the tables we hold never cite), the elements it selects.
 *
 * @example
 * ```ts
 * targetsOf(IE3F32Meta, 'C3034').map((t) => t.xmlPath); // ['declarant/address/postCode', ...]
 * ```
 */
export function targetsOf(
  meta: MessageMeta,
  id: string,
  fallback?: (target: Target) => boolean,
): readonly Target[] {
  const found = index(meta).get(id);
  if (found?.length || !fallback) return found ?? [];
  let map = byFallback.get(meta);
  if (!map) byFallback.set(meta, (map = new Map()));
  const hit = map.get(id);
  if (hit) return hit;
  const out: Target[] = [];
  walk(meta, (t) => {
    if (fallback(t)) out.push(t);
  });
  map.set(id, out);
  return out;
}

/**
 * Every ids cited anywhere in a message's metadata.
 *
 * @example
 * ```ts
 * citedIds(IE3F32Meta).includes('R3002'); // true
 * ```
 */
export function citedIds(meta: MessageMeta): string[] {
  return [...index(meta).keys()].sort();
}

const EXPANDED = new WeakMap<RuleContext, Map<readonly PathStep[], Scope[]>>();

/**
 * Every concrete occurrence of the targets in a message: one site per existing parent (the element itself
 * may be absent: `value` is then `undefined`, which is what conditions look at).
 *
 * @example
 * ```ts
 * sitesOf(ctx, targetsOf(ctx.meta, 'R3021')).filter((s) => s.value !== undefined);
 * ```
 */
export function sitesOf(ctx: RuleContext, targets: readonly Target[]): Site[] {
  const out: Site[] = [];
  const root: Scope = { path: [], value: ctx.data };
  // Sibling targets share their parent's steps (the same array): expand each parent once per run of a rule
  // set (the context lives for one run; every rule that looks at goods items shares one expansion).
  let parents = EXPANDED.get(ctx);
  if (parents === undefined) EXPANDED.set(ctx, (parents = new Map<readonly PathStep[], Scope[]>()));
  for (const t of targets) {
    let scopes = parents.get(t.parent);
    if (scopes === undefined) parents.set(t.parent, (scopes = expand(root, t.parent)));
    for (const parent of scopes) {
      if (parent.value === null || typeof parent.value !== 'object' || Array.isArray(parent.value)) continue;
      const name = t.element.name;
      out.push({
        parent,
        name,
        target: t,
        path: [...parent.path, name],
        value: (parent.value as Record<string, unknown>)[name],
      });
    }
  }
  return out;
}

/**
 * A check run at every site of an id (see {@link targetsOf} and {@link sitesOf}): the way official rules
 * follow the HTI tables into every message.
 *
 * @example
 * ```ts
 * const c = atSites('R3021', (_ctx, site) => (typeof site.value === 'string' && !checkContainerNumber(site.value).ok ? [{ path: site.path, message: 'bad' }] : []));
 * ```
 */
export function atSites(
  id: string,
  check: (ctx: RuleContext, site: Site) => Finding[],
  fallback?: (target: Target) => boolean,
): (ctx: RuleContext) => Finding[] {
  return (ctx) => {
    const targets = targetsOf(ctx.meta, id, fallback);
    if (!targets.length) return [];
    const out: Finding[] = [];
    const limit = ctx.budget?.remaining ?? Infinity;
    for (const site of sitesOf(ctx, targets)) {
      const found = check(ctx, site);
      for (let i = 0; i < found.length; i++) out.push(found[i]!);
      if (out.length > limit) break;
    }
    return out;
  };
}
