import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatQuantity, parseQuantity, shortage } from './quantity';

describe('quantities of material', () => {
  it.each([
    ['12,5', 'METRE', 1250],
    ['12.05', 'METRE', 1205],
    ['40', 'PIECE', 40],
    ['0,250', 'KILOGRAM', 250],
    ['1,5', 'PIECE', null],
    ['0', 'PIECE', null],
    ['-3', 'PIECE', null],
    ['1,234', 'METRE', null],
    ['abc', 'METRE', null],
    ['1e3', 'PIECE', null],
  ] as const)('%s %s → %s', (text, unit, expected) => {
    expect(parseQuantity(text, unit)).toBe(expected);
  });

  it('prints with a decimal comma and reads back to the same integer', () => {
    expect(formatQuantity(1250, 'METRE')).toBe('12,5 m');
    expect(formatQuantity(1205, 'METRE')).toBe('12,05 m');
    expect(formatQuantity(40, 'PIECE')).toBe('40 szt.');
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1_000_000_000 }), (n) => {
        expect(parseQuantity(formatQuantity(n, 'METRE').replace(' m', ''), 'METRE')).toBe(n);
      }),
    );
  });

  it('refuses to take more than the holder has', () => {
    expect(shortage(100, 101)).toEqual({ available: 100, wanted: 101 });
    expect(shortage(100, 100)).toBeNull();
  });
});
