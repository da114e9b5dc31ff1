/** A small argument parser: positionals, `--key value`, `--key=value` and boolean flags. Node built-ins only. */

export interface Args {
  command: string | undefined;
  positionals: string[];
  /** Options by their camelCase name (`--sent-type` -> `sentType`). */
  options: Record<string, string>;
  flags: Set<string>;
}

const camel = (s: string): string => s.replace(/-([a-z])/g, (_, c: string) => c.toUpperCase());

/** Parse `argv` (without node and the script); `booleans` are the flags that take no value. */
export function parseArgs(argv: readonly string[], booleans: ReadonlySet<string>): Args {
  const positionals: string[] = [];
  const options: Record<string, string> = {};
  const flags = new Set<string>();
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--') {
      positionals.push(...argv.slice(i + 1));
      break;
    }
    if (a.startsWith('--') && a.length > 2) {
      const eq = a.indexOf('=');
      const key = camel(eq > 0 ? a.slice(2, eq) : a.slice(2));
      if (eq > 0) options[key] = a.slice(eq + 1);
      else if (booleans.has(key)) flags.add(key);
      else if (i + 1 < argv.length && !argv[i + 1]!.startsWith('--')) options[key] = argv[++i]!;
      else flags.add(key);
    } else if (a === '-h') flags.add('help');
    else positionals.push(a);
  }
  return { command: positionals.shift(), positionals, options, flags };
}
