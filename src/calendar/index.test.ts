import { describe, expect, it } from 'vitest';
import * as calendar from './index';

describe('calendar public API', () => {
  it('exports the four questions and the data they read', () => {
    expect(Object.keys(calendar).sort()).toEqual(
      [
        'lodgingDeadline',
        'rolloutPhase',
        'requiredFilings',
        'exemption',
        'classifySeaVoyage',
        'parseTimeInput',
        'isTimeZone',
        'formatUtc',
        'formatInZone',
        'describeDuration',
        'weakestConfidence',
        'caveatsOf',
        'SOURCES',
        'ACTS',
        'CITATIONS',
        'DEADLINE_ROWS',
        'DEADLINE_THRESHOLDS',
        'DEADLINE_RULE_ROWS',
        'SHORT_SEA_COUNTRIES',
        'SHORT_SEA_SEAS',
        'OUTERMOST_REGIONS',
        'RELEASES',
        'ROLLOUT_TRACKS',
        'ROLLOUT_ASSIGNMENTS',
        'ROLLOUT_LATER',
        'ROLLOUT_TIME_ZONE',
        'WAIVERS',
        'SECURITY_ZONE_DISPATCH',
        'FILING_TYPES',
        'FILING_PLANS',
      ].sort(),
    );
    const r = calendar.lodgingDeadline({ mode: 'road', arrival: '2026-06-01T10:00:00Z' });
    expect(r.ok && r.value.deadline).toBe('2026-06-01T09:00:00Z');
  });
});
