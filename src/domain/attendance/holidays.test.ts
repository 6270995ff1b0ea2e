import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { isoWeekday } from '../calendar';
import {
  easterSunday,
  isPolishPublicHoliday,
  polishPublicHolidayName,
  polishPublicHolidays,
} from './holidays';

/** The published lists of dni ustawowo wolne od pracy, written out by hand (not computed). */
const PUBLISHED: Record<number, string[]> = {
  2024: [
    '2024-01-01',
    '2024-01-06',
    '2024-03-31',
    '2024-04-01',
    '2024-05-01',
    '2024-05-03',
    '2024-05-19',
    '2024-05-30',
    '2024-08-15',
    '2024-11-01',
    '2024-11-11',
    '2024-12-25',
    '2024-12-26',
  ],
  2025: [
    '2025-01-01',
    '2025-01-06',
    '2025-04-20',
    '2025-04-21',
    '2025-05-01',
    '2025-05-03',
    '2025-06-08',
    '2025-06-19',
    '2025-08-15',
    '2025-11-01',
    '2025-11-11',
    '2025-12-24',
    '2025-12-25',
    '2025-12-26',
  ],
  2026: [
    '2026-01-01',
    '2026-01-06',
    '2026-04-05',
    '2026-04-06',
    '2026-05-01',
    '2026-05-03',
    '2026-05-24',
    '2026-06-04',
    '2026-08-15',
    '2026-11-01',
    '2026-11-11',
    '2026-12-24',
    '2026-12-25',
    '2026-12-26',
  ],
  2027: [
    '2027-01-01',
    '2027-01-06',
    '2027-03-28',
    '2027-03-29',
    '2027-05-01',
    '2027-05-03',
    '2027-05-16',
    '2027-05-27',
    '2027-08-15',
    '2027-11-01',
    '2027-11-11',
    '2027-12-24',
    '2027-12-25',
    '2027-12-26',
  ],
  2028: [
    '2028-01-01',
    '2028-01-06',
    '2028-04-16',
    '2028-04-17',
    '2028-05-01',
    '2028-05-03',
    '2028-06-04',
    '2028-06-15',
    '2028-08-15',
    '2028-11-01',
    '2028-11-11',
    '2028-12-24',
    '2028-12-25',
    '2028-12-26',
  ],
  2029: [
    '2029-01-01',
    '2029-01-06',
    '2029-04-01',
    '2029-04-02',
    '2029-05-01',
    '2029-05-03',
    '2029-05-20',
    '2029-05-31',
    '2029-08-15',
    '2029-11-01',
    '2029-11-11',
    '2029-12-24',
    '2029-12-25',
    '2029-12-26',
  ],
  2030: [
    '2030-01-01',
    '2030-01-06',
    '2030-04-21',
    '2030-04-22',
    '2030-05-01',
    '2030-05-03',
    '2030-06-09',
    '2030-06-20',
    '2030-08-15',
    '2030-11-01',
    '2030-11-11',
    '2030-12-24',
    '2030-12-25',
    '2030-12-26',
  ],
};

describe('polishPublicHolidays — published lists 2024–2030', () => {
  it.each(Object.entries(PUBLISHED))('%s', (year, dates) => {
    expect(polishPublicHolidays(Number(year)).map((h) => h.date)).toEqual(dates);
  });

  it.each([
    [2024, '2024-03-31'],
    [2025, '2025-04-20'],
    [2026, '2026-04-05'],
    [2027, '2027-03-28'],
    [2028, '2028-04-16'],
    [2029, '2029-04-01'],
    [2030, '2030-04-21'],
    // Extremes of the computus: earliest (22 March) and latest (25 April) dates.
    [1818, '1818-03-22'],
    [2285, '2285-03-22'],
    [1943, '1943-04-25'],
    [2038, '2038-04-25'],
    [2011, '2011-04-24'],
    [2008, '2008-03-23'],
  ])('Easter %i is %s', (year, date) => {
    expect(easterSunday(year)).toBe(date);
  });

  it('names the 2025 holidays in Polish, including the new Wigilia', () => {
    expect(polishPublicHolidays(2025)).toEqual([
      { date: '2025-01-01', name: 'Nowy Rok' },
      { date: '2025-01-06', name: 'Święto Trzech Króli' },
      { date: '2025-04-20', name: 'Wielkanoc' },
      { date: '2025-04-21', name: 'Poniedziałek Wielkanocny' },
      { date: '2025-05-01', name: 'Święto Pracy' },
      { date: '2025-05-03', name: 'Święto Narodowe Trzeciego Maja' },
      { date: '2025-06-08', name: 'Zielone Świątki' },
      { date: '2025-06-19', name: 'Boże Ciało' },
      { date: '2025-08-15', name: 'Wniebowzięcie Najświętszej Maryi Panny' },
      { date: '2025-11-01', name: 'Wszystkich Świętych' },
      { date: '2025-11-11', name: 'Narodowe Święto Niepodległości' },
      { date: '2025-12-24', name: 'Wigilia Bożego Narodzenia' },
      { date: '2025-12-25', name: 'Boże Narodzenie (pierwszy dzień)' },
      { date: '2025-12-26', name: 'Boże Narodzenie (drugi dzień)' },
    ]);
  });
});

describe('amendments by year', () => {
  it('24 December is a holiday from 2025 only', () => {
    expect(isPolishPublicHoliday('2024-12-24')).toBe(false);
    expect(isPolishPublicHoliday('2025-12-24')).toBe(true);
  });

  it('6 January is a holiday from 2011 only', () => {
    expect(isPolishPublicHoliday('2010-01-06')).toBe(false);
    expect(isPolishPublicHoliday('2011-01-06')).toBe(true);
    expect(polishPublicHolidays(2010)).toHaveLength(12);
    expect(polishPublicHolidays(2011)).toHaveLength(13);
  });
});

describe('isPolishPublicHoliday / polishPublicHolidayName', () => {
  it.each([
    ['2026-06-04', 'Boże Ciało'],
    ['2026-04-06', 'Poniedziałek Wielkanocny'],
    ['2026-11-11', 'Narodowe Święto Niepodległości'],
    ['2026-06-05', null],
    ['2026-04-07', null],
  ])('%s → %s', (date, name) => {
    expect(polishPublicHolidayName(date)).toBe(name);
    expect(isPolishPublicHoliday(date)).toBe(name !== null);
  });

  it('refuses what is not a date', () => {
    expect(() => isPolishPublicHoliday('2026-02-30')).toThrow(RangeError);
    expect(() => polishPublicHolidays(2025.5)).toThrow(RangeError);
  });

  it('caches: the same frozen list for the same year', () => {
    const a = polishPublicHolidays(2027);
    expect(polishPublicHolidays(2027)).toBe(a);
    expect(Object.isFrozen(a)).toBe(true);
  });
});

describe('properties', () => {
  const year = fc.integer({ min: 1583, max: 9999 });

  it('Easter is always a Sunday between 22 March and 25 April', () => {
    fc.assert(
      fc.property(year, (y) => {
        const easter = easterSunday(y);
        const monthDay = easter.slice(5);
        expect(isoWeekday(easter)).toBe(7);
        expect(monthDay >= '03-22' && monthDay <= '04-25').toBe(true);
      }),
      { numRuns: 2000 },
    );
  });

  it(
    'each year has 13 distinct sorted holidays (14 from 2025), all in that ' +
      'year; Pentecost is a Sunday, Corpus Christi a Thursday',
    () => {
      fc.assert(
        fc.property(fc.integer({ min: 2011, max: 2500 }), (y) => {
          const list = polishPublicHolidays(y);
          const dates = list.map((h) => h.date);
          expect(list).toHaveLength(y >= 2025 ? 14 : 13);
          expect(new Set(dates).size).toBe(dates.length);
          expect([...dates].sort()).toEqual(dates);
          expect(dates.every((d) => d.startsWith(`${String(y).padStart(4, '0')}-`))).toBe(true);
          const byName = new Map(list.map((h) => [h.name, h.date]));
          expect(isoWeekday(byName.get('Zielone Świątki') as string)).toBe(7);
          expect(isoWeekday(byName.get('Boże Ciało') as string)).toBe(4);
          expect(isoWeekday(byName.get('Poniedziałek Wielkanocny') as string)).toBe(1);
        }),
      );
    },
  );
});
