import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { lodgingDeadline } from './lodgingDeadline';
import type { LodgingDeadline, LodgingDeadlineInput } from './lodgingDeadline';
import { SHORT_SEA_COUNTRIES, SHORT_SEA_SEAS } from './data';
import type { Result } from '../core/issue';

const UTC_RE = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/;

function ok(r: Result<LodgingDeadline>): LodgingDeadline {
  if (!r.ok) throw new Error(`expected ok, got ${JSON.stringify(r.issues)}`);
  return r.value;
}

function codes(r: Result<LodgingDeadline>): string[] {
  return (r.issues ?? []).map((i) => i.code);
}

describe('lodgingDeadline: sea (DA Art. 105)', () => {
  it('containerised deep sea: 24 h before loading', () => {
    const r = lodgingDeadline({
      mode: 'sea',
      cargo: 'containerised',
      loading: '2026-06-10T12:00:00Z',
      portOfLoading: { country: 'CN', sea: 'other' },
    });
    const v = ok(r);
    expect(v.deadline).toBe('2026-06-09T12:00:00Z');
    expect(v.basis).toBe('before-loading');
    expect(v.rule).toBe('sea-containerised');
    expect(v.hoursBefore).toBe(24);
    expect(v.citation.article).toBe('Art. 105(a)');
    expect(v.confidence).toBe('confirmed');
    expect(v.reference).toEqual({ event: 'loading', at: '2026-06-10T12:00:00Z' });
    expect(v.explanation).toContain('24 h before loading');
    expect(r.issues).toBeUndefined();
  });

  it.each(['bulk', 'break-bulk'] as const)('%s deep sea: 4 h before arrival', (cargo) => {
    const v = ok(lodgingDeadline({ mode: 'sea', cargo, arrival: '2026-06-10T12:00:00Z', shortSea: false }));
    expect(v.deadline).toBe('2026-06-10T08:00:00Z');
    expect(v.basis).toBe('before-arrival');
    expect(v.rule).toBe('sea-bulk');
    expect(v.citation.article).toBe('Art. 105(b)');
  });

  it.each(SHORT_SEA_COUNTRIES.map((c) => [c.code, c.point] as const))(
    'short sea from country %s (Art. 105(c)%s): 2 h before arrival, even for containers',
    (country, point) => {
      const v = ok(
        lodgingDeadline({
          mode: 'sea',
          cargo: 'containerised',
          arrival: '2026-06-10T12:00:00Z',
          portOfLoading: { country },
        }),
      );
      expect(v.deadline).toBe('2026-06-10T10:00:00Z');
      expect(v.rule).toBe('sea-short-sea');
      expect(v.basis).toBe('before-arrival');
      expect(v.explanation).toContain(`105(c)${point}`);
      expect(v.citation.article).toBe('Art. 105(c)');
    },
  );

  it('the UK, Channel Islands and Isle of Man point cites Delegated Regulation 2020/2191', () => {
    const v = ok(
      lodgingDeadline({
        mode: 'sea',
        cargo: 'bulk',
        arrival: '2026-06-10T12:00:00Z',
        portOfLoading: { country: 'JE' },
      }),
    );
    expect(v.citation.amendedBy).toContain('2020/2191');
  });

  it.each(SHORT_SEA_SEAS.map((s) => s.sea))('short sea from a port on the %s: 2 h before arrival', (sea) => {
    const v = ok(
      lodgingDeadline({
        mode: 'sea',
        cargo: 'bulk',
        arrival: '2026-06-10T12:00:00Z',
        portOfLoading: { country: 'TR', sea },
      }),
    );
    expect(v.deadline).toBe('2026-06-10T10:00:00Z');
    expect(v.rule).toBe('sea-short-sea');
  });

  it('short sea by explicit flag', () => {
    const v = ok(
      lodgingDeadline({
        mode: 'sea',
        cargo: 'containerised',
        arrival: '2026-06-10T12:00:00Z',
        shortSea: true,
      }),
    );
    expect(v.rule).toBe('sea-short-sea');
    expect(v.deadline).toBe('2026-06-10T10:00:00Z');
  });

  it('Art. 105(d): voyage under 24 h to the Canary Islands, from voyageHours or from departure and arrival', () => {
    const a = ok(
      lodgingDeadline({
        mode: 'sea',
        cargo: 'containerised',
        arrival: '2026-06-10T12:00:00Z',
        portOfLoading: { country: 'SN', sea: 'other' },
        firstUnionPortIn: 'canary-islands',
        voyageHours: 20,
      }),
    );
    expect(a.rule).toBe('sea-outermost-regions');
    expect(a.deadline).toBe('2026-06-10T10:00:00Z');
    expect(a.citation.article).toBe('Art. 105(d)');
    const b = ok(
      lodgingDeadline({
        mode: 'sea',
        cargo: 'bulk',
        departure: '2026-06-09T18:00:00Z',
        arrival: '2026-06-10T12:00:00Z',
        portOfLoading: { sea: 'other' },
        firstUnionPortIn: 'madeira',
      }),
    );
    expect(b.rule).toBe('sea-outermost-regions');
  });

  it('Art. 105(d) does not apply to a voyage of 24 h or more: the container rule needs loading', () => {
    const r = lodgingDeadline({
      mode: 'sea',
      cargo: 'containerised',
      arrival: '2026-06-10T12:00:00Z',
      portOfLoading: { sea: 'other' },
      firstUnionPortIn: 'azores',
      voyageHours: 30,
    });
    expect(r.ok).toBe(false);
    expect(r.issues?.[0]).toMatchObject({ code: 'missing', pointer: '/loading' });
  });

  it('undetermined short sea: the stricter deep-sea limit, with a warning', () => {
    const r = lodgingDeadline({
      mode: 'sea',
      cargo: 'containerised',
      loading: '2026-06-10T12:00:00Z',
      arrival: '2026-06-20T12:00:00Z',
      portOfLoading: { country: 'US' },
    });
    const v = ok(r);
    expect(v.rule).toBe('sea-containerised');
    expect(codes(r)).toEqual(['short_sea_undetermined']);
    expect(r.issues?.[0]?.severity).toBe('warning');
  });

  it('undetermined Art. 105(d) (voyage unknown) warns on voyageHours', () => {
    const r = lodgingDeadline({
      mode: 'sea',
      cargo: 'bulk',
      arrival: '2026-06-10T12:00:00Z',
      firstUnionPortIn: 'azores',
    });
    expect(ok(r).rule).toBe('sea-bulk');
    expect(r.issues?.[0]).toMatchObject({ code: 'short_sea_undetermined', pointer: '/voyageHours' });
  });

  it('a listed country contradicting shortSea: false is an error', () => {
    const r = lodgingDeadline({
      mode: 'sea',
      cargo: 'bulk',
      arrival: '2026-06-10T12:00:00Z',
      shortSea: false,
      portOfLoading: { country: 'IS' },
    });
    expect(r.ok).toBe(false);
    expect(r.issues?.[0]).toMatchObject({ code: 'conflict', pointer: '/shortSea' });
  });

  it('Northern Ireland (XI) is not on the short-sea list and draws a security-zone warning', () => {
    const r = lodgingDeadline({
      mode: 'sea',
      cargo: 'bulk',
      arrival: '2026-06-10T12:00:00Z',
      portOfLoading: { country: 'XI', sea: 'other' },
    });
    expect(ok(r).rule).toBe('sea-bulk');
    expect(codes(r)).toContain('inside_security_zone');
  });

  it('missing times the rule needs', () => {
    const a = lodgingDeadline({
      mode: 'sea',
      cargo: 'containerised',
      shortSea: false,
      arrival: '2026-06-10T12:00:00Z',
    });
    expect(a.issues?.[0]).toMatchObject({ code: 'missing', pointer: '/loading', path: ['loading'] });
    const b = lodgingDeadline({
      mode: 'sea',
      cargo: 'bulk',
      shortSea: false,
      loading: '2026-06-10T12:00:00Z',
    });
    expect(b.issues?.[0]).toMatchObject({ code: 'missing', pointer: '/arrival' });
    const c = lodgingDeadline({
      mode: 'sea',
      cargo: 'containerised',
      portOfLoading: { country: 'MA' },
      loading: '2026-06-10T12:00:00Z',
    });
    expect(c.issues?.[0]).toMatchObject({ code: 'missing', pointer: '/arrival' });
    expect(c.issues?.[0]?.message).toContain('2 h before arrival');
  });

  it('bad sea input: cargo, country, sea, voyage, arrival before departure', () => {
    const bad = lodgingDeadline({ mode: 'sea', cargo: 'liquid' as 'bulk', arrival: '2026-06-10T12:00:00Z' });
    expect(bad.issues?.[0]).toMatchObject({ code: 'invalid_value', pointer: '/cargo' });
    const country = lodgingDeadline({
      mode: 'sea',
      cargo: 'bulk',
      arrival: '2026-06-10T12:00:00Z',
      portOfLoading: { country: 'uk' },
    });
    expect(country.issues?.[0]).toMatchObject({ code: 'invalid_value', pointer: '/portOfLoading/country' });
    const sea = lodgingDeadline({
      mode: 'sea',
      cargo: 'bulk',
      arrival: '2026-06-10T12:00:00Z',
      portOfLoading: { sea: 'caribbean' as 'other' },
    });
    expect(sea.issues?.[0]).toMatchObject({ code: 'invalid_value', pointer: '/portOfLoading/sea' });
    const order = lodgingDeadline({
      mode: 'sea',
      cargo: 'bulk',
      departure: '2026-06-11T12:00:00Z',
      arrival: '2026-06-10T12:00:00Z',
      firstUnionPortIn: 'azores',
    });
    expect(order.issues?.[0]).toMatchObject({ code: 'inconsistent_times', pointer: '/arrival' });
  });
});

describe('lodgingDeadline: air (DA Art. 106)', () => {
  it('PLACI: before loading, with the must-precede-loading flag', () => {
    const v = ok(lodgingDeadline({ mode: 'air', dataset: 'placi', loading: '2026-06-10T08:15:00+08:00' }));
    expect(v.deadline).toBe('2026-06-10T00:15:00Z');
    expect(v.basis).toBe('before-loading');
    expect(v.rule).toBe('air-placi');
    expect(v.mustPrecedeLoading).toBe(true);
    expect(v.notice).toContain('BEFORE loading');
    expect(v.citation.article).toBe('Art. 106(2) and (2a)');
  });

  it('complete ENS, flight under 4 h: by the actual departure', () => {
    const v = ok(
      lodgingDeadline({
        mode: 'air',
        dataset: 'complete',
        departure: '2026-06-10T08:00:00Z',
        arrival: '2026-06-10T09:10:00Z',
      }),
    );
    expect(v.deadline).toBe('2026-06-10T08:00:00Z');
    expect(v.basis).toBe('by-departure');
    expect(v.rule).toBe('air-complete-short-flight');
    expect(v.notice).toContain('ACTUAL');
    expect(v.citation.article).toBe('Art. 106(1)(a)');
  });

  it('complete ENS, flight of 4 h or more (exactly 4 h included): 4 h before arrival', () => {
    const v = ok(
      lodgingDeadline({
        mode: 'air',
        dataset: 'complete',
        departure: '2026-06-10T08:00:00Z',
        arrival: '2026-06-10T12:00:00Z',
      }),
    );
    expect(v.rule).toBe('air-complete-long-flight');
    expect(v.deadline).toBe('2026-06-10T08:00:00Z');
    expect(v.basis).toBe('before-arrival');
    expect(v.citation.article).toBe('Art. 106(1)(b)');
  });

  it('remaining particulars after a PLACI use Art. 106(3) and carry its secondary confidence', () => {
    const short = ok(
      lodgingDeadline({
        mode: 'air',
        dataset: 'remaining',
        departure: '2026-06-10T08:00:00Z',
        arrival: '2026-06-10T09:00:00Z',
      }),
    );
    expect(short.rule).toBe('air-remaining-short-flight');
    expect(short.confidence).toBe('secondary');
    expect(short.caveats.join(' ')).toContain('Art. 106(3)');
    const long = ok(
      lodgingDeadline({
        mode: 'air',
        dataset: 'remaining',
        departure: '2026-06-10T08:00:00Z',
        arrival: '2026-06-10T20:00:00Z',
      }),
    );
    expect(long.rule).toBe('air-remaining-long-flight');
    expect(long.deadline).toBe('2026-06-10T16:00:00Z');
  });

  it('short flight crossing midnight (London 23:30 to Brussels 01:40 next day)', () => {
    const v = ok(
      lodgingDeadline({
        mode: 'air',
        dataset: 'complete',
        departure: { local: '2026-01-15T23:30', timeZone: 'Europe/London' },
        arrival: { local: '2026-01-16T01:40', timeZone: 'Europe/Brussels' },
      }),
    );
    expect(v.rule).toBe('air-complete-short-flight');
    expect(v.deadline).toBe('2026-01-15T23:30:00Z');
    expect(v.deadlineLocal).toBe('2026-01-15T23:30:00Z');
  });

  it('long flight crossing midnight (New York 22:00 to Frankfurt 11:30 next day)', () => {
    const v = ok(
      lodgingDeadline({
        mode: 'air',
        dataset: 'complete',
        departure: { local: '2026-06-01T22:00', timeZone: 'America/New_York' },
        arrival: { local: '2026-06-02T11:30', timeZone: 'Europe/Berlin' },
      }),
    );
    expect(v.rule).toBe('air-complete-long-flight');
    expect(v.deadline).toBe('2026-06-02T05:30:00Z');
    expect(v.deadlineLocal).toBe('2026-06-02T07:30:00+02:00');
    expect(v.explanation).toContain('7 h 30 min');
  });

  it('crossing the date line: arrival on an EARLIER local date than departure', () => {
    // Kiritimati is UTC+14: 01:00 on 2 June there is 11:00 UTC on 1 June.
    const v = ok(
      lodgingDeadline({
        mode: 'air',
        dataset: 'complete',
        departure: { local: '2026-06-02T01:00', timeZone: 'Pacific/Kiritimati' },
        arrival: { local: '2026-06-01T22:00', timeZone: 'Europe/Paris' },
      }),
    );
    expect(v.rule).toBe('air-complete-long-flight'); // 9 h
    expect(v.deadline).toBe('2026-06-01T16:00:00Z');
    expect(v.deadlineLocal).toBe('2026-06-01T18:00:00+02:00');
  });

  it('crossing the date line eastwards: a short hop Apia to Pago Pago lands the day before', () => {
    // Illustrative: the limit follows instants, not local dates. Apia UTC+13, Pago Pago UTC-11.
    const v = ok(
      lodgingDeadline({
        mode: 'air',
        dataset: 'complete',
        departure: { local: '2026-06-02T08:00', timeZone: 'Pacific/Apia' },
        arrival: { local: '2026-06-01T08:40', timeZone: 'Pacific/Pago_Pago' },
      }),
    );
    expect(v.rule).toBe('air-complete-short-flight');
    expect(v.deadline).toBe('2026-06-01T19:00:00Z');
  });

  it('arrival not after departure is an error', () => {
    const r = lodgingDeadline({
      mode: 'air',
      dataset: 'complete',
      departure: '2026-06-10T10:00:00Z',
      arrival: '2026-06-10T10:00:00Z',
    });
    expect(r.issues?.[0]).toMatchObject({ code: 'inconsistent_times', pointer: '/arrival' });
  });

  it('missing departure, unknown dataset', () => {
    const r = lodgingDeadline({
      mode: 'air',
      dataset: 'complete',
      arrival: '2026-06-10T10:00:00Z',
    } as unknown as LodgingDeadlineInput);
    expect(r.issues?.[0]).toMatchObject({ code: 'missing', pointer: '/departure' });
    const d = lodgingDeadline({
      mode: 'air',
      dataset: 'full',
      loading: '2026-06-10T10:00:00Z',
    } as unknown as LodgingDeadlineInput);
    expect(d.issues?.[0]).toMatchObject({ code: 'invalid_value', pointer: '/dataset' });
    const p = lodgingDeadline({ mode: 'air', dataset: 'placi' } as unknown as LodgingDeadlineInput);
    expect(p.issues?.[0]).toMatchObject({ code: 'missing', pointer: '/loading' });
  });
});

describe('lodgingDeadline: rail, inland waterways, road', () => {
  it('rail, journey under 2 h: 1 h before arrival (Art. 107(a))', () => {
    const v = ok(lodgingDeadline({ mode: 'rail', arrival: '2026-06-10T12:00:00Z', journeyMinutes: 119 }));
    expect(v.rule).toBe('rail-short-journey');
    expect(v.deadline).toBe('2026-06-10T11:00:00Z');
    expect(v.citation.article).toBe('Art. 107(a)');
  });

  it('rail, journey of 2 h or more: 2 h before arrival (Art. 107(b))', () => {
    const v = ok(lodgingDeadline({ mode: 'rail', arrival: '2026-06-10T12:00:00Z', journeyMinutes: 120 }));
    expect(v.rule).toBe('rail-other');
    expect(v.deadline).toBe('2026-06-10T10:00:00Z');
    expect(v.citation.article).toBe('Art. 107(b)');
  });

  it('rail journey measured from the last train-formation station', () => {
    const v = ok(
      lodgingDeadline({
        mode: 'rail',
        arrival: '2026-06-10T12:00:00Z',
        lastFormationStationDeparture: '2026-06-10T10:30:00Z',
      }),
    );
    expect(v.rule).toBe('rail-short-journey');
    const both = ok(
      lodgingDeadline({
        mode: 'rail',
        arrival: '2026-06-10T12:00:00Z',
        lastFormationStationDeparture: '2026-06-10T09:00:00Z',
        journeyMinutes: 180,
      } as unknown as LodgingDeadlineInput),
    );
    expect(both.rule).toBe('rail-other');
  });

  it('rail errors: no journey, conflicting journey, station after arrival, bad minutes', () => {
    const none = lodgingDeadline({
      mode: 'rail',
      arrival: '2026-06-10T12:00:00Z',
    } as unknown as LodgingDeadlineInput);
    expect(none.issues?.[0]).toMatchObject({ code: 'missing', pointer: '/journeyMinutes' });
    const conflict = lodgingDeadline({
      mode: 'rail',
      arrival: '2026-06-10T12:00:00Z',
      lastFormationStationDeparture: '2026-06-10T11:00:00Z',
      journeyMinutes: 180,
    } as unknown as LodgingDeadlineInput);
    expect(conflict.issues?.[0]).toMatchObject({ code: 'conflict', pointer: '/journeyMinutes' });
    const order = lodgingDeadline({
      mode: 'rail',
      arrival: '2026-06-10T12:00:00Z',
      lastFormationStationDeparture: '2026-06-10T13:00:00Z',
    });
    expect(order.issues?.[0]).toMatchObject({ code: 'inconsistent_times' });
    const neg = lodgingDeadline({ mode: 'rail', arrival: '2026-06-10T12:00:00Z', journeyMinutes: -5 });
    expect(neg.issues?.[0]).toMatchObject({ code: 'invalid_value', pointer: '/journeyMinutes' });
  });

  it('inland waterways: 2 h before arrival, citation says the article was not identified', () => {
    const v = ok(lodgingDeadline({ mode: 'inland-waterways', arrival: '2026-06-10T12:00:00Z' }));
    expect(v.deadline).toBe('2026-06-10T10:00:00Z');
    expect(v.rule).toBe('inland-waterways');
    expect(v.citation.wording).toBe('not-read');
    expect(v.citation.article).toContain('not identified');
    expect(v.confidence).toBe('secondary');
    expect(v.caveats[0]).toContain('not identified');
  });

  it('road: 1 h before arrival (Art. 108)', () => {
    const v = ok(
      lodgingDeadline({ mode: 'road', arrival: { local: '2026-06-10T14:00', timeZone: 'Europe/Warsaw' } }),
    );
    expect(v.deadline).toBe('2026-06-10T11:00:00Z');
    expect(v.deadlineLocal).toBe('2026-06-10T13:00:00+02:00');
    expect(v.citation.article).toBe('Art. 108');
    expect(v.confidence).toBe('confirmed');
    expect(v.caveats).toEqual([]);
  });
});

describe('lodgingDeadline: combined transport (Art. 109, wording not read)', () => {
  it('a truck on a ferry from Dover takes the short-sea limit of the ferry, with Art. 109 unverified', () => {
    const v = ok(
      lodgingDeadline({
        mode: 'combined',
        carried: 'road vehicle',
        active: {
          mode: 'sea',
          cargo: 'containerised',
          arrival: '2026-06-10T12:00:00Z',
          portOfLoading: { country: 'GB' },
        },
      }),
    );
    expect(v.mode).toBe('combined');
    expect(v.rule).toBe('sea-short-sea');
    expect(v.deadline).toBe('2026-06-10T10:00:00Z');
    const art109 = v.citations.find((c) => c.article.startsWith('Art. 109'));
    expect(art109?.wording).toBe('not-read');
    expect(art109?.confidence).toBe('unverified');
    expect(v.confidence).toBe('unverified');
    expect(v.explanation).toContain('road vehicle');
    expect(v.explanation).toContain('wording not read');
    expect(v.caveats.join(' ')).toContain('Art. 109');
  });

  it('a trailer on a train takes the rail limit', () => {
    const v = ok(
      lodgingDeadline({
        mode: 'combined',
        active: { mode: 'rail', arrival: '2026-06-10T12:00:00Z', journeyMinutes: 300 },
      }),
    );
    expect(v.rule).toBe('rail-other');
    expect(v.explanation).toContain('another means of transport');
  });

  it('errors inside the active means point below /active; nested combined is refused', () => {
    const r = lodgingDeadline({ mode: 'combined', active: { mode: 'road', arrival: 'tomorrow' } });
    expect(r.issues?.[0]).toMatchObject({
      code: 'invalid_date',
      pointer: '/active/arrival',
      path: ['active', 'arrival'],
    });
    const n = lodgingDeadline({
      mode: 'combined',
      active: { mode: 'combined' },
    } as unknown as LodgingDeadlineInput);
    expect(n.issues?.[0]).toMatchObject({ code: 'invalid_value', pointer: '/active/mode' });
    const m = lodgingDeadline({ mode: 'combined' } as unknown as LodgingDeadlineInput);
    expect(m.issues?.[0]).toMatchObject({ code: 'invalid_type', pointer: '/active' });
  });

  it('`now` may be given on the active means', () => {
    const v = ok(
      lodgingDeadline({
        mode: 'combined',
        active: { mode: 'road', arrival: '2026-06-10T12:00:00Z', now: '2026-06-10T11:30:00Z' },
      }),
    );
    expect(v.passed).toBe(true);
    expect(v.lateBy?.text).toBe('30 min');
  });
});

describe('lodgingDeadline: DST in Europe/Brussels', () => {
  it('2026-03-29 02:30 does not exist: rejected by default with a clear issue', () => {
    const r = lodgingDeadline({
      mode: 'road',
      arrival: { local: '2026-03-29T02:30', timeZone: 'Europe/Brussels' },
    });
    expect(r.ok).toBe(false);
    expect(r.issues?.[0]).toMatchObject({
      code: 'nonexistent_local_time',
      pointer: '/arrival/local',
      severity: 'error',
    });
    expect(r.issues?.[0]?.message).toContain('does not exist');
    expect(r.issues?.[0]?.message).toContain('2026-03-29T03:30:00+02:00');
  });

  it("2026-03-29 02:30 with 'compatible' shifts forward to 03:30+02:00 (as Temporal)", () => {
    const v = ok(
      lodgingDeadline({
        mode: 'road',
        arrival: { local: '2026-03-29T02:30', timeZone: 'Europe/Brussels', disambiguation: 'compatible' },
      }),
    );
    expect(v.reference.at).toBe('2026-03-29T01:30:00Z');
    expect(v.deadline).toBe('2026-03-29T00:30:00Z');
    expect(v.deadlineLocal).toBe('2026-03-29T01:30:00+01:00');
  });

  it("2026-03-29 02:30 with 'earlier' reads it with the new offset: 01:30+01:00", () => {
    const v = ok(
      lodgingDeadline({
        mode: 'road',
        arrival: { local: '2026-03-29T02:30', timeZone: 'Europe/Brussels', disambiguation: 'earlier' },
      }),
    );
    expect(v.reference.at).toBe('2026-03-29T00:30:00Z');
    expect(v.deadline).toBe('2026-03-28T23:30:00Z');
  });

  it('2026-10-25 02:30 is ambiguous: the EARLIER instant (+02:00) by default, with a warning', () => {
    const r = lodgingDeadline({
      mode: 'road',
      arrival: { local: '2026-10-25T02:30', timeZone: 'Europe/Brussels' },
    });
    const v = ok(r);
    expect(v.reference.at).toBe('2026-10-25T00:30:00Z');
    expect(v.deadline).toBe('2026-10-24T23:30:00Z');
    expect(v.deadlineLocal).toBe('2026-10-25T01:30:00+02:00');
    expect(r.issues?.[0]).toMatchObject({
      code: 'ambiguous_local_time',
      severity: 'warning',
      pointer: '/arrival/local',
    });
  });

  it("2026-10-25 02:30 with 'later' takes the second occurrence (+01:00); 'reject' refuses", () => {
    const v = ok(
      lodgingDeadline({
        mode: 'road',
        arrival: { local: '2026-10-25T02:30', timeZone: 'Europe/Brussels', disambiguation: 'later' },
      }),
    );
    expect(v.reference.at).toBe('2026-10-25T01:30:00Z');
    expect(v.deadline).toBe('2026-10-25T00:30:00Z');
    expect(v.deadlineLocal).toBe('2026-10-25T02:30:00+02:00');
    const r = lodgingDeadline({
      mode: 'road',
      arrival: { local: '2026-10-25T02:30', timeZone: 'Europe/Brussels', disambiguation: 'reject' },
    });
    expect(r.issues?.[0]).toMatchObject({ code: 'ambiguous_local_time', severity: 'error' });
  });

  it('limits count elapsed hours, not wall-clock hours: 4 h before 05:00 on the spring-forward day is 00:00 local', () => {
    const v = ok(
      lodgingDeadline({
        mode: 'sea',
        cargo: 'bulk',
        shortSea: false,
        arrival: { local: '2026-03-29T05:00', timeZone: 'Europe/Brussels' },
      }),
    );
    expect(v.deadline).toBe('2026-03-28T23:00:00Z');
    expect(v.deadlineLocal).toBe('2026-03-29T00:00:00+01:00');
  });
});

describe('lodgingDeadline: now, passed and late', () => {
  it('a deadline already passed says how late', () => {
    const v = ok(
      lodgingDeadline({ mode: 'road', arrival: '2026-06-10T12:00:00Z', now: '2026-06-10T13:15:30Z' }),
    );
    expect(v.passed).toBe(true);
    expect(v.lateBy).toEqual({ ms: 8_130_000, text: '2 h 15 min 30 s' });
    expect(v.timeLeft).toBeUndefined();
  });

  it('a deadline days past reads in days', () => {
    const v = ok(
      lodgingDeadline({
        mode: 'sea',
        cargo: 'containerised',
        shortSea: false,
        loading: '2026-06-10T12:00:00Z',
        now: new Date('2026-06-12T13:00:00Z'),
      }),
    );
    expect(v.lateBy?.text).toBe('3 d 1 h');
  });

  it('exactly at the deadline is still on time; before it, time is left', () => {
    const at = ok(
      lodgingDeadline({ mode: 'road', arrival: '2026-06-10T12:00:00Z', now: '2026-06-10T11:00:00Z' }),
    );
    expect(at.passed).toBe(false);
    expect(at.timeLeft).toEqual({ ms: 0, text: '0 s' });
    const before = ok(
      lodgingDeadline({ mode: 'road', arrival: '2026-06-10T12:00:00Z', now: '2026-06-10T10:00:00+00:00' }),
    );
    expect(before.timeLeft?.text).toBe('1 h');
    const none = ok(lodgingDeadline({ mode: 'road', arrival: '2026-06-10T12:00:00Z' }));
    expect(none.passed).toBeUndefined();
  });

  it('a bad now is an issue at /now', () => {
    const r = lodgingDeadline({ mode: 'road', arrival: '2026-06-10T12:00:00Z', now: 'soon' });
    expect(r.issues?.[0]).toMatchObject({ code: 'invalid_date', pointer: '/now' });
  });

  it('fractions of a second are dropped: the deadline rounds earlier, never later', () => {
    const v = ok(lodgingDeadline({ mode: 'road', arrival: '2026-06-10T12:00:00.999Z' }));
    expect(v.deadline).toBe('2026-06-10T11:00:00Z');
  });
});

describe('lodgingDeadline: invalid input never throws', () => {
  it('unknown zone, unparsable date, no offset, missing time, invalid Date, unknown mode, not an object', () => {
    const zone = lodgingDeadline({
      mode: 'road',
      arrival: { local: '2026-06-10T12:00', timeZone: 'Europe/Atlantis' },
    });
    expect(zone.issues?.[0]).toMatchObject({ code: 'unknown_time_zone', pointer: '/arrival/timeZone' });
    const date = lodgingDeadline({ mode: 'road', arrival: '2026-02-30T12:00:00Z' });
    expect(date.issues?.[0]).toMatchObject({ code: 'invalid_date', pointer: '/arrival' });
    const offset = lodgingDeadline({ mode: 'road', arrival: '2026-06-10T12:00:00' });
    expect(offset.issues?.[0]).toMatchObject({ code: 'missing_offset', pointer: '/arrival' });
    const missing = lodgingDeadline({ mode: 'road' } as unknown as LodgingDeadlineInput);
    expect(missing.issues?.[0]).toMatchObject({ code: 'missing', pointer: '/arrival' });
    const invalid = lodgingDeadline({ mode: 'inland-waterways', arrival: new Date('nope') });
    expect(invalid.issues?.[0]).toMatchObject({ code: 'invalid_date' });
    const mode = lodgingDeadline({ mode: 'pipeline' } as unknown as LodgingDeadlineInput);
    expect(mode.issues?.[0]).toMatchObject({ code: 'invalid_value', pointer: '/mode' });
    const notObject = lodgingDeadline(null as unknown as LodgingDeadlineInput);
    expect(notObject.issues?.[0]).toMatchObject({ code: 'invalid_type', pointer: '' });
  });

  it('does not mutate its input', () => {
    const input: LodgingDeadlineInput = {
      mode: 'sea',
      cargo: 'bulk',
      arrival: { local: '2026-06-10T12:00', timeZone: 'Europe/Lisbon' },
      portOfLoading: { country: 'MA' },
    };
    const copy = structuredClone(input);
    lodgingDeadline(input);
    expect(input).toEqual(copy);
  });

  it('property: any value in, a Result out (never a throw)', () => {
    fc.assert(
      fc.property(fc.anything(), (x) => {
        const r = lodgingDeadline(x as LodgingDeadlineInput);
        return typeof r.ok === 'boolean' && (r.ok || r.issues.length > 0);
      }),
      { numRuns: 300 },
    );
    const modes = fc.constantFrom('sea', 'air', 'rail', 'road', 'inland-waterways', 'combined');
    fc.assert(
      fc.property(
        fc.record({
          mode: modes,
          cargo: fc.constantFrom('containerised', 'bulk', 'x'),
          dataset: fc.constantFrom('placi', 'complete', 'remaining', 'y'),
          arrival: fc.oneof(fc.string(), fc.date({ noInvalidDate: false }), fc.anything()),
          loading: fc.oneof(fc.string(), fc.date({ noInvalidDate: false })),
          departure: fc.oneof(fc.string(), fc.date({ noInvalidDate: false })),
          journeyMinutes: fc.oneof(fc.integer(), fc.double()),
          active: fc.anything(),
          now: fc.oneof(fc.string(), fc.date({ noInvalidDate: false })),
        }),
        (x) => typeof lodgingDeadline(x as unknown as LodgingDeadlineInput).ok === 'boolean',
      ),
      { numRuns: 300 },
    );
  });
});

// ---------------------------------------------------------------------------------------------------------
// Properties
// ---------------------------------------------------------------------------------------------------------

const MIN = Date.UTC(2000, 0, 1);
const MAX = Date.UTC(2100, 0, 1);
const instant = fc.integer({ min: MIN, max: MAX });

type BeforeArrivalCase = (arrival: Date) => LodgingDeadlineInput;
const BEFORE_ARRIVAL_CASES: [string, BeforeArrivalCase][] = [
  ['sea bulk', (arrival) => ({ mode: 'sea', cargo: 'bulk', arrival, shortSea: false })],
  [
    'short sea',
    (arrival) => ({ mode: 'sea', cargo: 'containerised', arrival, portOfLoading: { country: 'MA' } }),
  ],
  [
    'Art. 105(d)',
    (arrival) => ({ mode: 'sea', cargo: 'bulk', arrival, firstUnionPortIn: 'azores', voyageHours: 10 }),
  ],
  ['rail short', (arrival) => ({ mode: 'rail', arrival, journeyMinutes: 60 })],
  ['rail other', (arrival) => ({ mode: 'rail', arrival, journeyMinutes: 600 })],
  ['inland waterways', (arrival) => ({ mode: 'inland-waterways', arrival })],
  ['road', (arrival) => ({ mode: 'road', arrival })],
  [
    'combined road on ferry',
    (arrival) => ({ mode: 'combined', active: { mode: 'sea', cargo: 'bulk', arrival, shortSea: true } }),
  ],
];

describe('lodgingDeadline: properties', () => {
  it.each(BEFORE_ARRIVAL_CASES)('%s: a before-arrival deadline never falls after arrival', (_name, make) => {
    fc.assert(
      fc.property(instant, (t) => {
        const v = ok(lodgingDeadline(make(new Date(t))));
        expect(v.basis).toBe('before-arrival');
        return Date.parse(v.deadline) <= t;
      }),
    );
  });

  it('air complete, long flights: the deadline never falls after arrival', () => {
    fc.assert(
      fc.property(instant, fc.integer({ min: 4 * 60, max: 20 * 60 }), (dep, minutes) => {
        const arrival = dep + minutes * 60_000;
        const v = ok(
          lodgingDeadline({
            mode: 'air',
            dataset: 'complete',
            departure: new Date(dep),
            arrival: new Date(arrival),
          }),
        );
        return v.basis === 'before-arrival' && Date.parse(v.deadline) <= arrival;
      }),
    );
  });

  it.each(BEFORE_ARRIVAL_CASES)(
    '%s: moving arrival later never moves the deadline earlier',
    (_name, make) => {
      fc.assert(
        fc.property(instant, fc.integer({ min: 0, max: 30 * 86_400_000 }), (t, delta) => {
          const a = ok(lodgingDeadline(make(new Date(t))));
          const b = ok(lodgingDeadline(make(new Date(t + delta))));
          return Date.parse(b.deadline) >= Date.parse(a.deadline);
        }),
      );
    },
  );

  it('air complete: with departure fixed, a later arrival never gives an earlier deadline (even across the 4 h switch)', () => {
    fc.assert(
      fc.property(
        instant,
        fc.integer({ min: 1, max: 20 * 3_600_000 }),
        fc.integer({ min: 0, max: 20 * 3_600_000 }),
        (dep, flight, delta) => {
          const a = ok(
            lodgingDeadline({
              mode: 'air',
              dataset: 'complete',
              departure: new Date(dep),
              arrival: new Date(dep + flight),
            }),
          );
          const b = ok(
            lodgingDeadline({
              mode: 'air',
              dataset: 'complete',
              departure: new Date(dep),
              arrival: new Date(dep + flight + delta),
            }),
          );
          return Date.parse(b.deadline) >= Date.parse(a.deadline);
        },
      ),
    );
  });

  it('wall-clock arrivals across both Brussels DST changes keep their order under the default handling', () => {
    const base = [Date.UTC(2026, 2, 29, 0, 0), Date.UTC(2026, 9, 25, 0, 0)];
    const local = (ms: number) => new Date(ms).toISOString().slice(0, 16);
    fc.assert(
      fc.property(
        fc.constantFrom(...base),
        fc.integer({ min: 0, max: 6 * 60 }),
        fc.integer({ min: 0, max: 6 * 60 }),
        (day, m1, m2) => {
          const [lo, hi] = m1 <= m2 ? [m1, m2] : [m2, m1];
          const a = lodgingDeadline({
            mode: 'road',
            arrival: { local: local(day + lo * 60_000), timeZone: 'Europe/Brussels' },
          });
          const b = lodgingDeadline({
            mode: 'road',
            arrival: { local: local(day + hi * 60_000), timeZone: 'Europe/Brussels' },
          });
          if (!a.ok || !b.ok) return true; // a time in the spring gap is rejected
          return Date.parse(a.value.deadline) <= Date.parse(b.value.deadline);
        },
      ),
    );
  });

  it('every deadline is UTC without fractions', () => {
    fc.assert(
      fc.property(instant, fc.integer({ min: 0, max: 999 }), (t, ms) => {
        const v = ok(lodgingDeadline({ mode: 'road', arrival: new Date(t + ms) }));
        return UTC_RE.test(v.deadline) && Date.parse(v.deadline) <= t + ms - 3_600_000;
      }),
    );
  });
});

describe('PLACI at the very instant of loading', () => {
  it('is late (the rule says before loading); a second earlier is on time', () => {
    const at = lodgingDeadline({ mode: 'air', dataset: 'placi', loading: '2026-06-01T08:00:00Z', now: '2026-06-01T08:00:00Z' });
    const before = lodgingDeadline({ mode: 'air', dataset: 'placi', loading: '2026-06-01T08:00:00Z', now: '2026-06-01T07:59:59Z' });
    expect(at.ok && at.value.passed).toBe(true);
    expect(before.ok && before.value.passed).toBe(false);
  });
});

describe('short flights: actual and scheduled departure', () => {
  it('the actual departure is the deadline; the flight is measured on the schedule', () => {
    const scheduled = lodgingDeadline({ mode: 'air', dataset: 'complete', departure: '2026-06-01T08:00:00Z', arrival: '2026-06-01T10:30:00Z' });
    const actual = lodgingDeadline({ mode: 'air', dataset: 'complete', departure: '2026-06-01T08:00:00Z', actualDeparture: '2026-06-01T07:40:00Z', arrival: '2026-06-01T10:30:00Z' });
    expect(scheduled.ok && scheduled.value.deadline).toBe('2026-06-01T08:00:00Z');
    expect(actual.ok && actual.value).toMatchObject({ rule: 'air-complete-short-flight', deadline: '2026-06-01T07:40:00Z' });
    const long = lodgingDeadline({ mode: 'air', dataset: 'complete', departure: '2026-06-01T00:00:00Z', actualDeparture: '2026-06-01T01:00:00Z', arrival: '2026-06-01T10:00:00Z' });
    expect(long.ok && long.value.deadline).toBe('2026-06-01T06:00:00Z');
  });
});

describe('sea: short sea from UN/LOCODEs', () => {
  it('the port of loading gives the country; Northern Ireland and Art. 105(d) ports are known', () => {
    const casablanca = lodgingDeadline({ mode: 'sea', cargo: 'containerised', portOfLoading: { unlocode: 'MACAS' }, arrival: '2026-06-01T10:00:00Z' });
    expect(casablanca.ok && casablanca.value.rule).toBe('sea-short-sea');
    const belfast = lodgingDeadline({ mode: 'sea', cargo: 'bulk', portOfLoading: { unlocode: 'GBBEL' }, arrival: '2026-06-01T10:00:00Z' });
    expect(belfast.ok && belfast.value.rule).toBe('sea-bulk');
    const canaries = lodgingDeadline({ mode: 'sea', cargo: 'bulk', portOfLoading: { unlocode: 'SNDKR' }, firstUnionPort: { unlocode: 'ESLPA' }, voyageHours: 20, arrival: '2026-06-01T10:00:00Z' });
    expect(canaries.ok && canaries.value.rule).toBe('sea-outermost-regions');
    const conflict = lodgingDeadline({ mode: 'sea', cargo: 'bulk', portOfLoading: { unlocode: 'MACAS', country: 'TR' }, arrival: '2026-06-01T10:00:00Z' });
    expect(conflict.ok).toBe(false);
    expect(!conflict.ok && conflict.issues[0]?.code).toBe('conflict');
  });
});

describe('express and postal asked directly', () => {
  it('take the limits of the means that carries them', () => {
    const placi = lodgingDeadline({ mode: 'express', carriage: 'air', dataset: 'placi', loading: '2026-06-01T08:00:00Z' });
    expect(placi.ok && placi.value).toMatchObject({ mode: 'express', rule: 'air-placi', deadline: '2026-06-01T08:00:00Z', mustPrecedeLoading: true });
    const gac = lodgingDeadline({ mode: 'express', carriage: 'general-air-cargo', dataset: 'complete', departure: '2026-06-01T00:00:00Z', arrival: '2026-06-01T10:00:00Z' });
    expect(gac.ok && gac.value.rule).toBe('air-complete-long-flight');
    const road = lodgingDeadline({ mode: 'postal', carriage: 'road', arrival: '2026-06-01T10:00:00Z' });
    expect(road.ok && road.value).toMatchObject({ mode: 'postal', rule: 'road', deadline: '2026-06-01T09:00:00Z' });
    expect(road.ok && road.value.explanation).toContain('postal by road');
    const bad = lodgingDeadline({ mode: 'express', carriage: 'sea', arrival: '2026-06-01T10:00:00Z' } as never);
    expect(bad).toMatchObject({ ok: false, issues: [{ code: 'invalid_value', pointer: '/carriage' }] });
  });
});
