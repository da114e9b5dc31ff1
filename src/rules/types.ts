/**
 * The types shared by the rule combinators, the official rules and the engine.
 */
import type { ModelPath, Severity } from '../core/issue';
import type { MessageMeta } from '../core/meta';
import type { MessageType } from '../generated/catalogue';

/** A place in the message being checked: a concrete model path (0-based indexes) and the value there. */
export interface Scope {
  readonly path: ModelPath;
  readonly value: unknown;
}

/** What every check sees: the message metadata and the whole message. */
export interface RuleContext {
  readonly meta: MessageMeta;
  readonly data: unknown;
  /** How many more findings the caller takes (the issue cap): checks that find many may stop there. */
  readonly budget?: { readonly remaining: number };
}

/** One problem found by a check, before it becomes an `Issue` (the rule adds code, pointer and ref). */
export interface Finding {
  readonly path: ModelPath;
  readonly message: string;
  /** Overrides the rule's severity (e.g. a stop word "not yet enforced"). */
  readonly severity?: Severity;
}

/** A check: findings at a scope (the message root unless a combinator such as `forEach` narrows it). */
export type Check = (ctx: RuleContext, scope: Scope) => Finding[];

/** A test on a scope, used by `when`. */
export type Predicate = (ctx: RuleContext, scope: Scope) => boolean;

/**
 * How far a rule can be checked here: `checked` fully; `partial` (part needs data we do not hold, see `note`);
 * `external` (needs external data or other filings: only the local part is checked); `not-checkable`.
 */
export type RuleStatus = 'checked' | 'partial' | 'external' | 'not-checkable';

/** Description of a rule, given to {@link Rule} constructors. */
export interface RuleInfo {
  /** One-line summary (the catalogue paraphrase for official rules). */
  readonly summary: string;
  /** `rule` (R30xx), `condition` (C30xx), `guidance` (stop-word advice) or `custom` (yours). Default `custom`. */
  readonly kind?: 'rule' | 'condition' | 'guidance' | 'custom';
  /** Severity of its findings. Default `error`. */
  readonly severity?: Severity;
  /** Only run for these message types (`['IE3F32']`); default: every message. */
  readonly messages?: readonly MessageType[];
  readonly status?: RuleStatus;
  /** Where the rule applies when no HTI table row cites its id (otherwise derived from the element metadata). */
  readonly appliesTo?: string;
  /** What is not checked and why. */
  readonly note?: string;
  /** A documented example: an invalid value and its fix (for `docs/rules.md`). */
  readonly example?: { readonly error: string; readonly fix: string };
}

/** A rule: an id (`R3021`, `C3034`, `company-ucr`), its description and its check. */
export interface Rule extends RuleInfo {
  readonly id: string;
  readonly kind: 'rule' | 'condition' | 'guidance' | 'custom';
  readonly severity: Severity;
  readonly status: RuleStatus;
  readonly check: Check;
}
