import { invalid, weightedSum, type IdentifierResult } from './result';

export type RegonResult = IdentifierResult<{ length: 9 | 14 }>;

const WEIGHTS_9 = [8, 9, 2, 3, 4, 5, 6, 7] as const;
const WEIGHTS_14 = [2, 4, 8, 5, 0, 9, 7, 3, 6, 1, 2, 4, 8] as const;

const checkDigitOk = (digits: string, weights: readonly number[]): boolean =>
  (weightedSum(digits, weights) % 11) % 10 === digits.charCodeAt(weights.length) - 48;

/**
 * Checks a REGON of 9 or 14 digits (spaces/hyphens ignored). A 14-digit REGON (local unit)
 * must also start with a valid 9-digit REGON. All zeros is refused.
 */
export function validateRegon(value: string): RegonResult {
  const digits = value.trim().replace(/[\s-]/g, '');
  if (!/^(\d{9}|\d{14})$/.test(digits)) {
    return invalid('REGON_FORMAT', 'Nieprawidłowy REGON: numer musi mieć 9 albo 14 cyfr');
  }
  if (/^0+$/.test(digits)) {
    return invalid('REGON_ZERO', 'Nieprawidłowy REGON: numer nie może składać się z samych zer');
  }
  if (!checkDigitOk(digits, WEIGHTS_9)) {
    return invalid('REGON_CHECKSUM', 'Nieprawidłowy REGON: błędna cyfra kontrolna');
  }
  if (digits.length === 14 && !checkDigitOk(digits, WEIGHTS_14)) {
    return invalid('REGON_CHECKSUM', 'Nieprawidłowy REGON: błędna cyfra kontrolna');
  }
  return { valid: true, normalized: digits, length: digits.length === 9 ? 9 : 14 };
}
