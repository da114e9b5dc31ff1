/**
 * Run one rule over a message and turn its findings into `Issue`s.
 */
import { issue, type Issue, type Severity } from '../core/issue';
import { pointerFor } from '../core/pointer';
import type { Rule, RuleContext } from './types';

/**
 * The issues of one rule: `code` and `ref` are the rule id, the pointer is computed from the model path.
 * A rule that throws yields one `rule_failed` issue instead (never a throw).
 *
 * @example
 * ```ts
 * runRule(R3021, { meta: IE3F32Meta, data });
 * ```
 */
export function runRule(rule: Rule, ctx: RuleContext, severity: Severity = rule.severity): Issue[] {
  try {
    const found = rule.check(ctx, { path: [], value: ctx.data });
    // Past the caller's budget (the issue cap) the findings are not turned into issues: one over says "more".
    const n = Math.min(found.length, (ctx.budget?.remaining ?? Infinity) + 1);
    const out: Issue[] = new Array<Issue>(n);
    for (let i = 0; i < n; i++) {
      const f = found[i]!;
      out[i] = issue(rule.id, f.path, pointerFor(ctx.meta, f.path), f.message, {
        severity: severity === 'warning' ? 'warning' : (f.severity ?? severity),
        ref: rule.id,
      });
    }
    return out;
  } catch (e) {
    return [
      issue(
        'rule_failed',
        [],
        `/${ctx.meta.id}`,
        `Rule ${rule.id} could not run: ${e instanceof Error ? e.message : String(e)}`,
        {
          ref: rule.id,
        },
      ),
    ];
  }
}
