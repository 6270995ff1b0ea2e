import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { addDays, daysInMonth, formatIsoDate, formatIsoMonth } from '../calendar';
import { computeMonthlyBenefit } from '../benefit/monthly-benefit';
import { parseBenefitParameters } from '../benefit/parameters';
import { DAY_STATUSES, type DayStatus } from '../types';
import { monthCalendar, type ClassProgrammePlan } from './month-calendar';
import { priorUseFromEntries, summarizeMonth, type DayEntry } from './month-summary';
import { toBenefitInput } from './benefit-input';

const MON_FRI_7H: ClassProgrammePlan = { weekdayHours: [7, 7, 7, 7, 7, 0, 0] };
const WINDOW = { admissionDate: '2025-03-01', lastDay: null };

/** Entries with one status on every class day of the month (July 2025 has 23, no holidays). */
function everyClassDay(month: string, status: DayStatus, hours: number | null = 7): DayEntry[] {
  return monthCalendar(month, MON_FRI_7H)
    .filter((d) => d.defaultStatus === null)
    .map((d) => ({
      date: d.date,
      status,
      hours: status === 'present' ? hours : null,
      meal: status === 'present',
    }));
}

describe('summarizeMonth — counts, hours, meals', () => {
  it('a full month of presence: 23 days, 161 h, 23 meals due, weekends no_classes', () => {
    const s = summarizeMonth({
      month: '2025-07',
      entries: everyClassDay('2025-07', 'present'),
      window: WINDOW,
      programme: MON_FRI_7H,
    });
    expect(s.counts).toEqual({ present: 23, day_off: 0, sick: 0, unexcused: 0, excused: 0, no_classes: 8 });
    expect(s).toMatchObject({
      daysInMonth: 31,
      classDays: 23,
      scheduledHours: 161,
      hoursRecorded: 161,
      hoursPresent: 161,
      mealsDue: 23,
      mealsRecorded: 23,
      unrecordedDates: [],
      outsideParticipation: 0,
      ruleSet: 'UZS_2025',
    });
  });

  it('a present day without hours counts its planned hours; meals due follow presence, not the meal flag', () => {
    const s = summarizeMonth({
      month: '2025-07',
      window: WINDOW,
      programme: { weekdayHours: [7, 7, 7, 7, 5, 0, 0] },
      entries: [
        { date: '2025-07-01', status: 'present', hours: 6, meal: true },
        { date: '2025-07-04', status: 'present', hours: null, meal: false },
        { date: '2025-07-07', status: 'sick', hours: null },
        { date: '2025-07-08', status: 'excused', hours: 2 },
      ],
    });
    expect(s).toMatchObject({ hoursPresent: 11, hoursRecorded: 8, mealsDue: 2, mealsRecorded: 1 });
    expect(s.counts).toMatchObject({ present: 2, sick: 1, excused: 1 });
    expect(s.unrecordedDates).toHaveLength(19);
  });

  it('without a programme every day in participation without an entry is unrecorded', () => {
    const s = summarizeMonth({
      month: '2025-07',
      entries: [{ date: '2025-07-05', status: 'no_classes' }],
      window: WINDOW,
    });
    expect(s.counts.no_classes).toBe(1);
    expect(s.unrecordedDates).toHaveLength(30);
    expect(s).toMatchObject({ classDays: 0, scheduledHours: 0 });
  });

  it('days outside the participation window are counted apart and their entries ignored', () => {
    const s = summarizeMonth({
      month: '2025-07',
      programme: MON_FRI_7H,
      window: { admissionDate: '2025-07-14', lastDay: '2025-07-25' },
      entries: [
        { date: '2025-07-10', status: 'present', hours: 7 },
        { date: '2025-07-14', status: 'present', hours: 7 },
        { date: '2025-07-14', status: 'sick' },
        { date: '2025-07-15', status: 'late' },
        { date: '2025-07-32', status: 'present' },
        { date: '2025-08-01', status: 'present' },
      ],
    });
    expect(s.outsideParticipation).toBe(19);
    expect(s.classDays).toBe(10);
    expect(s.counts.present).toBe(1);
    expect(s.ignored).toEqual([
      { index: 0, date: '2025-07-10', reason: 'OUTSIDE_PARTICIPATION' },
      { index: 2, date: '2025-07-14', reason: 'DUPLICATE_DATE' },
      { index: 3, date: '2025-07-15', reason: 'UNKNOWN_STATUS' },
      { index: 4, date: '2025-07-32', reason: 'INVALID_DATE' },
    ]);
  });
});

describe('summarizeMonth — limits over the participation (art. 15 ust. 6a, 7, 7a)', () => {
  const month = '2024-07';
  const W2024 = { admissionDate: '2024-03-01', lastDay: null };
  const entries: DayEntry[] = [
    { date: '2024-07-01', status: 'day_off' },
    { date: '2024-07-02', status: 'day_off' },
    { date: '2024-07-03', status: 'sick' },
    { date: '2024-07-04', status: 'sick' },
    { date: '2024-07-08', status: 'unexcused' },
  ];

  it('12 days off and 21 sick days in January 2022 – May 2025; use beyond the limit is listed by date', () => {
    const s = summarizeMonth({
      month,
      entries,
      window: W2024,
      programme: MON_FRI_7H,
      priorUse: { daysOff: 11, sickDays: 20 },
    });
    expect(s.daysOff).toMatchObject({
      limit: 12,
      before: 11,
      inMonth: 2,
      after: 13,
      remaining: 0,
      overLimitDates: ['2024-07-02'],
      confidence: 'secondary',
    });
    expect(s.sickDays).toMatchObject({
      limit: 21,
      before: 20,
      inMonth: 2,
      after: 22,
      remaining: 0,
      overLimitDates: ['2024-07-04'],
      article: 'art. 15 ust. 7a',
    });
    // One unexcused day plus the day off beyond the limit, as in the engine.
    expect(s.unexcused).toMatchObject({ days: 2, forfeitAboveDays: 3, forfeited: false, setBy: 'centre' });
  });

  it('agrees with the benefit engine on the cumulative use', () => {
    const priorUse = { daysOff: 11, sickDays: 20 };
    const s = summarizeMonth({ month, entries, window: W2024, priorUse });
    const r = computeMonthlyBenefit(
      toBenefitInput({ month, centreType: 'CIS', window: W2024, entries, priorUse }),
    );
    expect(r.ok && r.value.endUse).toMatchObject({ daysOff: s.daysOff.after, sickDays: s.sickDays.after });
  });

  it('from June 2025: 6 days off + the extension, the day beyond listed (the engine refuses it)', () => {
    const july = entries.map((e) => ({ ...e, date: e.date.replace('2024-', '2025-') }));
    const s = summarizeMonth({
      month: '2025-07',
      entries: july,
      window: WINDOW,
      priorUse: { daysOff: 5, sickDays: 0 },
    });
    expect(s.daysOff).toMatchObject({ limit: 6, after: 7, overLimitDates: ['2025-07-02'] });
    expect(s.unexcused.days).toBe(1);
    const ext = summarizeMonth({
      month: '2025-07',
      entries: july,
      window: WINDOW,
      priorUse: { daysOff: 5, sickDays: 0 },
      extensionMonths: 6,
    });
    expect(ext.daysOff).toMatchObject({ limit: 9, after: 7, remaining: 2, overLimitDates: [] });
  });

  it('before 2022: 6 days off, 14 sick days, and the >3 unexcused days rule is the law', () => {
    const noForfeit = parseBenefitParameters({ unexcusedForfeitAboveDays: null });
    if (!noForfeit.ok) throw new Error(noForfeit.error.message);
    const days = ['2021-10-04', '2021-10-05', '2021-10-06', '2021-10-07'].map(
      (date): DayEntry => ({ date, status: 'unexcused' }),
    );
    const old = summarizeMonth(
      { month: '2021-10', entries: days, window: { admissionDate: '2021-06-01' } },
      noForfeit.value,
    );
    expect(old).toMatchObject({
      ruleSet: 'UZS_2015',
      daysOff: { limit: 6 },
      sickDays: { limit: 14 },
      unexcused: { days: 4, forfeitAboveDays: 3, forfeited: true, setBy: 'law' },
    });

    const recent = days.map((d) => ({ ...d, date: d.date.replace('2021', '2024') }));
    const w = { admissionDate: '2024-03-01' };
    expect(summarizeMonth({ month: '2024-10', entries: recent, window: w }).unexcused).toMatchObject({
      forfeited: true,
      setBy: 'centre',
    });
    expect(
      summarizeMonth({ month: '2024-10', entries: recent, window: w }, noForfeit.value).unexcused,
    ).toMatchObject({ forfeitAboveDays: null, forfeited: false });
    // From June 2025 the rule is the Act's (art. 15 ust. 7), whatever the centre set.
    const now = days.map((d) => ({ ...d, date: d.date.replace('2021', '2025') }));
    expect(
      summarizeMonth({ month: '2025-10', entries: now, window: WINDOW }, noForfeit.value).unexcused,
    ).toMatchObject({ forfeitAboveDays: 3, forfeited: true, setBy: 'law' });
  });

  it('priorUse defaults to the days off and sick days of earlier months in the participation', () => {
    const all: DayEntry[] = [
      { date: '2025-02-20', status: 'sick' }, // before admission
      { date: '2025-03-03', status: 'sick' },
      { date: '2025-03-04', status: 'sick' },
      { date: '2025-03-04', status: 'day_off' }, // second entry of a date: ignored
      { date: '2025-05-05', status: 'day_off' },
      { date: '2025-06-30', status: 'holiday' },
      { date: '2025-07-01', status: 'day_off' }, // this month
    ];
    // From June 2025 only the participation period counts: the March sick days were the trial month.
    expect(priorUseFromEntries(all, '2025-07', WINDOW)).toEqual({ daysOff: 1, sickDays: 0 });
    expect(priorUseFromEntries(all, '2025-05', WINDOW)).toEqual({ daysOff: 0, sickDays: 2 });
    expect(summarizeMonth({ month: '2025-07', entries: all, window: WINDOW }).daysOff).toMatchObject({
      before: 1,
      inMonth: 1,
      after: 2,
      remaining: 4,
    });
  });

  it('refuses a bad month or window', () => {
    expect(() => summarizeMonth({ month: '2025-7', entries: [], window: WINDOW })).toThrow(RangeError);
    expect(() =>
      summarizeMonth({ month: '2025-07', entries: [], window: { admissionDate: '2025-02-30' } }),
    ).toThrow(RangeError);
  });
});

describe('summarizeMonth — properties', () => {
  const monthArb = fc
    .integer({ min: 2018 * 12, max: 2027 * 12 + 11 })
    .map((i) => formatIsoMonth(Math.floor(i / 12), (i % 12) + 1));
  const statusArb = fc.constantFrom<string>(...DAY_STATUSES, 'present', 'present', 'bogus');

  it('the statuses, unrecorded and outside days add up to the days of the month', () => {
    fc.assert(
      fc.property(
        monthArb,
        fc.array(
          fc.record({
            day: fc.integer({ min: 1, max: 31 }),
            status: statusArb,
            hours: fc.option(fc.integer({ min: 0, max: 10 })),
          }),
          { maxLength: 45 },
        ),
        fc.integer({ min: -40, max: 31 }),
        fc.option(fc.integer({ min: 0, max: 40 })),
        fc.boolean(),
        (month, raw, admissionOffset, length, withProgramme) => {
          const [y, m] = month.split('-').map(Number) as [number, number];
          const dim = daysInMonth(y, m);
          const entries = raw
            .filter((e) => e.day <= dim)
            .map((e) => ({ date: formatIsoDate(y, m, e.day), status: e.status, hours: e.hours }));
          const admissionDate = addDays(`${month}-01`, admissionOffset);
          const window = { admissionDate, lastDay: length === null ? null : addDays(admissionDate, length) };
          const s = summarizeMonth({ month, entries, window, programme: withProgramme ? MON_FRI_7H : null });

          const counted = Object.values(s.counts).reduce((a, b) => a + b, 0);
          expect(counted + s.unrecordedDates.length + s.outsideParticipation).toBe(dim);
          expect(s.mealsDue).toBe(s.counts.present);
          expect(s.daysOff.inMonth).toBeLessThanOrEqual(s.counts.day_off);
          expect(s.sickDays.inMonth).toBeLessThanOrEqual(s.counts.sick);
          expect(counted - s.counts.no_classes + s.ignored.length).toBeLessThanOrEqual(entries.length);
        },
      ),
    );
  });

  it('agrees with the benefit engine on endUse and on a forfeited month', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 2018 * 12, max: 2026 * 12 + 11 }),
        fc.array(fc.constantFrom<DayStatus>(...DAY_STATUSES, 'present', 'present'), {
          minLength: 31,
          maxLength: 31,
        }),
        fc.integer({ min: 0, max: 15 }),
        fc.integer({ min: 0, max: 25 }),
        (idx, statuses, priorOff, priorSick) => {
          const month = formatIsoMonth(Math.floor(idx / 12), (idx % 12) + 1);
          const window = { admissionDate: addDays(`${month}-01`, -60), lastDay: null };
          const entries = monthCalendar(month, MON_FRI_7H).map((d, i) => ({
            date: d.date,
            status: statuses[i] as DayStatus,
          }));
          const priorUse = { daysOff: priorOff, sickDays: priorSick };
          const s = summarizeMonth({ month, entries, window, priorUse });
          const r = computeMonthlyBenefit(
            toBenefitInput({ month, centreType: 'CIS', window, entries, priorUse }),
          );
          if (!r.ok) {
            // From June 2025 a day off the law does not give is refused; the summary lists it.
            expect(r.error.code).toBe('DAY_OFF_ABOVE_LIMIT');
            expect(s.daysOff.overLimitDates.length).toBeGreaterThan(0);
            return;
          }
          expect(r.value.endUse).toMatchObject({ daysOff: s.daysOff.after, sickDays: s.sickDays.after });
          expect(r.value.forfeited).toBe(s.unexcused.forfeited);
        },
      ),
    );
  });
});
