import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { DAY_STATUSES } from '../types';
import {
  validateEntries,
  type AttendanceEntryToValidate,
  type AttendanceParticipant,
  type AttendanceValidationOptions,
} from './validate-entries';

const ANNA = '00000000-0000-4000-8000-000000000001';
const PIOTR = '00000000-0000-4000-8000-000000000002';
const PARTICIPANTS: AttendanceParticipant[] = [
  { id: ANNA, window: { admissionDate: '2026-03-01', lastDay: null } },
  { id: PIOTR, window: { admissionDate: '2026-06-10', lastDay: '2026-06-24' }, disability: 'MODERATE' },
];
const PROGRAMME = { weekdayHours: [7, 7, 7, 7, 7, 0, 0] };
const NOTE = { number: 'ZLA 123456', from: '2026-06-01', to: '2026-06-05' };

function run(
  entries: AttendanceEntryToValidate[],
  extra: { lockedMonths?: string[]; programme?: typeof PROGRAMME | null } = {},
  options?: AttendanceValidationOptions,
) {
  return validateEntries(
    { month: '2026-06', entries, participants: PARTICIPANTS, programme: PROGRAMME, ...extra },
    options,
  );
}
const codes = (problems: { code: string; field: string; index: number }[]) =>
  problems.map((p) => [p.index, p.code, p.field]);

describe('validateEntries — a clean batch', () => {
  it('accepts presence, an approved day off, a sick day with a note and no_classes', () => {
    const r = run([
      { participantId: ANNA, date: '2026-06-01', status: 'present', hours: 7, meal: true },
      { participantId: ANNA, date: '2026-06-02', status: 'sick', sickNote: NOTE },
      { participantId: ANNA, date: '2026-06-03', status: 'day_off', dayOffApproved: true },
      { participantId: ANNA, date: '2026-06-04', status: 'no_classes' },
      { participantId: ANNA, date: '2026-06-05', status: 'unexcused' },
      { participantId: ANNA, date: '2026-06-08', status: 'excused', hours: null },
      { participantId: PIOTR, date: '2026-06-10', status: 'present', hours: 7 },
    ]);
    expect(r).toEqual({ errors: [], warnings: [] });
  });
});

describe('validateEntries — errors point at their entry', () => {
  it('unknown status, bad date, date outside the month, unknown participant', () => {
    const r = run([
      { participantId: ANNA, date: '2026-06-01', status: 'late' },
      { participantId: ANNA, date: '2026-06-31', status: 'present' },
      { participantId: ANNA, date: '2026-07-01', status: 'present' },
      { participantId: 'someone-else', date: '2026-06-01', status: 'present' },
    ]);
    expect(codes(r.errors)).toEqual([
      [0, 'ATTENDANCE_UNKNOWN_STATUS', 'status'],
      [1, 'ATTENDANCE_INVALID_DATE', 'date'],
      [2, 'ATTENDANCE_DATE_OUTSIDE_MONTH', 'date'],
      [3, 'ATTENDANCE_UNKNOWN_PARTICIPANT', 'participantId'],
    ]);
    expect(r.errors[0]).toMatchObject({
      participantId: ANNA,
      date: '2026-06-01',
      message: expect.stringMatching(/^Nieznany status dnia „late”/),
    });
    expect(r.errors[2]?.message).toBe('Dzień 2026-07-01 nie należy do miesiąca 2026-06.');
  });

  it('dates outside the participation, before admission and after the last day', () => {
    const r = run([
      { participantId: PIOTR, date: '2026-06-09', status: 'present' },
      { participantId: PIOTR, date: '2026-06-25', status: 'present' },
      { participantId: PIOTR, date: '2026-06-24', status: 'present' },
    ]);
    expect(codes(r.errors)).toEqual([
      [0, 'ATTENDANCE_OUTSIDE_PARTICIPATION', 'date'],
      [1, 'ATTENDANCE_OUTSIDE_PARTICIPATION', 'date'],
    ]);
    expect(r.errors[0]?.message).toBe(
      'Dzień 2026-06-09 wypada poza okresem uczestnictwa (od 2026-06-10 do 2026-06-24).',
    );
  });

  it('a day in a locked month, and a second entry for the same participant and day', () => {
    const r = run(
      [
        { participantId: ANNA, date: '2026-06-01', status: 'present' },
        { participantId: ANNA, date: '2026-06-01', status: 'sick', sickNote: NOTE },
        { participantId: PIOTR, date: '2026-06-11', status: 'present' },
      ],
      { lockedMonths: ['2026-06'] },
    );
    expect(codes(r.errors)).toEqual([
      [0, 'ATTENDANCE_MONTH_CLOSED', 'date'],
      [1, 'ATTENDANCE_MONTH_CLOSED', 'date'],
      [1, 'ATTENDANCE_DUPLICATE_ENTRY', 'date'],
      [2, 'ATTENDANCE_MONTH_CLOSED', 'date'],
    ]);
  });

  it('a day of another, locked month is reported twice: outside the month and closed', () => {
    const r = run([{ participantId: ANNA, date: '2026-05-29', status: 'present' }], {
      lockedMonths: ['2026-05'],
    });
    expect(codes(r.errors)).toEqual([
      [0, 'ATTENDANCE_DATE_OUTSIDE_MONTH', 'date'],
      [0, 'ATTENDANCE_MONTH_CLOSED', 'date'],
    ]);
  });

  it("sick without a doctor's note: one error per missing field, when the centre requires it", () => {
    const entries: AttendanceEntryToValidate[] = [
      { participantId: ANNA, date: '2026-06-02', status: 'sick' },
      {
        participantId: ANNA,
        date: '2026-06-03',
        status: 'sick',
        sickNote: { number: '  ', from: '2026-06-01', to: null },
      },
    ];
    expect(codes(run(entries).errors)).toEqual([
      [0, 'ATTENDANCE_SICK_NOTE_REQUIRED', 'sickNote.number'],
      [0, 'ATTENDANCE_SICK_NOTE_REQUIRED', 'sickNote.from'],
      [0, 'ATTENDANCE_SICK_NOTE_REQUIRED', 'sickNote.to'],
      [1, 'ATTENDANCE_SICK_NOTE_REQUIRED', 'sickNote.number'],
      [1, 'ATTENDANCE_SICK_NOTE_REQUIRED', 'sickNote.to'],
    ]);
    expect(run(entries, {}, { requireSickNote: false }).errors).toEqual([]);
  });

  it('a note given must be coherent and cover the day, even when not required', () => {
    const r = run(
      [
        {
          participantId: ANNA,
          date: '2026-06-02',
          status: 'sick',
          sickNote: { number: 'A1', from: '2026-06-05', to: '2026-06-01' },
        },
        { participantId: ANNA, date: '2026-06-08', status: 'sick', sickNote: NOTE },
        {
          participantId: ANNA,
          date: '2026-06-09',
          status: 'sick',
          sickNote: { number: 'A2', from: '2026-06-31', to: '2026-06-12' },
        },
        {
          participantId: ANNA,
          date: '2026-06-01',
          status: 'sick',
          sickNote: { number: 'A3', from: '2026-06-02', to: '2026-06-05' },
        },
      ],
      {},
      { requireSickNote: false },
    );
    expect(codes(r.errors)).toEqual([
      [0, 'ATTENDANCE_SICK_NOTE_RANGE', 'sickNote.to'],
      [1, 'ATTENDANCE_SICK_NOTE_NOT_COVERING', 'sickNote.to'],
      [2, 'ATTENDANCE_SICK_NOTE_INVALID_DATE', 'sickNote.from'],
      [3, 'ATTENDANCE_SICK_NOTE_NOT_COVERING', 'sickNote.from'],
    ]);
    expect(r.errors[1]?.message).toBe(
      'Zwolnienie lekarskie (2026-06-01 – 2026-06-05) nie obejmuje dnia 2026-06-08.',
    );
  });

  it('hours: not a number, negative, over the daily limit (default 8, a parameter)', () => {
    const entries: AttendanceEntryToValidate[] = [
      { participantId: ANNA, date: '2026-06-01', status: 'present', hours: Number.NaN },
      { participantId: ANNA, date: '2026-06-02', status: 'present', hours: -1 },
      { participantId: ANNA, date: '2026-06-03', status: 'present', hours: 8 },
      { participantId: ANNA, date: '2026-06-05', status: 'present', hours: 8.5 },
    ];
    expect(codes(run(entries).errors)).toEqual([
      [0, 'ATTENDANCE_HOURS_INVALID', 'hours'],
      [1, 'ATTENDANCE_HOURS_NEGATIVE', 'hours'],
      [3, 'ATTENDANCE_HOURS_ABOVE_DAILY_LIMIT', 'hours'],
    ]);
    expect(codes(run(entries, {}, { maxDailyHours: 10 }).errors)).toEqual([
      [0, 'ATTENDANCE_HOURS_INVALID', 'hours'],
      [1, 'ATTENDANCE_HOURS_NEGATIVE', 'hours'],
    ]);
  });

  it('a moderate or significant disability: the stricter limit of the rehabilitation act (default 7 h)', () => {
    const r = run([
      { participantId: PIOTR, date: '2026-06-10', status: 'present', hours: 7 },
      { participantId: PIOTR, date: '2026-06-11', status: 'present', hours: 7.5 },
      { participantId: PIOTR, date: '2026-06-12', status: 'present', hours: 9 },
    ]);
    expect(codes(r.errors)).toEqual([
      [1, 'ATTENDANCE_HOURS_ABOVE_DISABILITY_LIMIT', 'hours'],
      [2, 'ATTENDANCE_HOURS_ABOVE_DISABILITY_LIMIT', 'hours'],
    ]);
    expect(r.errors[0]?.message).toMatch(/najwyżej 7 h dziennie/);
    expect(
      codes(
        run(
          [{ participantId: PIOTR, date: '2026-06-11', status: 'present', hours: 7.5 }],
          {},
          { disabledMaxDailyHours: 8 },
        ).errors,
      ),
    ).toEqual([]);
  });

  it('a mild disability or none keeps the general limit', () => {
    const participants: AttendanceParticipant[] = [
      { id: ANNA, window: { admissionDate: '2026-03-01' }, disability: 'MILD' },
    ];
    expect(
      validateEntries({
        month: '2026-06',
        participants,
        entries: [{ participantId: ANNA, date: '2026-06-01', status: 'present', hours: 8 }],
      }).errors,
    ).toEqual([]);
  });

  it("a day off without the kierownik's approval (unless the centre waives it)", () => {
    const entries: AttendanceEntryToValidate[] = [
      { participantId: ANNA, date: '2026-06-01', status: 'day_off' },
      { participantId: ANNA, date: '2026-06-02', status: 'day_off', dayOffApproved: false },
    ];
    expect(codes(run(entries).errors)).toEqual([
      [0, 'ATTENDANCE_DAY_OFF_NOT_APPROVED', 'dayOffApproved'],
      [1, 'ATTENDANCE_DAY_OFF_NOT_APPROVED', 'dayOffApproved'],
    ]);
    expect(run(entries, {}, { requireDayOffApproval: false }).errors).toEqual([]);
  });

  it('returns all problems of one entry at once', () => {
    const r = run([{ participantId: PIOTR, date: '2026-06-09', status: 'sick', hours: 12 }], {
      lockedMonths: ['2026-06'],
    });
    expect(codes(r.errors)).toEqual([
      [0, 'ATTENDANCE_MONTH_CLOSED', 'date'],
      [0, 'ATTENDANCE_OUTSIDE_PARTICIPATION', 'date'],
      [0, 'ATTENDANCE_HOURS_ABOVE_DISABILITY_LIMIT', 'hours'],
      [0, 'ATTENDANCE_SICK_NOTE_REQUIRED', 'sickNote.number'],
      [0, 'ATTENDANCE_SICK_NOTE_REQUIRED', 'sickNote.from'],
      [0, 'ATTENDANCE_SICK_NOTE_REQUIRED', 'sickNote.to'],
    ]);
    expect(codes(r.warnings)).toEqual([[0, 'ATTENDANCE_HOURS_WITHOUT_PRESENCE', 'hours']]);
  });
});

describe('validateEntries — warnings', () => {
  it('presence on a holiday, a weekend or an unscheduled weekday is a warning, not an error', () => {
    const r = run([
      { participantId: ANNA, date: '2026-06-04', status: 'present', hours: 7 },
      { participantId: ANNA, date: '2026-06-06', status: 'present', hours: 4 },
    ]);
    expect(r.errors).toEqual([]);
    expect(codes(r.warnings)).toEqual([
      [0, 'ATTENDANCE_PRESENT_ON_NO_CLASSES_DAY', 'status'],
      [1, 'ATTENDANCE_PRESENT_ON_NO_CLASSES_DAY', 'status'],
    ]);
    expect(r.warnings[0]?.message).toBe(
      'Obecność w dniu 2026-06-04, choć to święto (Boże Ciało). Sprawdź wpis albo program zajęć.',
    );
    expect(r.warnings[1]?.message).toMatch(/to weekend/);

    const fridays = validateEntries({
      month: '2026-06',
      participants: PARTICIPANTS,
      programme: { weekdayHours: [7, 7, 7, 7, 0, 0, 0] },
      entries: [{ participantId: ANNA, date: '2026-06-05', status: 'present' }],
    });
    expect(fridays.warnings[0]?.message).toMatch(/program zajęć nie przewiduje/);
  });

  it('without a programme there is nothing to compare with', () => {
    expect(
      run([{ participantId: ANNA, date: '2026-06-06', status: 'present' }], { programme: null }).warnings,
    ).toEqual([]);
  });
});

describe('validateEntries — property', () => {
  it(
    'every problem points at an existing entry and carries its participant ' +
      'and date; valid entries of a class day pass',
    () => {
      const entryArb = fc.record({
        participantId: fc.constantFrom(ANNA, PIOTR, 'x'),
        date: fc.oneof(
          fc.integer({ min: 1, max: 31 }).map((d) => `2026-06-${String(d).padStart(2, '0')}`),
          fc.constant('2026-07-01'),
          fc.constant('bad'),
        ),
        status: fc.constantFrom<string>(...DAY_STATUSES, 'nope'),
        hours: fc.option(fc.double({ min: -2, max: 12, noNaN: true })),
        dayOffApproved: fc.boolean(),
      });
      fc.assert(
        fc.property(fc.array(entryArb, { maxLength: 30 }), (entries) => {
          const { errors, warnings } = run(entries);
          for (const p of [...errors, ...warnings]) {
            const e = entries[p.index];
            expect(e).toBeDefined();
            expect(p.participantId).toBe(e?.participantId);
            expect(p.date).toBe(e?.date);
            expect(p.message.length).toBeGreaterThan(0);
          }
        }),
      );
    },
  );
});
