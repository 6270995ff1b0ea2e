import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decimal, longDate, percent, shortDate, zloty, zlotyEnglish, zlotyNumber } from './polish-format';

const NB = '\u00a0';

describe('Polish number, money and date text', () => {
  it('writes grosze as złoty with a comma, grouping only from five digits', () => {
    expect(zlotyNumber(0)).toBe('0,00');
    expect(zlotyNumber(5)).toBe('0,05');
    expect(zlotyNumber(206932)).toBe('2069,32');
    expect(zlotyNumber(1234567)).toBe(`12${NB}345,67`);
    expect(zlotyNumber(123456789)).toBe(`1${NB}234${NB}567,89`);
    expect(zlotyNumber(-5165)).toBe('−51,65');
    expect(zloty(206932)).toBe(`2069,32${NB}zł`);
    expect(zloty(null)).toBe('—');
    expect(zloty(undefined)).toBe('—');
    expect(zlotyEnglish(1234567)).toBe(`12,345.67${NB}zł`);
  });

  it('agrees with pl-PL as the browser writes currency (apart from the minus sign)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 99_999_999_999 }), (g) => {
        const browser = (g / 100).toLocaleString('pl-PL', { style: 'currency', currency: 'PLN' });
        return zloty(g) === browser.replace(/\u202f/g, NB);
      }),
    );
  });

  it('reads back to the same grosze', () => {
    fc.assert(
      fc.property(fc.integer({ min: -99_999_999_999, max: 99_999_999_999 }), (g) => {
        const text = zlotyNumber(g)
          .replace(/\u00a0/g, '')
          .replace('−', '-')
          .replace(',', '');
        return Number(text) === g;
      }),
    );
  });

  it('writes measured quantities and shares', () => {
    expect(decimal(9.75)).toBe('9,75');
    expect(decimal(0.5)).toBe('0,5');
    expect(decimal(19.25, 2, 2)).toBe('19,25');
    expect(decimal(1, 2, 2)).toBe('1,00');
    expect(decimal(12345.5)).toBe(`12${NB}345,5`);
    expect(decimal(-0.001)).toBe('0');
    expect(decimal(2.675, 2)).toBe('2,68');
    expect(percent(33.3)).toBe('33,3%');
    expect(percent(null)).toBe('—');
  });

  it('writes dates as Polish documents do, and refuses a date that does not exist', () => {
    expect(shortDate('2026-11-23')).toBe('23.11.2026');
    expect(longDate('2026-02-01')).toBe('1 lutego 2026 r.');
    expect(longDate('2026-12-03T10:00:00Z')).toBe('3 grudnia 2026 r.');
    expect(() => shortDate('2026-02-30')).toThrow(RangeError);
  });
});
