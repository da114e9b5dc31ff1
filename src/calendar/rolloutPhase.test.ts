import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { rolloutPhase } from './rolloutPhase';
import type { RolloutPhase, RolloutPhaseInput } from './rolloutPhase';
import { ROLLOUT_ASSIGNMENTS } from './data';
import type { Result } from '../core/issue';

function ok(r: Result<RolloutPhase>): RolloutPhase {
  if (!r.ok) throw new Error(JSON.stringify(r.issues));
  return r.value;
}

const phase = (input: RolloutPhaseInput) => ok(rolloutPhase(input));

describe('rolloutPhase: releases and go-live dates', () => {
  it.each([
    [{ mode: 'express', role: 'express-operator' }, 'R1', '2021-03-15', 'EU-ICS2-TI-V1.0'],
    [{ mode: 'postal', role: 'postal-operator' }, 'R1', '2021-03-15', 'EU-ICS2-TI-V1.0'],
    [{ mode: 'air', role: 'carrier' }, 'R2', '2023-03-01', 'EU-ICS2-TI-V2.0'],
    [{ mode: 'air', role: 'house-filer' }, 'R2', '2023-03-01', 'EU-ICS2-TI-V2.0'],
    [{ mode: 'sea', role: 'carrier' }, 'R3', '2024-06-03', 'EU-ICS2-TI-V2.0'],
    [{ mode: 'inland-waterways', role: 'carrier' }, 'R3', '2024-06-03', 'EU-ICS2-TI-V2.0'],
    [{ mode: 'sea', role: 'house-filer' }, 'R3', '2024-12-04', 'EU-ICS2-TI-V2.0'],
    [{ mode: 'road', role: 'carrier' }, 'R3', '2025-04-01', 'EU-ICS2-TI-V2.0'],
    [{ mode: 'rail', role: 'carrier' }, 'R3', '2025-04-01', 'EU-ICS2-TI-V2.0'],
  ] as const)('%o: %s live from %s (%s), not the day before', (who, release, goLive, version) => {
    const on = phase({ ...who, date: goLive } as RolloutPhaseInput);
    expect(on.release).toBe(release);
    expect(on.interfaceVersion).toBe(version);
    expect(on.mandatoryUnlessWindowGranted).toBe(true);
    const prev = new Date(Date.parse(goLive) - 86_400_000).toISOString().slice(0, 10);
    const before = phase({ ...who, date: prev } as RolloutPhaseInput);
    expect(before.release).toBeNull();
    expect(before.mandatoryUnlessWindowGranted).toBe(false);
  });

  it('before ICS2: not live, not mandatory, next event is the go-live', () => {
    const v = phase({ mode: 'express', role: 'express-operator', date: '2021-03-14' });
    expect(v).toMatchObject({
      release: null,
      status: 'not-live',
      mandatory: false,
      interfaceVersion: null,
      scope: null,
    });
    expect(v.mandatoryUnlessWindowGranted).toBe(false);
    expect(v.next?.date).toBe('2021-03-15');
    expect(v.explanation).toContain('not yet live');
  });
});

describe('rolloutPhase: deployment windows (end date = last day)', () => {
  it.each([
    ['sea carrier', { mode: 'sea', role: 'carrier' }, '2024-06-03', '2024-12-04'],
    ['sea house filer', { mode: 'sea', role: 'house-filer' }, '2024-12-04', '2025-04-01'],
    [
      'inland waterway house filer',
      { mode: 'inland-waterways', role: 'house-filer' },
      '2024-12-04',
      '2025-04-01',
    ],
    ['road carrier', { mode: 'road', role: 'carrier' }, '2025-04-01', '2025-09-01'],
    ['rail carrier', { mode: 'rail', role: 'carrier' }, '2025-04-01', '2025-09-01'],
    [
      'road express',
      { mode: 'express', means: 'road', role: 'express-operator' },
      '2025-04-01',
      '2025-09-01',
    ],
    ['air carrier', { mode: 'air', role: 'carrier' }, '2023-03-01', '2023-06-30'],
    ['air house filer', { mode: 'air', role: 'house-filer' }, '2023-03-01', '2023-10-02'],
  ] as const)('%s: window %s to %s, then mandatory', (_name, who, start, end) => {
    const first = phase({ ...who, date: start } as RolloutPhaseInput);
    expect(first.status).toBe('deployment-window');
    expect(first.deploymentWindow).toMatchObject({ start, end, open: true, onRequestOnly: true });
    expect(first.mandatory).toBe(false);
    expect(first.mandatoryUnlessWindowGranted).toBe(true);
    expect(first.next).toMatchObject({ date: end });
    const last = phase({ ...who, date: end } as RolloutPhaseInput);
    expect(last.status).toBe('deployment-window');
    const after = new Date(Date.parse(end) + 86_400_000).toISOString().slice(0, 10);
    const v = phase({ ...who, date: after } as RolloutPhaseInput);
    expect(v.status).toBe('mandatory');
    expect(v.mandatory).toBe(true);
    expect(v.deploymentWindow?.open).toBe(false);
    expect(v.explanation).toContain('mandatory');
  });

  it('R3 windows are confirmed; R2 window ends are secondary and say so', () => {
    expect(phase({ mode: 'sea', role: 'carrier', date: '2024-09-01' }).confidence).toBe('confirmed');
    const r2 = phase({ mode: 'air', role: 'carrier', date: '2023-04-01' });
    expect(r2.confidence).toBe('secondary');
    expect(r2.caveats.join(' ')).toContain('not from the Commission text');
  });

  it('express air during the R2 window: R1 PLACI already mandatory, R2 in its window, V1.0 caveat', () => {
    const v = phase({ mode: 'express', role: 'express-operator', date: '2023-05-01' });
    expect(v.release).toBe('R2');
    expect(v.status).toBe('deployment-window');
    expect(v.mandatory).toBe(true);
    expect(v.interfaceVersion).toBe('EU-ICS2-TI-V2.0');
    expect(v.tracks.map((t) => [t.release, t.status])).toEqual([
      ['R1', 'mandatory'],
      ['R2', 'deployment-window'],
    ]);
    expect(v.caveats.join(' ')).toContain('EU-ICS2-TI-V1.0');
    expect(v.explanation).toContain('earlier release was already mandatory');
    expect(v.caveats.join(' ')).toContain('air assumed');
  });

  it('during an R3 window the operator kept lodging in ICS1', () => {
    expect(phase({ mode: 'rail', role: 'carrier', date: '2025-05-01' }).caveats.join(' ')).toContain('ICS1');
  });
});

describe('rolloutPhase: roles, means, dates', () => {
  it('consignees follow the house filers (our reading, secondary); postal by sea is unverified', () => {
    const c = phase({ mode: 'sea', role: 'consignee', date: '2024-12-04' });
    expect(c.tracks[0]?.track).toBe('r3-sea-iww-house-filers');
    expect(c.confidence).toBe('secondary');
    expect(c.caveats.join(' ')).toContain('Our reading');
    const p = phase({ mode: 'postal', means: 'sea', role: 'postal-operator', date: '2024-07-01' });
    expect(p.confidence).toBe('unverified');
    expect(p.transport).toBe('sea');
  });

  it('road and rail postal operators follow the road and rail track (AADE, secondary)', () => {
    const v = phase({ mode: 'postal', means: 'rail', role: 'postal-operator', date: '2025-10-01' });
    expect(v).toMatchObject({
      release: 'R3',
      status: 'mandatory',
      transport: 'rail',
      confidence: 'secondary',
    });
  });

  it('an instant is read as a Brussels calendar day', () => {
    const v = phase({ mode: 'sea', role: 'carrier', date: '2024-06-02T22:30:00Z' });
    expect(v.date).toBe('2024-06-03');
    expect(v.status).toBe('deployment-window');
    expect(v.caveats.join(' ')).toContain('Europe/Brussels');
    const d = phase({ mode: 'sea', role: 'carrier', date: new Date('2024-06-02T12:00:00Z') });
    expect(d.date).toBe('2024-06-02');
    expect(d.status).toBe('not-live');
  });

  it('from 2026-02-03 the reported V3 message version is a caveat, with its source', () => {
    const v = phase({ mode: 'sea', role: 'carrier', date: '2026-03-01' });
    expect(v.caveats.join(' ')).toContain('V3');
    expect(v.citations.some((c) => c.source === 'ADHOC')).toBe(true);
    expect(phase({ mode: 'sea', role: 'carrier', date: '2026-02-02' }).caveats.join(' ')).not.toContain('V3');
  });

  it('every assignment row answers', () => {
    for (const a of ROLLOUT_ASSIGNMENTS) {
      const mode = a.role === 'express-operator' && a.transport === 'air' ? 'express' : a.transport;
      const r = rolloutPhase({ mode, role: a.role, date: '2025-12-01' } as RolloutPhaseInput);
      expect(r.ok, `${a.transport} ${a.role}`).toBe(true);
    }
  });

  it('invalid input gives issues, never a throw', () => {
    const cases: [unknown, string, string][] = [
      [{ mode: 'space', role: 'carrier', date: '2025-01-01' }, 'invalid_value', '/mode'],
      [{ mode: 'sea', role: 'captain', date: '2025-01-01' }, 'invalid_value', '/role'],
      [{ mode: 'sea', role: 'carrier', date: '2025-02-30' }, 'invalid_date', '/date'],
      [{ mode: 'sea', role: 'carrier', date: 'yesterday' }, 'invalid_date', '/date'],
      [{ mode: 'sea', role: 'carrier' }, 'missing', '/date'],
      [
        { mode: 'express', means: 'sea', role: 'express-operator', date: '2025-01-01' },
        'invalid_value',
        '/means',
      ],
      [{ mode: 'express', role: 'postal-operator', date: '2025-01-01' }, 'role_not_applicable', '/role'],
      [{ mode: 'postal', role: 'express-operator', date: '2025-01-01' }, 'role_not_applicable', '/role'],
      [{ mode: 'sea', role: 'express-operator', date: '2025-01-01' }, 'role_not_applicable', '/role'],
      [{ mode: 'air', role: 'consignee', date: '2025-01-01' }, 'role_not_applicable', '/role'],
      [null, 'invalid_type', ''],
    ];
    for (const [input, code, pointer] of cases) {
      const r = rolloutPhase(input as RolloutPhaseInput);
      expect(r.ok, JSON.stringify(input)).toBe(false);
      expect(r.issues?.[0], JSON.stringify(input)).toMatchObject({ code, pointer });
    }
  });

  it('property: once mandatory, always mandatory (per mode and role)', () => {
    const day = fc
      .integer({ min: Date.UTC(2020, 0, 1), max: Date.UTC(2027, 0, 1) })
      .map((t) => new Date(t).toISOString().slice(0, 10));
    fc.assert(
      fc.property(fc.constantFrom(...ROLLOUT_ASSIGNMENTS), day, day, (a, d1, d2) => {
        const [lo, hi] = d1 <= d2 ? [d1, d2] : [d2, d1];
        const input = (date: string) =>
          ({
            mode: a.role === 'express-operator' && a.transport === 'air' ? 'express' : a.transport,
            role: a.role,
            date,
          }) as RolloutPhaseInput;
        const x = ok(rolloutPhase(input(lo)));
        const y = ok(rolloutPhase(input(hi)));
        return (
          (!x.mandatory || y.mandatory) &&
          (!x.mandatoryUnlessWindowGranted || y.mandatoryUnlessWindowGranted) &&
          (!x.mandatory || x.mandatoryUnlessWindowGranted)
        );
      }),
    );
  });
});

describe('last day of a deployment window', () => {
  it('is reported as uncertain, the day before is not', () => {
    const last = rolloutPhase({ mode: 'road', role: 'carrier', date: '2025-09-01' });
    const before = rolloutPhase({ mode: 'road', role: 'carrier', date: '2025-08-31' });
    expect(last.ok && before.ok).toBe(true);
    if (!last.ok || !before.ok) return;
    expect(last.value.uncertainDay).toBe('2025-09-01');
    expect(last.value.confidence).toBe('unverified');
    expect(last.value.caveats.join(' ')).toContain('no source says whether that day is inside');
    expect(before.value.uncertainDay).toBeUndefined();
  });
});
