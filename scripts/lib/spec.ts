/** Loads the spec data under `spec/` (the facts; read only). */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

export const SPEC_DIR = join(import.meta.dirname, '..', '..', 'spec');

export interface SpecRow {
  level: number;
  kind: 'Composition' | 'Attribute';
  card: string;
  name: string;
  format: string | null;
  presence: 'M' | 'O' | 'C';
  rules: string[];
  conditions: string[];
  wcoId: string | null;
  xml: string | null;
  codeList: string | null;
  wcoPath: string | null;
  chunk: number;
  path: string | null;
  ancestorsInferred?: boolean;
  anomalies?: string[];
}

export interface SpecMessageFile {
  message: string;
  specVersion: string;
  complete: boolean;
  chunkCount: number;
  chunksPresent: number[];
  missingChunks: number[];
  root: { wcoClass: string; wcoPath: string; xml: string | null } | null;
  rows: SpecRow[];
}

export interface FilingType {
  code: string;
  message: string;
  amendment: string | null;
  category: 'sea' | 'air' | 'express' | 'postal' | 'road' | 'rail';
  kind: 'complete' | 'partial' | 'placi';
  level: 'master' | 'house' | 'master+house';
  description: string;
}

export interface MessageEntry {
  message: string;
  direction: 't2c' | 'c2t';
  purpose: string;
  correlatedBy: string | null;
}

export interface CodeListFile {
  id: string;
  name: string;
  usedBy: string[];
  complete: boolean;
  source: string;
  note?: string;
  values: { code: string; description: string }[];
}

export interface RuleEntry {
  id: string;
  kind?: string;
  summary?: string;
  [k: string]: unknown;
}

const json = <T>(...p: string[]): T => JSON.parse(readFileSync(join(SPEC_DIR, ...p), 'utf8')) as T;

export function loadFilingTypes(): FilingType[] {
  return json<{ filingTypes: FilingType[] }>('filing-types.json').filingTypes;
}

export function loadMessages(): MessageEntry[] {
  const list = json<{ messages: MessageEntry[] }>('messages.json').messages;
  return list;
}

export function loadMessageTable(id: string): SpecMessageFile | undefined {
  const p = join(SPEC_DIR, 'hti-ie-2.02', `${id}.json`);
  return existsSync(p) ? (JSON.parse(readFileSync(p, 'utf8')) as SpecMessageFile) : undefined;
}

export function loadCodeLists(): CodeListFile[] {
  return readdirSync(join(SPEC_DIR, 'codelists'))
    .filter((f) => /^CL\d+\.json$/.test(f))
    .sort()
    .map((f) => json<CodeListFile>('codelists', f));
}

export function loadRulesAndConditions(): { rules: RuleEntry[]; conditions: RuleEntry[]; source: unknown } {
  const raw = json<Record<string, unknown>>('hti-rules-conditions-2.01.json');
  return raw as never;
}
