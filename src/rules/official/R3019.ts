/**
 * R3019 — when present, the value has 6 to 8 digits.
 * Not checkable: no table row we hold cites R3019, and its paraphrase does not name the element.
 */
import { official } from './support';

/**
 * R3019 (not checkable): the element it governs is unknown in the tables we hold.
 *
 * @example
 * ```ts
 * R3019.status; // 'not-checkable'
 * ```
 */
export const R3019 = official(
  'R3019',
  {
    status: 'not-checkable',
    note: 'Not checkable locally because no table row we hold cites R3019 and the summary does not name the element; combine matches(path, /^\\d{6,8}$/) yourself once you know it.',
    example: { error: 'value "12345" (5 digits)', fix: 'give 6 to 8 digits, e.g. "123456"' },
  },
  () => [],
);
