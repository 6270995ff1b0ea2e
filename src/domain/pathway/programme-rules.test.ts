import { describe, expect, it } from 'vitest';
import {
  checkExit,
  checkProgrammeContent,
  checkSigning,
  effectiveProgrammeStatus,
  followUpSchedule,
  latestContinuation,
  programmeDates,
} from './programme-rules';

const content = {
  centreType: 'CIS' as const,
  kind: 'IPZS' as const,
  admissionDate: '2026-02-02',
  referredOn: '2026-01-05',
  weeklyHours: 35,
  disabilityDegree: 'NONE' as const,
  contractNumber: null,
  contractFrom: null,
  contractTo: null,
  signedOn: null,
};

describe('programme dates', () => {
  it('IPZS: trial month by art. 112 KC, 12 months, extension within the cap of the rules in force', () => {
    const r = programmeDates('IPZS', '2026-01-31', 0, null);
    expect(r).toEqual({
      ok: true,
      value: {
        trialLastDay: '2026-02-27',
        baseEnd: '2027-01-30',
        plannedEnd: '2027-01-30',
        limitEnd: '2028-01-30',
        maxExtensionMonths: 12,
      },
    });
    expect(programmeDates('IPZS', '2026-02-02', 12, null)).toMatchObject({
      ok: true,
      value: { plannedEnd: '2028-02-01' },
    });
    expect(programmeDates('IPZS', '2026-02-02', 13, null)).toMatchObject({
      ok: false,
      problems: [{ code: 'EXTENSION_ABOVE_LIMIT' }],
    });
  });
  it('pre-2022 extension: at most 6 months (18 in total)', () => {
    expect(programmeDates('IPZS', '2019-03-01', 7, null)).toMatchObject({
      ok: false,
      problems: [{ code: 'EXTENSION_ABOVE_LIMIT' }],
    });
    expect(programmeDates('IPZS', '2019-03-01', 6, null)).toMatchObject({
      ok: true,
      value: { plannedEnd: '2020-08-31' },
    });
  });
  it('KIS: the planned end is individual and required', () => {
    expect(programmeDates('KIS_CONTRACT', '2026-02-02', 0, null)).toMatchObject({
      ok: false,
      problems: [{ path: 'plannedEnd', code: 'REQUIRED' }],
    });
    expect(programmeDates('KIS_CONTRACT', '2026-02-02', 0, '2026-01-01')).toMatchObject({
      ok: false,
      problems: [{ code: 'DATE_ORDER' }],
    });
    expect(programmeDates('KIS_CONTRACT', '2026-02-02', 0, '2026-09-30')).toMatchObject({
      ok: true,
      value: { plannedEnd: '2026-09-30', trialLastDay: null },
    });
  });
});

describe('programme content', () => {
  it('accepts 30–40 weekly hours and refuses 29 or 41 with the article', () => {
    expect(checkProgrammeContent(content)).toEqual([]);
    expect(checkProgrammeContent({ ...content, weeklyHours: 30 })).toEqual([]);
    expect(checkProgrammeContent({ ...content, weeklyHours: 40 })).toEqual([]);
    expect(checkProgrammeContent({ ...content, weeklyHours: 29 })).toEqual([
      expect.objectContaining({
        path: 'weeklyHours',
        code: 'WEEKLY_HOURS_TOO_LOW',
        message: expect.stringContaining('art. 14 ust. 1'),
      }),
    ]);
    expect(checkProgrammeContent({ ...content, weeklyHours: 41 })).toEqual([
      expect.objectContaining({ code: 'WEEKLY_HOURS_TOO_HIGH' }),
    ]);
  });
  it('applies the disability limits (35 h a week)', () => {
    expect(
      checkProgrammeContent({ ...content, weeklyHours: 37.5, disabilityDegree: 'SIGNIFICANT' }).map(
        (p) => p.code,
      ),
    ).toContain('DISABLED_WEEKLY_HOURS_TOO_HIGH');
    expect(checkProgrammeContent({ ...content, weeklyHours: 35, disabilityDegree: 'MODERATE' })).toEqual([]);
  });
  it('refuses an admission before the referral, and an IPZS in a KIS', () => {
    expect(checkProgrammeContent({ ...content, admissionDate: '2026-01-04' }).map((p) => p.code)).toContain(
      'ADMISSION_BEFORE_REFERRAL',
    );
    expect(checkProgrammeContent({ ...content, centreType: 'KIS' }).map((p) => p.code)).toContain(
      'WRONG_PROGRAMME_KIND',
    );
  });
  it('a KIS contract needs its number', () => {
    const kis = { ...content, centreType: 'KIS' as const, kind: 'KIS_CONTRACT' as const, weeklyHours: null };
    expect(checkProgrammeContent(kis)).toEqual([
      expect.objectContaining({ path: 'contractNumber', code: 'REQUIRED' }),
    ]);
    expect(
      checkProgrammeContent({
        ...kis,
        contractNumber: 'KS/12/2026',
        contractFrom: '2026-02-01',
        contractTo: '2026-01-01',
      }),
    ).toEqual([expect.objectContaining({ code: 'DATE_ORDER' })]);
  });
});

describe('signing (participation cannot start before the IPZS is signed)', () => {
  const base = { admissionDate: '2026-02-02', referredOn: '2026-01-05', today: '2026-11-23' };
  it('accepts signing on or before the admission day', () => {
    expect(checkSigning({ ...base, signedOn: '2026-02-02' })).toEqual([]);
    expect(checkSigning({ ...base, signedOn: '2026-01-30' })).toEqual([]);
  });
  it('refuses signing after the admission day, before the referral, or in the future', () => {
    expect(checkSigning({ ...base, signedOn: '2026-02-03' }).map((p) => p.code)).toEqual([
      'ADMISSION_BEFORE_SIGNING',
    ]);
    expect(checkSigning({ ...base, signedOn: '2026-01-04' }).map((p) => p.code)).toEqual([
      'SIGNED_BEFORE_REFERRAL',
    ]);
    expect(
      checkSigning({ ...base, admissionDate: '2026-12-01', signedOn: '2026-11-24' }).map((p) => p.code),
    ).toEqual(['DATE_IN_FUTURE']);
  });
});

describe('exit (art. 13 ust. 4–5)', () => {
  const exit = {
    kind: 'IPZS' as const,
    type: 'EMPLOYMENT' as const,
    admissionDate: '2026-02-02',
    plannedEnd: '2027-02-01',
    lastDay: '2026-05-29',
    eventDate: '2026-06-01',
    continuationUntil: null,
    decisionOn: null,
  };
  it('the continuation ends at most 6 months after the event and never past the participation period', () => {
    expect(latestContinuation('2026-06-01', '2027-02-01')).toBe('2026-12-01');
    expect(latestContinuation('2026-12-15', '2027-02-01')).toBe('2027-02-01');
    expect(checkExit({ ...exit, continuationUntil: '2026-12-01' })).toEqual([]);
    expect(checkExit({ ...exit, continuationUntil: '2026-12-02' })).toEqual([
      expect.objectContaining({
        code: 'CONTINUATION_TOO_LONG',
        message: expect.stringContaining('2026-12-01'),
      }),
    ]);
  });
  it('refuses an exit date before admission or after the planned end', () => {
    expect(checkExit({ ...exit, lastDay: '2026-02-01' }).map((p) => p.code)).toContain(
      'EXIT_BEFORE_ADMISSION',
    );
    expect(checkExit({ ...exit, lastDay: '2027-02-02' }).map((p) => p.code)).toContain('EXIT_AFTER_END');
  });
  it('follow-ups come 4 weeks and 6 months after the last day', () => {
    expect(followUpSchedule('2026-08-31')).toEqual([
      { label: 'WEEKS_4', dueOn: '2026-09-28' },
      { label: 'MONTHS_6', dueOn: '2027-02-28' },
    ]);
  });
  it('a continuing programme shows as closed once its continuation has passed', () => {
    expect(effectiveProgrammeStatus('CONTINUING', '2026-11-22', '2026-11-23')).toBe('CLOSED');
    expect(effectiveProgrammeStatus('CONTINUING', '2026-11-23', '2026-11-23')).toBe('CONTINUING');
    expect(effectiveProgrammeStatus('SIGNED', null, '2030-01-01')).toBe('SIGNED');
  });
});
