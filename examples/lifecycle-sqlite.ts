/**
 * Persisting ENS dossiers in SQLite (better-sqlite3, a dev dependency: the library itself needs no
 * database). A TMS keeps one row per dossier (plain versioned JSON) and its message log; every message
 * received (read with `fromXml`) or sent is added with `addToDossier` and the dossier saved. After a
 * restart the dossier is reloaded with `loadDossier`, which replays the log and refuses a row that drifted.
 *
 * Run: npx tsx examples/lifecycle-sqlite.ts
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { fromXml, registry, toXml } from 'ics2';
import { normalizeInput, sampleFilingInput } from 'ics2/builders';
import { addToDossier, dossierReport, loadDossier, newDossier } from 'ics2/lifecycle';
import type { Dossier, LifecycleMessage } from 'ics2/lifecycle';

const dir = mkdtempSync(join(tmpdir(), 'ics2-dossiers-'));
const file = join(dir, 'tms.sqlite');

function open(): Database.Database {
  const db = new Database(file);
  db.pragma('journal_mode = WAL');
  db.exec(`CREATE TABLE IF NOT EXISTS dossier (id TEXT PRIMARY KEY, version INTEGER NOT NULL, status TEXT NOT NULL, json TEXT NOT NULL);
           CREATE TABLE IF NOT EXISTS message (dossier_id TEXT NOT NULL, seq INTEGER NOT NULL, message_type TEXT, json TEXT NOT NULL, PRIMARY KEY (dossier_id, seq));`);
  return db;
}

function save(db: Database.Database, d: Dossier): void {
  const tx = db.transaction(() => {
    db.prepare(
      'INSERT INTO dossier (id, version, status, json) VALUES (?, ?, ?, ?) ON CONFLICT(id) DO UPDATE SET version = excluded.version, status = excluded.status, json = excluded.json',
    ).run(d.id, d.version, dossierReport(d).status, JSON.stringify(d));
    const seq = d.log.length - 1;
    const last = d.log[seq];
    if (last)
      db.prepare(
        'INSERT OR IGNORE INTO message (dossier_id, seq, message_type, json) VALUES (?, ?, ?, ?)',
      ).run(d.id, seq, last.messageType ?? null, JSON.stringify(last));
  });
  tx();
}

function load(db: Database.Database, id: string): Dossier {
  const row = db.prepare('SELECT json FROM dossier WHERE id = ?').get(id) as { json: string } | undefined;
  if (!row) throw new Error(`no dossier ${id}`);
  const r = loadDossier(JSON.parse(row.json));
  if (!r.ok) throw new Error(r.issues.map((i) => i.message).join('; '));
  return r.value;
}

// An express PLACI (F32), then its registration as customs send it (XML in, fromXml).
const f32Input = {
  ...sampleFilingInput('IE3F32'),
  LRN: 'RXL-F32-2404120001',
  SpecificCircumstanceIndicator: 'F32',
};
const f32 = normalizeInput(registry.IE3F32.meta, f32Input).value;
const r01 = toXml('IE3R01', {
  LRN: 'RXL-F32-2404120001',
  MRN: '24DE12345678901TA0',
  registrationDate: '2024-04-12T10:00:00Z',
  SpecificCircumstanceIndicator: 'F32',
  addressedMemberState: { country: 'DE' },
});
if (!r01.ok) throw new Error('IE3R01 sample invalid');
const received = fromXml(r01.xml);
if (!received.ok || !received.messageType) throw new Error('IE3R01 not read');

let db = open();
let dossier = newDossier('SHIP-2404120001', {
  mode: 'express',
  carriage: 'air',
  arrangement: 'single',
  document: 'master-with-houses',
  roles: ['express-operator'],
  deadlineFacts: { departure: '2024-04-13T01:30:00Z', arrival: '2024-04-13T12:10:00Z' },
});
const inbox: LifecycleMessage[] = [
  { messageType: 'IE3F32', value: f32, messageId: 'as4-0001' },
  { messageType: received.messageType, value: received.value, refToMessageId: 'as4-0001' },
  {
    messageType: 'IE3N03',
    value: {
      MRN: '24DE12345678901TA0',
      completionDate: '2024-04-12T10:20:00Z',
      responsibleMemberState: { country: 'DE' },
    },
  },
];
for (const m of inbox) {
  const u = addToDossier(dossier, m);
  dossier = u.dossier;
  save(db, dossier);
  console.log(`${m.messageType}: ${u.happened.join('; ')}`);
}
db.close();

// "Restart": a new connection reloads the dossier and checks it against its message log.
db = open();
const reloaded = load(db, dossier.id);
const count = (
  db.prepare('SELECT COUNT(*) AS n FROM message WHERE dossier_id = ?').get(dossier.id) as { n: number }
).n;
const report = dossierReport(reloaded);
console.log(
  `reloaded ${reloaded.id}: ${Object.keys(reloaded.filings).length} filing(s), ${count} message(s) stored, status ${report.status}`,
);
for (const m of report.missing)
  console.log(
    `missing: ${m.role} ${m.codes.join(' or ')} by ${m.deadline?.deadline ?? '?'} (${m.deadline?.rule ?? m.deadlineIssues?.[0]?.message})`,
  );
db.close();
rmSync(dir, { recursive: true, force: true });

const ok =
  JSON.stringify(reloaded) === JSON.stringify(dossier) &&
  reloaded.filings['RXL-F32-2404120001']?.status === 'registered' &&
  report.missing.length === 1;
if (!ok) {
  console.log('FAILED: the reloaded dossier differs');
  process.exitCode = 1;
}
