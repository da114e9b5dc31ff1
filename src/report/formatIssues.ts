/**
 * `formatIssues`: a readable report of issues, grouped by element, each with a fix.
 */
import type { Issue } from '../core/issue';
import { ruleCatalogue } from '../generated/rules';
import { officialRules } from '../rules/index';

/** Options of {@link formatIssues}. */
export interface FormatIssuesOptions {
  /** `text` (default): plain lines for a terminal or a log; `markdown`: headings and lists for a ticket or a PR. */
  format?: 'text' | 'markdown';
  /** A title line (a file name, a message type). */
  title?: string;
}

let fixes: Map<string, string> | undefined;
const documentedFix = (id: string): string | undefined =>
  (fixes ??= new Map(
    officialRules.flatMap((r) => (r.example?.fix ? [[r.id, r.example.fix] as const] : [])),
  )).get(id);

const leafName = (i: Issue): string => {
  const last = [...i.path].reverse().find((s): s is string => typeof s === 'string');
  return last ?? (i.pointer.split('/').filter(Boolean).at(-1) ?? 'the element').replace(/\[\d+\]$/, '');
};

/**
 * How to fix one issue, in one sentence: from the documented fix of a rule or condition, or from the
 * structural code and its reference (format, code list, cardinality).
 *
 * @example
 * ```ts
 * fixFor({ code: 'too_long', severity: 'error', path: ['LRN'], pointer: '/IE3F32/LRN', message: '...', ref: 'an..22' });
 * // 'Shorten LRN to at most the format an..22'
 * ```
 */
export function fixFor(i: Issue): string {
  const name = leafName(i);
  const ref = i.ref ? ` ${i.ref}` : '';
  const known = documentedFix(i.code);
  if (known) return known.charAt(0).toUpperCase() + known.slice(1);
  const rule = ruleCatalogue[i.code];
  if (rule)
    return `${rule.kind === 'condition' ? 'Give or leave out' : 'Correct'} ${name} so that: ${rule.summary}`;
  switch (i.code) {
    case 'missing':
      return `Add ${name}${i.ref ? ` (cardinality ${i.ref})` : ''}`;
    case 'too_long':
      return `Shorten ${name} to at most the format${ref}`;
    case 'too_short':
    case 'blank':
      return `Give ${name} a value of the format${ref}`;
    case 'invalid_format':
      return i.ref?.startsWith('an20')
        ? `Write ${name} as a UTC date-time YYYY-MM-DDThh:mm:ssZ, without fractions`
        : `Write ${name} in the format${ref}`;
    case 'invalid_code':
      return `Use a code of${ref || ' the code list'} for ${name}`;
    case 'unknown_code':
      return `Check ${name} against${ref || ' the code list'}: we hold part of the list only`;
    case 'too_few':
    case 'too_many':
      return `Give ${name}${i.ref ? ` ${i.ref}` : ' the allowed number of'} repetitions`;
    case 'number_not_allowed':
      return `Pass ${name} as a decimal string ('12.5'), not a number`;
    case 'unexpected':
    case 'unknown_element':
      return `Remove ${name}, or check its name and place against the message's structure`;
    case 'invalid_type':
      return `Give ${name} the expected kind of value (text, a list or an element group)`;
    case 'whitespace':
      return `Remove leading, trailing and repeated white space from ${name}`;
    case 'invalid_character':
      return `Remove the character XML 1.0 does not allow from ${name}`;
    default:
      return i.message;
  }
}

/**
 * A readable report of issues, grouped by element (XML pointer), errors before warnings, each issue with its
 * code (a structural code or the rule or condition id), message and fix. Plain text or Markdown.
 *
 * @example
 * ```ts
 * import { formatIssues, validate } from 'ics2';
 * const r = validate('IE3F32', data);
 * if (!r.ok) console.log(formatIssues(r.issues, { format: 'markdown', title: 'f32.json' }));
 * ```
 */
export function formatIssues(issues: readonly Issue[], options: FormatIssuesOptions = {}): string {
  const md = options.format === 'markdown';
  const errors = issues.filter((i) => i.severity === 'error').length;
  const warnings = issues.length - errors;
  const groups = new Map<string, Issue[]>();
  for (const i of issues) {
    const key = i.pointer || '/';
    const g = groups.get(key);
    if (g) g.push(i);
    else groups.set(key, [i]);
  }
  const plural = (n: number, w: string): string => `${n} ${w}${n === 1 ? '' : 's'}`;
  const summary =
    issues.length === 0
      ? 'No issues.'
      : `${plural(errors, 'error')}, ${plural(warnings, 'warning')} in ${plural(groups.size, 'element')}.`;
  const out: string[] = [];
  if (md) {
    if (options.title) out.push(`## ${options.title}`, '');
    out.push(summary);
  } else {
    if (options.title) out.push(options.title);
    out.push(summary);
  }
  const ordered = [...groups].sort(
    ([, a], [, b]) =>
      Number(b.some((i) => i.severity === 'error')) - Number(a.some((i) => i.severity === 'error')),
  );
  for (const [pointer, list] of ordered) {
    list.sort((a, b) => (a.severity === b.severity ? 0 : a.severity === 'error' ? -1 : 1));
    out.push('');
    if (md) {
      out.push(`### \`${pointer}\``, '');
      for (const i of list) {
        out.push(
          `- **${i.severity}** \`${i.code}\`${i.ref && i.ref !== i.code ? ` (${i.ref})` : ''}: ${i.message}`,
        );
        out.push(`  - fix: ${fixFor(i)}`);
      }
    } else {
      out.push(pointer);
      for (const i of list) {
        out.push(`  ${i.severity} ${i.code}${i.ref && i.ref !== i.code ? ` (${i.ref})` : ''}: ${i.message}`);
        out.push(`    fix: ${fixFor(i)}`);
      }
    }
  }
  return out.join('\n') + '\n';
}
