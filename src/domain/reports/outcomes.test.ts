import { describe, expect, it } from 'vitest';
import { independenceInYear, independenceKind, type Outcome } from './outcomes';

const o = (over: Partial<Outcome>): Outcome => ({
  participantId: 'a',
  programmeId: 'p1',
  observedOn: '2026-07-01',
  work: 'EMPLOYMENT',
  employmentForm: null,
  contractType: null,
  socialEffects: [],
  ...over,
});

describe('usamodzielnienie ekonomiczne', () => {
  it.each([
    ['EMPLOYMENT', null, 'EMPLOYER'],
    ['EMPLOYMENT', 'SUPPORTED_AT_EMPLOYER', 'SUPPORTED_AT_EMPLOYER'],
    ['EMPLOYMENT', 'IN_CENTRE', 'IN_CENTRE'],
    ['OWN_BUSINESS', null, 'OWN_BUSINESS'],
    ['SOCIAL_COOPERATIVE', null, 'SOCIAL_COOPERATIVE'],
    ['PENSION', null, 'PENSION'],
    ['OTHER_PAID_WORK', null, null],
    ['NONE', null, null],
  ] as const)('%s (%s) → %s', (work, employmentForm, kind) => {
    expect(independenceKind({ work, employmentForm })).toBe(kind);
  });

  it('counts a kind once, in the year it was first recorded for the programme', () => {
    const list = [
      o({ observedOn: '2025-12-15' }),
      o({ observedOn: '2026-06-15' }), // the 6-month follow-up sees the same job
      o({ participantId: 'b', observedOn: '2026-03-01', work: 'OWN_BUSINESS' }),
      o({ participantId: 'b', observedOn: '2026-09-01', work: 'OWN_BUSINESS' }),
      o({ participantId: 'c', programmeId: 'p2', observedOn: '2026-02-01' }), // a new programme, a new job
      o({ participantId: 'd', observedOn: '2026-02-01', work: 'OTHER_PAID_WORK' }),
    ];
    const y2025 = independenceInYear(2025, list);
    const y2026 = independenceInYear(2026, list);
    expect([...y2025.get('EMPLOYER')!]).toEqual(['a']);
    expect([...y2026.get('EMPLOYER')!]).toEqual(['c']);
    expect([...y2026.get('OWN_BUSINESS')!]).toEqual(['b']);
    expect([...y2026.values()].reduce((n, s) => n + s.size, 0)).toBe(2);
  });
});
