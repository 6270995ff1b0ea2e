import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { addDays, addMonthsClamped, daysBetween, daysInMonth, isIsoDate, isoWeekday } from './calendar';

describe('calendar', () => {
  it.each([
    ['2025-01-01', 1, '2025-02-01'],
    ['2025-01-31', 1, '2025-02-28'],
    ['2024-01-31', 1, '2024-02-29'],
    ['2025-03-31', 1, '2025-04-30'],
    ['2024-02-29', 12, '2025-02-28'],
    ['2025-11-15', 3, '2026-02-15'],
    ['2025-03-15', -1, '2025-02-15'],
  ])('%s + %i months = %s', (date, months, expected) => {
    expect(addMonthsClamped(date, months)).toBe(expected);
  });

  it.each([
    [2024, 2, 29],
    [2025, 2, 28],
    [1900, 2, 28],
    [2000, 2, 29],
    [2025, 4, 30],
    [2025, 12, 31],
  ])('%i-%i has %i days', (y, m, d) => {
    expect(daysInMonth(y, m)).toBe(d);
  });

  it.each([
    ['2025-02-29', false],
    ['2024-02-29', true],
    ['2025-13-01', false],
    ['2025-1-01', false],
    ['2025-06-31', false],
  ])('isIsoDate(%s) = %s', (v, ok) => {
    expect(isIsoDate(v)).toBe(ok);
  });

  it('knows weekdays (2025-07-01 is a Tuesday, 2024-02-29 a Thursday)', () => {
    expect(isoWeekday('2025-07-01')).toBe(2);
    expect(isoWeekday('2024-02-29')).toBe(4);
    expect(isoWeekday('2026-03-01')).toBe(7);
  });

  it('addDays crosses months and years', () => {
    expect(addDays('2024-12-31', 1)).toBe('2025-01-01');
    expect(addDays('2024-03-01', -1)).toBe('2024-02-29');
    expect(daysBetween('2025-01-01', '2026-01-01')).toBe(365);
  });

  it('addDays agrees with Date.UTC on random dates', () => {
    fc.assert(
      fc.property(
        fc.date({
          min: new Date('1800-01-01T00:00:00Z'),
          max: new Date('2299-12-31T00:00:00Z'),
          noInvalidDate: true,
        }),
        fc.integer({ min: -800, max: 800 }),
        (d, n) => {
          const iso = d.toISOString().slice(0, 10);
          const expected = new Date(Date.parse(`${iso}T00:00:00Z`) + n * 86_400_000)
            .toISOString()
            .slice(0, 10);
          expect(addDays(iso, n)).toBe(expected);
        },
      ),
    );
  });
});

describe('polishDate', () => {
  it('gives the date in Poland, not in UTC', async () => {
    const { polishDate } = await import('./calendar');
    expect(polishDate(new Date('2026-12-31T23:30:00Z'))).toBe('2027-01-01');
    expect(polishDate(new Date('2026-07-01T21:59:00Z'))).toBe('2026-07-01');
    expect(polishDate(new Date('2026-07-01T22:00:00Z'))).toBe('2026-07-02');
  });
});
