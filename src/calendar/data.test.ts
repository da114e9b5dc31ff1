import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  CITATIONS,
  DEADLINE_ROWS,
  FILING_PLANS,
  FILING_TYPES,
  RELEASES,
  ROLLOUT_TRACKS,
  SOURCES,
  WAIVERS,
} from './data';
import type { Citation, CitationKey, FilingPlan } from './data';

const spec = (name: string) =>
  JSON.parse(readFileSync(new URL(`../../spec/${name}`, import.meta.url), 'utf8'));
const legal = spec('legal.json') as {
  sources: { id: string; url: string }[];
  articles: { ref: string; confidence: string; numbers: Record<string, unknown> }[];
  rollout: {
    releases: { release: string; goLive: string; deploymentWindows: { end: string; confidence: string }[] }[];
  };
};
const article = (ref: string) => {
  const a = legal.articles.find((x) => x.ref === ref);
  if (!a) throw new Error(`no article ${ref}`);
  return a;
};

/** Which legal.json article each citation copies. */
const LEGAL_REF: Partial<Record<CitationKey, string>> = {
  ucc127_1: 'UCC Art. 127(1)',
  ucc127_2a: 'UCC Art. 127(2)(a)',
  ucc127_2b: 'UCC Art. 127(2)(b)',
  ucc127_4: 'UCC Art. 127(4)',
  ucc127_6: 'UCC Art. 127(6)',
  da104_1a: 'DA Art. 104(1)(a)',
  da104_1b: 'DA Art. 104(1)(b)',
  da104_1c: 'DA Art. 104(1)(c)',
  da104_1d: 'DA Art. 104(1)(d)',
  da104_1e: 'DA Art. 104(1)(e)',
  da104_1f: 'DA Art. 104(1)(f)',
  da104_1g: 'DA Art. 104(1)(g)',
  da104_1h: 'DA Art. 104(1)(h)',
  da104_1i: 'DA Art. 104(1)(i)',
  da104_1j: 'DA Art. 104(1)(j)',
  da104_1k: 'DA Art. 104(1)(k)',
  da104_1_afterK_supplies: 'DA Art. 104(1)(l) to end',
  da104_1_afterK_carnet: 'DA Art. 104(1)(l) to end',
  da104_2: 'DA Art. 104(2) (postal consignments)',
  euChAnnexI: 'EU-CH Agreement, Annex I waiver list (mirror of DA Art. 104)',
  da105a: 'DA Art. 105(a)',
  da105b: 'DA Art. 105(b)',
  da105c: 'DA Art. 105(c)',
  da105d: 'DA Art. 105(d)',
  da106_1a: 'DA Art. 106(1)',
  da106_1b: 'DA Art. 106(1)',
  da106_2: 'DA Art. 106(2)',
  da106_3: 'DA Art. 106(3)',
  da107a: 'DA Art. 107(a)',
  da107b: 'DA Art. 107(b)',
  daInlandWaterways: 'DA (inland waterways)',
  da108: 'DA Art. 108',
  da109: 'DA Art. 109 (combined transport)',
  da112: 'DA Art. 112',
  da113: 'DA Art. 113 and 113a',
  euCh: 'EU-CH Agreement of 25 June 2009 (SR 0.631.242.05), Chapter III',
  eeaP10: 'EEA Protocol 10, Art. 9b (EU-Norway)',
};

describe('data: copied faithfully from spec/legal.json', () => {
  it.each(Object.entries(LEGAL_REF))('%s keeps the confidence of legal.json "%s"', (key, ref) => {
    expect(CITATIONS[key as CitationKey].confidence).toBe(article(ref).confidence);
  });

  it('every citation names sources that exist', () => {
    for (const [key, c] of Object.entries(CITATIONS) as [string, Citation][]) {
      if (c.source === 'none read') continue;
      for (const id of c.source.split(';').map((s) => s.trim())) {
        expect(Object.keys(SOURCES), `${key}: ${id}`).toContain(id);
      }
    }
  });

  it('sources match legal.json (same ids, same urls)', () => {
    for (const s of legal.sources) expect(SOURCES[s.id as keyof typeof SOURCES]?.url).toBe(s.url);
  });

  it('hours in the time-limit table match legal.json numbers', () => {
    expect(DEADLINE_ROWS['sea-containerised'].hours).toBe(article('DA Art. 105(a)').numbers['hours']);
    expect(DEADLINE_ROWS['sea-bulk'].hours).toBe(article('DA Art. 105(b)').numbers['hours']);
    expect(DEADLINE_ROWS['sea-short-sea'].hours).toBe(article('DA Art. 105(c)').numbers['hours']);
    expect(DEADLINE_ROWS['sea-outermost-regions'].hours).toBe(article('DA Art. 105(d)').numbers['hours']);
    expect(DEADLINE_ROWS['air-complete-long-flight'].hours).toBe(
      article('DA Art. 106(1)').numbers['longFlightHoursBeforeArrival'],
    );
    expect(DEADLINE_ROWS['rail-short-journey'].hours).toBe(
      article('DA Art. 107(a)').numbers['hoursBeforeArrival'],
    );
    expect(DEADLINE_ROWS['rail-other'].hours).toBe(article('DA Art. 107(b)').numbers['hoursBeforeArrival']);
    expect(DEADLINE_ROWS['inland-waterways'].hours).toBe(
      article('DA (inland waterways)').numbers['hoursBeforeArrival'],
    );
    expect(DEADLINE_ROWS.road.hours).toBe(article('DA Art. 108').numbers['hoursBeforeArrival']);
  });

  it('every row of the time-limit table cites its article', () => {
    for (const row of Object.values(DEADLINE_ROWS)) {
      expect(row.citation.act).toContain('2015/2446');
      expect(row.label.length).toBeGreaterThan(0);
    }
    expect(DEADLINE_ROWS['combined-transport'].citation.wording).toBe('not-read');
    expect(DEADLINE_ROWS['inland-waterways'].citation.wording).toBe('not-read');
  });

  it('go-live dates and window ends match legal.json rollout', () => {
    for (const r of legal.rollout.releases) {
      expect(RELEASES[r.release as keyof typeof RELEASES].goLive).toBe(r.goLive);
    }
    const ends = legal.rollout.releases.flatMap((r) => r.deploymentWindows.map((w) => w.end)).sort();
    const ours = Object.values(ROLLOUT_TRACKS)
      .flatMap((t) => (t.window ? [t.window.end] : []))
      .sort();
    expect(ours).toEqual(ends);
    expect(ROLLOUT_TRACKS['r2-air-carriers'].window?.citation.confidence).toBe('secondary');
  });

  it('filing types equal spec/filing-types.json', () => {
    const json = spec('filing-types.json') as { filingTypes: unknown[] };
    expect(FILING_TYPES).toEqual(json.filingTypes);
  });

  it('waivers after Art. 104(1)(k) say their wording was not read', () => {
    expect(WAIVERS['supplies-on-board'].citation.wording).toBe('not-read');
    expect(WAIVERS['ata-cpd-carnet'].citation.wording).toBe('not-read');
    expect(WAIVERS['supplies-on-board'].citation.note).toContain('NOT read');
  });

  it('every filing plan step names a filing type that exists', () => {
    const codes = FILING_TYPES.map((t) => t.code as string);
    for (const plan of FILING_PLANS as readonly FilingPlan[]) {
      for (const r of plan.requirements) {
        for (const o of r.oneOf) {
          for (const s of o.steps) expect(codes).toContain(s.code);
          for (const p of o.othersLodge ?? []) for (const c of p.codes) expect(codes).toContain(c);
        }
      }
    }
  });
});

describe('docs/calendar.md stays in step with the data', () => {
  const doc = readFileSync(new URL('../../docs/calendar.md', import.meta.url), 'utf8');
  const rows = doc
    .split('\n')
    .filter((l) => l.startsWith('|'))
    .map((l) =>
      l
        .split('|')
        .slice(1, -1)
        .map((c) => c.trim()),
    );
  const row = (first: string) => rows.find((cells) => cells[0] === first);
  const rank = { confirmed: 0, secondary: 1, unverified: 2 } as const;

  it('names every time-limit row, short-sea place, waiver, track and plan', () => {
    for (const id of Object.keys(DEADLINE_ROWS)) expect(row(`\`${id}\``), id).toBeDefined();
    for (const id of Object.keys(WAIVERS)) expect(row(`\`${id}\``), id).toBeDefined();
    for (const t of Object.values(ROLLOUT_TRACKS)) {
      const cells = row(`\`${t.id}\``);
      expect(cells, t.id).toBeDefined();
      expect(cells?.[3]).toBe(t.goLive);
      if (t.window) expect(cells?.[4]).toBe(`to ${t.window.end}`);
    }
    for (const p of FILING_PLANS) expect(row(`\`${p.id}\``), p.id).toBeDefined();
    for (const code of ['GL', 'FO', 'IS', 'MA', 'GB', 'GG', 'JE', 'IM'])
      expect(row(code), code).toBeDefined();
  });

  it('gives each time-limit row its hours and confidence', () => {
    for (const r of Object.values(DEADLINE_ROWS)) {
      const cells = row(`\`${r.id}\``) as string[];
      expect(cells[cells.length - 1], r.id).toBe(r.citation.confidence);
      if (r.hours) expect(cells[2]).toContain(`${r.hours} h`);
    }
  });

  it('gives each filing plan the confidence the function reports', () => {
    for (const plan of FILING_PLANS as readonly FilingPlan[]) {
      if (plan.outcome?.severity === 'error') continue;
      const cells = row(`\`${plan.id}\``) as string[];
      const stated = cells[cells.length - 1];
      const weakest = [plan.confidence, ...plan.citations.map((c) => c.confidence)].reduce((a, b) =>
        rank[b] > rank[a] ? b : a,
      );
      expect(stated?.split(' ')[0], plan.id).toBe(weakest);
    }
  });
});
