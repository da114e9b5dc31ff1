/**
 * A length of time, in milliseconds and in words.
 *
 * @example
 * ```ts
 * const d: DurationInfo = { ms: 5_400_000, text: '1 h 30 min' };
 * ```
 */
export interface DurationInfo {
  ms: number;
  text: string;
}

const UNITS = [
  ['d', 86_400_000],
  ['h', 3_600_000],
  ['min', 60_000],
  ['s', 1_000],
] as const;

/**
 * Describe a duration in days, hours, minutes and seconds, leaving out zero units (`'1 d 2 h 5 min'`).
 * The sign is ignored and parts of a second are dropped; under one second reads `'0 s'`.
 *
 * @example
 * ```ts
 * describeDuration(93_784_000); // { ms: 93784000, text: '1 d 2 h 3 min 4 s' }
 * ```
 */
export function describeDuration(ms: number): DurationInfo {
  let rest = Math.floor(Math.abs(ms) / 1000) * 1000;
  const parts: string[] = [];
  for (const [unit, size] of UNITS) {
    const n = Math.floor(rest / size);
    if (n > 0) parts.push(`${n} ${unit}`);
    rest -= n * size;
  }
  return { ms, text: parts.length > 0 ? parts.join(' ') : '0 s' };
}
