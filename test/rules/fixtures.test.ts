/**
 * Runs every rule fixture (`test/fixtures/rules/<id>/*.json`, in the style of HMRC's ENS rule tests) through
 * `validate()` and compares the issues of that id exactly (code, path, severity).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { MessageType } from '../../src/generated/catalogue';
import { registry } from '../../src/generated/registry';
import { officialRules } from '../../src/rules/official/index';
import { parsePath } from '../../src/rules/paths';
import { validate } from '../../src/validate';
import { maximalInstance, minimalInstance } from '../support/instances';

interface Patch {
  base: 'minimal' | 'maximal';
  cap?: number;
  unset?: string[];
  set?: Record<string, unknown>;
}
interface Fixture {
  messageType: MessageType;
  description: string;
  data: Patch | Record<string, unknown>;
  expected: { code: string; path: (string | number)[]; severity: 'error' | 'warning' }[];
}

const root = join(dirname(fileURLToPath(import.meta.url)), '..', 'fixtures', 'rules');

/** Apply `fn` to every parent object a wildcard path reaches (creating single objects on the way). */
function visit(
  data: unknown,
  path: string,
  fn: (parent: Record<string, unknown>, key: string | number) => void,
): void {
  const steps = parsePath(path);
  let current: unknown[] = [data];
  steps.forEach((step, s) => {
    const last = s === steps.length - 1;
    const next: unknown[] = [];
    for (const node of current) {
      if (node === null || typeof node !== 'object') continue;
      const obj = node as Record<string, unknown>;
      if (step.index === undefined) {
        if (last) fn(obj, step.name);
        else next.push((obj[step.name] ??= {}));
      } else {
        const list = (obj[step.name] ??= []) as unknown[];
        const idx = step.index === '*' ? list.map((_, i) => i) : [step.index];
        for (const i of idx) {
          if (last) fn(list as unknown as Record<string, unknown>, i);
          else next.push((list[i] ??= {}));
        }
      }
    }
    current = next;
  });
}

function build(f: Fixture): unknown {
  const d = f.data as Patch;
  if (d.base !== 'minimal' && d.base !== 'maximal') return f.data;
  const meta = registry[f.messageType].meta;
  const data = d.base === 'minimal' ? minimalInstance(meta) : maximalInstance(meta, d.cap ?? 1);
  for (const p of d.unset ?? []) {
    visit(data, p, (parent, key) => {
      if (Array.isArray(parent)) parent.splice(Number(key), 1);
      else delete parent[key as string];
    });
  }
  for (const [p, v] of Object.entries(d.set ?? {}))
    visit(data, p, (parent, key) => ((parent as Record<string | number, unknown>)[key] = structuredClone(v)));
  return data;
}

const ids = readdirSync(root).sort();

describe('rule fixtures', () => {
  it('exist for every official rule and condition', () => {
    for (const r of officialRules) expect(ids, r.id).toContain(r.id);
  });

  for (const id of ids) {
    const files = readdirSync(join(root, id))
      .filter((f) => f.endsWith('.json'))
      .sort();
    describe(id, () => {
      for (const file of files) {
        const f = JSON.parse(readFileSync(join(root, id, file), 'utf8')) as Fixture;
        it(`${file}: ${f.description}`, () => {
          const r = validate(f.messageType, build(f));
          const issues = (r.ok ? (r.issues ?? []) : r.issues).filter((i) => i.code === id);
          expect(issues.map(({ code, path, severity }) => ({ code, path, severity }))).toEqual(f.expected);
          for (const i of issues) expect(i.ref).toBe(id);
        });
      }
    });
  }
});
