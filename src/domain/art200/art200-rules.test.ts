import { describe, expect, it } from 'vitest';
import {
  buildMonthList,
  checkArt200Agreement,
  checkArt200Day,
  checkArt200Enrolment,
  lastDayOfPeriod,
} from './art200-rules';
import { art200ParametersOn } from './parameters';

const params = art200ParametersOn('2026-01-05');
const agreement = { validFrom: '2026-01-05', validUntil: '2026-12-31', dailyHoursLimit: 4, maxMonths: 6 };
const codes = (p: { field: string; code: string }[]) => p.map((x) => `${x.field}:${x.code}`);

describe('art. 200 parameters', () => {
  it('exist only from the 2025 labour-market act on, with 4 hours and 6 months and no stipend', () => {
    expect(art200ParametersOn('2025-05-31')).toBeNull();
    expect(art200ParametersOn('2025-06-01')).toMatchObject({
      maxHoursPerDay: 4,
      maxMonths: 6,
      stipend: null,
    });
    // The source shown on screen names the act, never an internal note.
    expect(params?.source).toContain('Dz.U. 2025 poz. 620');
    expect(params?.source).not.toMatch(/law\.md|\[U\]|\[M\]|niepotwierdz/);
  });
});

describe('the last day of a person’s months', () => {
  it.each([
    ['2026-01-05', 6, '2026-07-04'],
    ['2026-03-01', 6, '2026-08-31'],
    ['2026-08-31', 6, '2027-02-28'], // no 31 February: the month's last day ends the period
    ['2026-01-31', 1, '2026-02-28'],
    ['2026-02-28', 1, '2026-03-27'],
  ])('%s + %i months → %s', (start, months, last) => {
    expect(lastDayOfPeriod(start, months)).toBe(last);
  });
});

describe('the agreement with the starosta', () => {
  const ok = {
    partnerKind: 'LABOUR_OFFICE',
    partnerArchived: false,
    signedOn: '2026-01-02',
    validFrom: '2026-01-05',
    validUntil: '2026-12-31',
    dailyHoursLimit: 4,
    maxMonths: 6,
  };
  it('accepts a PUP agreement within the limits', () => {
    expect(checkArt200Agreement(ok, params)).toEqual([]);
    expect(
      checkArt200Agreement({ ...ok, partnerKind: 'LOCAL_GOVERNMENT', dailyHoursLimit: 3 }, params),
    ).toEqual([]);
  });
  it('refuses each broken rule at its field', () => {
    expect(
      codes(
        checkArt200Agreement(
          { ...ok, partnerKind: 'EMPLOYER', validUntil: '2026-01-01', dailyHoursLimit: 5, maxMonths: 7 },
          params,
        ),
      ),
    ).toEqual([
      'partnerId:ART200_PARTNER_KIND',
      'validUntil:ART200_END_BEFORE_START',
      'signedOn:ART200_SIGNED_AFTER_END',
      'dailyHoursLimit:ART200_DAILY_LIMIT',
      'maxMonths:ART200_MONTHS_LIMIT',
    ]);
    expect(codes(checkArt200Agreement({ ...ok, partnerArchived: true }, params))).toEqual([
      'partnerId:PARTNER_ARCHIVED',
    ]);
  });
  it('refuses an agreement before the act was in force', () => {
    const p = checkArt200Agreement({ ...ok, validFrom: '2025-03-01' }, art200ParametersOn('2025-03-01'));
    expect(codes(p)).toEqual(['validFrom:ART200_BEFORE_ACT']);
    expect(p[0]?.message).toContain('1 czerwca 2025');
  });
});

describe('a person’s enrolment', () => {
  it('fits inside the agreement and the months', () => {
    expect(
      checkArt200Enrolment({ startDate: '2026-01-05', plannedEndDate: '2026-07-04' }, agreement),
    ).toEqual([]);
  });
  it.each([
    [{ startDate: '2026-01-02', plannedEndDate: '2026-03-31' }, 'startDate:ART200_OUTSIDE_AGREEMENT'],
    [{ startDate: '2026-03-02', plannedEndDate: '2026-03-01' }, 'plannedEndDate:ART200_END_BEFORE_START'],
    [{ startDate: '2026-01-05', plannedEndDate: '2026-07-05' }, 'plannedEndDate:ART200_OVER_MAX_MONTHS'],
    [{ startDate: '2026-10-01', plannedEndDate: '2027-01-31' }, 'plannedEndDate:ART200_OUTSIDE_AGREEMENT'],
  ])('%o → %s', (e, code) => {
    expect(codes(checkArt200Enrolment(e, agreement))).toEqual([code]);
  });
  it('says the last allowed day in Polish', () => {
    const [p] = checkArt200Enrolment({ startDate: '2026-01-05', plannedEndDate: '2026-08-31' }, agreement);
    expect(p?.message).toBe(
      'Udział może trwać najwyżej 6 miesięcy — przy początku 05.01.2026 najpóźniej do 04.07.2026.',
    );
  });
});

describe('a day of activities', () => {
  const enrolment = { startDate: '2026-01-05', plannedEndDate: '2026-07-04', endedOn: null };
  const today = '2026-08-20';
  it.each([
    [{ date: '2026-02-10', hours: 4 }, []],
    [{ date: '2026-02-10', hours: 0 }, []],
    [{ date: '2026-02-10', hours: 2.75 }, []],
    [{ date: '2026-02-10', hours: 5 }, ['hours:ART200_DAILY_LIMIT']],
    [{ date: '2026-02-10', hours: 2.1 }, ['hours:ART200_HOURS_STEP']],
    [{ date: '2026-01-02', hours: 3 }, ['date:ART200_OUTSIDE_AGREEMENT']],
    [{ date: '2026-07-10', hours: 3 }, ['date:ART200_OVER_MAX_MONTHS']],
    [{ date: '2026-08-21', hours: 3 }, ['date:FUTURE_DAY']],
  ])('%o → %o', (d, expected) => {
    expect(codes(checkArt200Day(d, enrolment, agreement, today))).toEqual(expected);
  });
  it('keeps a person’s own shorter period and exit', () => {
    const short = { startDate: '2026-03-02', plannedEndDate: '2026-05-29', endedOn: '2026-04-30' };
    expect(codes(checkArt200Day({ date: '2026-05-04', hours: 4 }, short, agreement, today))).toEqual([
      'date:ART200_OUTSIDE_ENROLMENT',
    ]);
    expect(codes(checkArt200Day({ date: '2026-02-27', hours: 4 }, short, agreement, today))).toEqual([
      'date:ART200_OUTSIDE_ENROLMENT',
    ]);
  });
  it('holds the agreement’s lower limit', () => {
    expect(
      codes(
        checkArt200Day(
          { date: '2026-02-10', hours: 3.5 },
          enrolment,
          { ...agreement, dailyHoursLimit: 3 },
          today,
        ),
      ),
    ).toEqual(['hours:ART200_DAILY_LIMIT']);
  });
});

describe('the month list for the PUP', () => {
  it('sums days present and hours per person and overall, exactly', () => {
    const list = buildMonthList(
      [
        { enrolmentId: 'a', name: 'Nowak Anna', pesel: null },
        { enrolmentId: 'b', name: 'Wójcik Jan', pesel: null },
      ],
      [
        { enrolmentId: 'a', date: '2026-02-02', hours: 4 },
        { enrolmentId: 'a', date: '2026-02-03', hours: 2.25 },
        { enrolmentId: 'a', date: '2026-02-04', hours: 0 },
        { enrolmentId: 'b', date: '2026-02-02', hours: 3.75 },
      ],
    );
    expect(list.rows[0]).toMatchObject({ daysPresent: 2, hours: 6.25, hoursByDay: { 2: 4, 3: 2.25, 4: 0 } });
    expect(list.rows[1]).toMatchObject({ daysPresent: 1, hours: 3.75 });
    expect(list.totals).toEqual({ people: 2, daysPresent: 3, hours: 10 });
  });
});
