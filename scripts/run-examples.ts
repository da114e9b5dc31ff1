/**
 * Runs every example in examples/ (each must exit 0) and writes .ci/out/examples.json with the counts.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..');
const files = readdirSync(join(root, 'examples'))
  .filter((f) => f.endsWith('.ts'))
  .sort();
let passed = 0;
let failed = 0;
for (const f of files) {
  const r = spawnSync(process.execPath, ['--import', 'tsx', join('examples', f)], { cwd: root, encoding: 'utf8', timeout: 120_000 });
  if (r.status === 0) {
    passed++;
    console.log(`ok   ${f}`);
  } else {
    failed++;
    console.log(`FAIL ${f} (exit ${r.status})\n${r.stdout.slice(-2000)}\n${r.stderr.slice(-2000)}`);
  }
}
mkdirSync(join(root, '.ci', 'out'), { recursive: true });
writeFileSync(join(root, '.ci', 'out', 'examples.json'), JSON.stringify({ passed, failed, files }));
console.log(`examples: ${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
