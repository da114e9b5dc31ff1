/**
 * Evidence from real messages (spec/observed/): elements seen in real documents that our tables lack. Presence
 * only: the matcher uses it to choose among library types; the structure still comes from the library.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SPEC_DIR } from './spec';

export interface Observed {
  message: string;
  source: string;
  paths: string[];
}

export function loadObserved(dir = join(SPEC_DIR, 'observed')): Map<string, Observed> {
  const out = new Map<string, Observed>();
  if (!existsSync(dir)) return out;
  for (const f of readdirSync(dir).filter((x) => x.endsWith('.json')).sort()) {
    const o = JSON.parse(readFileSync(join(dir, f), 'utf8')) as Observed;
    out.set(o.message, o);
  }
  return out;
}
