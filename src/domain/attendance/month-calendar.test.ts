import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { daysInMonth, formatIsoMonth } from '../calendar';
import {
  isInParticipation,
  monthCalendar,
  participantMonthCalendar,
  type ClassProgrammePlan,
} from './month-calendar';

const MON_FRI_7H: ClassProgrammePlan = { weekdayHours: [7, 7, 7, 7, 7, 0, 0] };

describe('monthCalendar', () => {
  it('June 2026: weekends and Corpus Christi (4 June) have no classes; 21 class days of 7 h', () => {
    const days = monthCalendar('2026-06', MON_FRI_7H);
    expect(days).toHaveLength(30);
    expect(days[0]).toEqual({
      date: '2026-06-01',
      weekday: 1,
      hours: 7,
      holiday: null,
      noClassesReason: null,
      defaultStatus: null,
    });
    expect(days[3]).toEqual({
      date: '2026-06-04',
      weekday: 4,
      hours: 0,
      holiday: 'Boże Ciało',
      noClassesReason: 'PUBLIC_HOLIDAY',
      defaultStatus: 'no_classes',
    });
    expect(days[5]).toMatchObject({
      date: '2026-06-06',
      noClassesReason: 'WEEKEND',
      defaultStatus: 'no_classes',
    });
    const classDays = days.filter((d) => d.defaultStatus === null);
    expect(classDays).toHaveLength(21);
    expect(classDays.reduce((s, d) => s + d.hours, 0)).toBe(147);
  });

  it('December 2025: Wigilia, both Christmas days are holidays on weekdays', () => {
    const days = monthCalendar('2025-12', MON_FRI_7H);
    expect(days.filter((d) => d.noClassesReason === 'PUBLIC_HOLIDAY').map((d) => d.date)).toEqual([
      '2025-12-24',
      '2025-12-25',
      '2025-12-26',
    ]);
    expect(days.filter((d) => d.defaultStatus === null)).toHaveLength(20);
  });

  it('a holiday on a weekend is reported as a holiday (15 August 2026 is a Saturday)', () => {
    expect(monthCalendar('2026-08', MON_FRI_7H)[14]).toMatchObject({
      date: '2026-08-15',
      weekday: 6,
      noClassesReason: 'PUBLIC_HOLIDAY',
    });
  });

  it('a weekday without classes in the programme is NOT_SCHEDULED', () => {
    const days = monthCalendar('2026-03', { weekdayHours: [8, 8, 8, 8, 0, 0, 0] });
    expect(days.find((d) => d.date === '2026-03-06')).toMatchObject({
      weekday: 5,
      hours: 0,
      noClassesReason: 'NOT_SCHEDULED',
      defaultStatus: 'no_classes',
    });
  });

  it('the programme decides: Saturday classes and single-day exceptions (even on a holiday) count', () => {
    const days = monthCalendar('2026-05', {
      weekdayHours: [6, 6, 6, 6, 6, 5, 0],
      dayHours: { '2026-05-01': 4, '2026-05-04': 0 },
    });
    expect(days.find((d) => d.date === '2026-05-02')).toMatchObject({
      weekday: 6,
      hours: 5,
      defaultStatus: null,
    });
    expect(days.find((d) => d.date === '2026-05-01')).toMatchObject({
      holiday: 'Święto Pracy',
      hours: 4,
      defaultStatus: null,
    });
    expect(days.find((d) => d.date === '2026-05-04')).toMatchObject({
      weekday: 1,
      hours: 0,
      noClassesReason: 'NOT_SCHEDULED',
    });
    expect(days.find((d) => d.date === '2026-05-03')).toMatchObject({
      weekday: 7,
      noClassesReason: 'PUBLIC_HOLIDAY',
    });
  });

  it('refuses a bad month or programme', () => {
    expect(() => monthCalendar('2026-13', MON_FRI_7H)).toThrow(RangeError);
    expect(() => monthCalendar('2026-01', { weekdayHours: [7, 7, 7, 7, 7] })).toThrow(RangeError);
    expect(() => monthCalendar('2026-01', { weekdayHours: [7, 7, 7, 7, -1, 0, 0] })).toThrow(RangeError);
  });

  it('property: one entry per day, hours 0 exactly when the default is no_classes', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 2000 * 12, max: 2100 * 12 }),
        fc.array(fc.constantFrom(0, 0, 4, 6, 7, 8), { minLength: 7, maxLength: 7 }),
        (idx, weekdayHours) => {
          const year = Math.floor(idx / 12);
          const month = (idx % 12) + 1;
          const days = monthCalendar(formatIsoMonth(year, month), { weekdayHours });
          expect(days).toHaveLength(daysInMonth(year, month));
          for (const d of days) {
            expect(d.defaultStatus === 'no_classes').toBe(d.hours === 0);
            if (d.holiday) expect(d.hours).toBe(0);
          }
        },
      ),
    );
  });
});

describe('participantMonthCalendar', () => {
  it('days before admission and after the last day are not recordable', () => {
    const days = participantMonthCalendar('2026-06', MON_FRI_7H, {
      admissionDate: '2026-06-10',
      lastDay: '2026-06-24',
    });
    const recordable = days.filter((d) => d.recordable).map((d) => d.date);
    expect(recordable[0]).toBe('2026-06-10');
    expect(recordable.at(-1)).toBe('2026-06-24');
    expect(recordable).toHaveLength(11);
    expect(days.find((d) => d.date === '2026-06-09')).toMatchObject({
      inParticipation: false,
      recordable: false,
      defaultStatus: null,
    });
    expect(days.find((d) => d.date === '2026-06-13')).toMatchObject({
      inParticipation: true,
      recordable: false,
      defaultStatus: 'no_classes',
    });
  });

  it('an open window runs to the end of the month', () => {
    const days = participantMonthCalendar('2026-06', MON_FRI_7H, {
      admissionDate: '2026-01-15',
      lastDay: null,
    });
    expect(days.every((d) => d.inParticipation)).toBe(true);
  });

  it('refuses a last day before the admission', () => {
    expect(() =>
      participantMonthCalendar('2026-06', MON_FRI_7H, { admissionDate: '2026-06-10', lastDay: '2026-06-09' }),
    ).toThrow(RangeError);
  });

  it('isInParticipation includes both ends', () => {
    const w = { admissionDate: '2026-02-01', lastDay: '2026-02-28' };
    expect([
      isInParticipation('2026-01-31', w),
      isInParticipation('2026-02-01', w),
      isInParticipation('2026-02-28', w),
      isInParticipation('2026-03-01', w),
    ]).toEqual([false, true, true, false]);
  });
});
