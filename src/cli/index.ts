#!/usr/bin/env node
/**
 * The `ics2` executable (package `bin`): `ics2 validate`, `convert`, `explain`, `deadline`, `filings`,
 * `schema`, `sample`, `info`. See `ics2 help`.
 */
import { main } from './main';

main(process.argv.slice(2), {
  out: (s) => void process.stdout.write(s),
  err: (s) => void process.stderr.write(s),
  tty: process.stderr.isTTY === true,
}).then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    process.stderr.write(`ics2: ${e instanceof Error ? e.message : String(e)}\n`);
    process.exitCode = 2;
  },
);
