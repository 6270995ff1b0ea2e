import { describe, expect, it } from 'vitest';
import { computeIndicators, type IndicatorProgramme } from './indicators';
import type { Outcome } from './outcomes';

const prog = (id: string, over: Partial<IndicatorProgramme> = {}): IndicatorProgramme => ({
  participantId: id,
  programmeId: id,
  admissionDate: '2025-03-03',
  lastDay: '2026-03-31',
  workshop: 'Gastronomia',
  referrer: 'MOPS',
  ...over,
});
const out = (id: string, over: Partial<Outcome>): Outcome => ({
  participantId: id,
  programmeId: id,
  observedOn: '2026-04-15',
  work: 'NONE',
  employmentForm: null,
  contractType: null,
  socialEffects: [],
  ...over,
});

describe('indicators', () => {
  it('employment within 92 days of the last day, social with any effect; rates per group', () => {
    const programmes = [
      prog('a'),
      prog('b'),
      prog('c', { workshop: 'Ogród', admissionDate: '2026-01-05' }),
      prog('d'),
      prog('e', { lastDay: null }),
    ];
    const outcomes = [
      out('a', { work: 'EMPLOYMENT' }),
      out('b', { work: 'EMPLOYMENT', observedOn: '2026-08-01' }), // after the window: social only
      out('c', { socialEffects: ['HOUSING'] }),
    ];
    const r = computeIndicators(programmes, outcomes, 2026);
    expect(r.byYear).toEqual([
      { key: '2026', ended: 4, employed: 1, social: 3, employmentRate: 25, socialRate: 75 },
    ]);
    expect(r.byCohort.map((c) => [c.key, c.ended, c.employed])).toEqual([
      ['2025', 3, 1],
      ['2026', 1, 0],
    ]);
    expect(r.byWorkshop.find((w) => w.key === 'Ogród')).toMatchObject({ ended: 1, socialRate: 100 });
    expect(computeIndicators(programmes, outcomes, 2025).byWorkshop).toEqual([]);
  });
});
