import { describe, expect, it } from 'vitest';
import { validateKrs } from './krs';

describe('validateKrs', () => {
  it.each([
    ['0000123456', '0000123456'],
    [' 0000 123 456 ', '0000123456'],
    ['0001234567', '0001234567'],
  ])('%s is valid → %s', (krs, normalized) => {
    expect(validateKrs(krs)).toEqual({ valid: true, normalized });
  });

  it.each([
    ['123456', 'KRS_FORMAT'],
    ['00001234567', 'KRS_FORMAT'],
    ['00001234a6', 'KRS_FORMAT'],
    ['0000-123456', 'KRS_FORMAT'],
    ['', 'KRS_FORMAT'],
    ['0000000000', 'KRS_ZERO'],
  ])('%s is invalid (%s)', (krs, reason) => {
    const result = validateKrs(krs);
    expect(result).toMatchObject({ valid: false, reason });
    if (!result.valid) expect(result.message).toMatch(/^Nieprawidłowy numer KRS/);
  });
});
