/**
 * Where a rule or condition applies: every element whose metadata (`rules` / `conditions`, from the HTI
 * tables) lists its id, in the message at hand. Computed once per message metadata and cached.
 */
import type { ElementMeta, MessageMeta } from '../core/meta';
import { expand, expandStep, type PathStep } from './paths';
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

const ALL = new WeakMap<MessageMeta, readonly Target[]>();
/** The steps of a group's parent, for the steps of each group (made by `allTargets`): expansions build on it. */
const PREFIX = new WeakMap<readonly PathStep[], readonly PathStep[]>();

/** Every element of a message as a target, parents before children (made once per message metadata). */
function allTargets(meta: MessageMeta): readonly Target[] {
  const hit = ALL.get(meta);
  if (hit) return hit;
  const out: Target[] = [];
  const rec = (el: ElementMeta, steps: PathStep[], names: string[]): void => {
    for (const c of el.children ?? []) {
      out.push({ parent: steps, element: c, parentElement: el, xmlPath: [...names, c.name].join('/') });
      if (c.children) {
        const next = [...steps, c.max > 1 ? { name: c.name, index: '*' as const } : { name: c.name }];
        PREFIX.set(next, steps);
        rec(c, next, [...names, c.name]);
      }
    }
  };
  rec(meta.root, [], []);
  ALL.set(meta, out);
  return out;
}

function walk(meta: MessageMeta, visit: (t: Target) => void): void {
  for (const t of allTargets(meta)) visit(t);
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

const EXPANDED = new WeakMap<RuleContext, Expansions>();

/**
 * The scopes reached by parent steps in one run: `final` as {@link expand} gives them, `inner` as the steps
 * of a longer path (an array met without an index is then entered), which the deeper groups build on.
 */
interface Expansions {
  readonly final: Map<readonly PathStep[], Scope[]>;
  readonly inner: Map<readonly PathStep[], Scope[]>;
  root: Scope | undefined;
}

/** Where a rule set's run keeps its parent expansions: on the context it creates (see {@link runContext}). */
const SITES: unique symbol = Symbol('ics2.sites');

/** The expansions of one run, valid for the message and data they were made from. */
interface SiteCache {
  readonly meta: MessageMeta;
  readonly data: unknown;
  readonly parents: Expansions;
}

/**
 * The context of one run of a rule set: `{ meta, data, budget }` carrying the cache of parent expansions
 * that every rule of the run shares (instead of a WeakMap entry per run). A context copied with other data
 * (`{ ...ctx, data }`) does not use it: the cache is checked against the message and data it was made for.
 *
 * @example
 * ```ts
 * const ctx = runContext(IE3F32Meta, data, { remaining: 1000 });
 * ```
 */
export function runContext(meta: MessageMeta, data: unknown, budget: { remaining: number }): RuleContext {
  const cache: SiteCache = { meta, data, parents: { final: new Map(), inner: new Map(), root: undefined } };
  return { meta, data, budget, [SITES]: cache } as RuleContext;
}

/** The parent expansions shared by the rules of one run (the context's own, else one per context object). */
function parentsOf(ctx: RuleContext): Expansions {
  const own = (ctx as { [SITES]?: SiteCache })[SITES];
  if (own !== undefined && own.data === ctx.data && own.meta === ctx.meta) return own.parents;
  let parents = EXPANDED.get(ctx);
  if (parents === undefined) EXPANDED.set(ctx, (parents = { final: new Map(), inner: new Map(), root: undefined }));
  return parents;
}

/**
 * `expand(root, steps)`, from the cached scopes of the steps' prefix when the steps are a group's (one step
 * further instead of from the root: every group under the goods items builds on one expansion of them).
 */
function scopesOf(x: Expansions, data: unknown, steps: readonly PathStep[], final: boolean): Scope[] {
  // A last step with an index reaches the same scopes as a final or an inner step: one entry serves both.
  const cache = final && steps.length > 0 && steps[steps.length - 1]!.index === undefined ? x.final : x.inner;
  let scopes = cache.get(steps);
  if (scopes !== undefined) return scopes;
  if (steps.length === 0) scopes = [(x.root ??= { path: [], value: data })];
  else {
    const prefix = PREFIX.get(steps);
    if (prefix === undefined) {
      const root = (x.root ??= { path: [], value: data });
      if (final) scopes = expand(root, steps);
      else {
        scopes = [root];
        for (const step of steps) scopes = expandStep(scopes, step, false);
      }
    } else scopes = expandStep(scopesOf(x, data, prefix, false), steps[steps.length - 1]!, final);
  }
  cache.set(steps, scopes);
  return scopes;
}

/** `path` followed by `name`, as a new array. */
function childPath(path: readonly (string | number)[], name: string): (string | number)[] {
  const n = path.length;
  const out = new Array<string | number>(n + 1);
  for (let i = 0; i < n; i++) out[i] = path[i]!;
  out[n] = name;
  return out;
}

/**
 * Visit every site of the targets, in the order of {@link sitesOf}; stop when `visit` returns `true`.
 * Sibling targets share their parent's steps (the same array): each parent is expanded once per run of a
 * rule set (every rule that looks at goods items shares one expansion).
 */
function eachSite(ctx: RuleContext, targets: readonly Target[], visit: (site: Site) => boolean): void {
  const parents = parentsOf(ctx);
  for (let t = 0; t < targets.length; t++) {
    const target = targets[t]!;
    const scopes = scopesOf(parents, ctx.data, target.parent, true);
    const name = target.element.name;
    for (let i = 0; i < scopes.length; i++) {
      const parent = scopes[i]!;
      const v = parent.value;
      if (v === null || typeof v !== 'object' || Array.isArray(v)) continue;
      const site: Site = { parent, name, target, path: childPath(parent.path, name), value: (v as Record<string, unknown>)[name] };
      if (visit(site)) return;
    }
  }
}

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
  eachSite(ctx, targets, (site) => {
    out.push(site);
    return false;
  });
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
  // The targets of the last message checked (a rule set runs on one message after another of one type).
  let lastMeta: MessageMeta | undefined;
  let lastTargets: readonly Target[] = [];
  return (ctx) => {
    if (ctx.meta !== lastMeta) {
      lastTargets = targetsOf(ctx.meta, id, fallback);
      lastMeta = ctx.meta;
    }
    const targets = lastTargets;
    if (!targets.length) return [];
    const out: Finding[] = [];
    const limit = ctx.budget?.remaining ?? Infinity;
    eachSite(ctx, targets, (site) => {
      const found = check(ctx, site);
      for (let i = 0; i < found.length; i++) out.push(found[i]!);
      return out.length > limit;
    });
    return out;
  };
}
