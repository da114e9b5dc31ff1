import { describe, expectTypeOf, it } from 'vitest';
import { lodgingDeadline } from './lodgingDeadline';
import type { LodgingDeadline, LodgingDeadlineInput } from './lodgingDeadline';
import type { Result } from '../core/issue';

describe('lodgingDeadline input types guide the caller', () => {
  it('each mode asks for the times its rule needs', () => {
    // @ts-expect-error road needs an arrival
    const road: LodgingDeadlineInput = { mode: 'road' };
    // @ts-expect-error a PLACI needs the loading time, not the arrival
    const placi: LodgingDeadlineInput = { mode: 'air', dataset: 'placi', arrival: '2026-06-01T10:00:00Z' };
    // @ts-expect-error a complete air ENS needs departure and arrival
    const air: LodgingDeadlineInput = { mode: 'air', dataset: 'complete', arrival: '2026-06-01T10:00:00Z' };
    // @ts-expect-error rail takes the journey in minutes OR the departure from the last formation station
    const rail: LodgingDeadlineInput = { mode: 'rail', arrival: '2026-06-01T10:00:00Z' };
    const railBoth: LodgingDeadlineInput = {
      mode: 'rail',
      arrival: '2026-06-01T10:00:00Z',
      journeyMinutes: 60,
      // @ts-expect-error not both
      lastFormationStationDeparture: '2026-06-01T09:00:00Z',
    };
    // @ts-expect-error sea needs a cargo kind
    const sea: LodgingDeadlineInput = { mode: 'sea', arrival: '2026-06-01T10:00:00Z' };
    const nested: LodgingDeadlineInput = {
      mode: 'combined',
      // @ts-expect-error the active means of combined transport cannot be combined
      active: { mode: 'combined', active: { mode: 'road' } },
    };
    expectTypeOf([road, placi, air, rail, railBoth, sea, nested]).toBeArray();
  });

  it('well-formed inputs type-check and the result is a Result', () => {
    expectTypeOf(lodgingDeadline({ mode: 'road', arrival: new Date() })).toEqualTypeOf<
      Result<LodgingDeadline>
    >();
    expectTypeOf(
      lodgingDeadline({
        mode: 'inland-waterways',
        arrival: { local: '2026-06-01T10:00', timeZone: 'Europe/Vienna' },
      }),
    ).toEqualTypeOf<Result<LodgingDeadline>>();
    expectTypeOf<LodgingDeadline['basis']>().toEqualTypeOf<
      'before-loading' | 'before-arrival' | 'by-departure'
    >();
  });
});
