/**
 * Validation of one message module, with no registry of the 84 and no zod: the compiled structural validator
 * (`core/compiled.ts`), then the rules and conditions. `validate` (string id or module) and the per-message
 * entry point `ics2/lite` both run this.
 */
import { codeListsFrom, compiledValidator, DEFAULT_MAX_ISSUES, type CodeLists } from './core/compiled';
import { issue, type Issue, type Result } from './core/issue';
import { tooManyIssues } from './core/issueText';
import type { MessageMeta } from './core/meta';
import type { MessageModule } from './core/messageModule';
import { runRules, type RuleOptions } from './rules/engine';

/** Options of `validate`. */
export interface ValidateOptions {
  /** Rules and conditions: `false` checks structure only; otherwise options for the rule engine. */
  rules?: false | RuleOptions;
  /**
   * At most this many issues are reported (default 1000); past it a final `too_many_issues` issue says how
   * many were left out, and the rules stop.
   */
  maxIssues?: number;
}

const LISTS = new WeakMap<MessageModule, CodeLists>();

/** The code lists of a message module (cached per module). */
function listsOf(m: MessageModule): CodeLists {
  let l = LISTS.get(m);
  if (l === undefined) LISTS.set(m, (l = codeListsFrom(m.completeLists, m.partialLists)));
  return l;
}

/** Read the options defensively: `null` means the defaults; anything but an object is an issue. */
function readOptions(meta: MessageMeta, options: unknown): { ok: true; value: ValidateOptions } | { ok: false; issue: Issue } {
  if (options === undefined || options === null) return { ok: true, value: {} };
  if (typeof options !== 'object' || Array.isArray(options))
    return {
      ok: false,
      issue: issue('invalid_options', [], `/${meta.id}`, `The options must be an object (or left out), got ${Array.isArray(options) ? 'an array' : typeof options}`),
    };
  return { ok: true, value: options as ValidateOptions };
}

/**
 * Validate data against metadata and code lists (the core of `validate`). Never throws.
 *
 * @example
 * ```ts
 * validateWith(IE3F32Message.meta, lists, data, { rules: false });
 * ```
 */
export function validateWith(meta: MessageMeta, lists: CodeLists, data: unknown, options?: ValidateOptions | null): Result<unknown> {
  const o = readOptions(meta, options);
  if (!o.ok) return { ok: false, issues: [o.issue] };
  const rawMax = o.value.maxIssues;
  const max = typeof rawMax === 'number' && rawMax >= 1 ? Math.floor(rawMax) : DEFAULT_MAX_ISSUES;
  const structure = compiledValidator(meta, lists)(data, max);
  const issues = structure.issues;
  let leftOut = structure.leftOut;
  let leftOutErrors = structure.leftOutErrors;
  let rulesStopped = false;
  if (o.value.rules !== false) {
    // Errors already left out: the message fails anyway, the rules would only add to what is not shown.
    if (leftOutErrors > 0) rulesStopped = true;
    else {
      try {
        const found = runRules(meta, data, { ...(o.value.rules ?? {}), maxFindings: max });
        if (found.length >= max) rulesStopped = true;
        for (let i = 0; i < found.length; i++) {
          const f = found[i]!;
          if (issues.length < max) issues.push(f);
          else {
            leftOut++;
            if (f.severity === 'error') leftOutErrors++;
          }
        }
      } catch (e) {
        issues.push(issue('rules_failed', [], `/${meta.id}`, `A rule could not run on this input: ${e instanceof Error ? e.message : String(e)}`));
      }
    }
  }
  if (leftOut > 0 || rulesStopped) issues.push(tooManyIssues(meta, max, leftOut, rulesStopped, leftOutErrors > 0 || rulesStopped));
  let error = false;
  for (let i = 0; i < issues.length; i++) if (issues[i]!.severity === 'error') error = true;
  if (error) return { ok: false, issues };
  return issues.length ? { ok: true, value: data, issues } : { ok: true, value: data };
}

/**
 * Validate data as one message, given its module (`IE3F32Message` from `ics2/messages/IE3F32`): structure,
 * formats, code lists, then the rules and conditions. Pulls in no other message. Never throws.
 *
 * @example
 * ```ts
 * import { IE3F32Message } from 'ics2/messages/IE3F32';
 * import { validate } from 'ics2/lite';
 * const r = validate(IE3F32Message, data);
 * if (!r.ok) for (const i of r.issues) console.log(i.pointer, i.message);
 * ```
 */
export function validateMessage<Id extends string, T>(
  message: MessageModule<Id, T>,
  data: unknown,
  options?: ValidateOptions | null,
): Result<T> {
  return validateWith(message.meta, listsOf(message), data, options) as Result<T>;
}
