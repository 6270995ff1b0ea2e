import { invalid, weightedSum, type IdentifierResult } from './result';

export type NipResult = IdentifierResult<{ formatted: string }>;

const WEIGHTS = [6, 5, 7, 2, 3, 4, 5, 6, 7] as const;

/**
 * Checks a NIP (tax id): optional "PL" prefix, spaces or hyphens allowed, 10 digits,
 * check digit = weighted sum mod 11 (a remainder of 10 is never valid). All zeros is refused.
 */
export function validateNip(value: string): NipResult {
  const digits = value.trim().replace(/^PL/i, '').replace(/[\s-]/g, '');
  if (!/^\d{10}$/.test(digits)) {
    return invalid('NIP_FORMAT', 'Nieprawidłowy NIP: numer musi składać się z 10 cyfr');
  }
  if (/^0+$/.test(digits)) {
    return invalid('NIP_ZERO', 'Nieprawidłowy NIP: numer nie może składać się z samych zer');
  }
  const check = weightedSum(digits, WEIGHTS) % 11;
  if (check === 10 || check !== digits.charCodeAt(9) - 48) {
    return invalid('NIP_CHECKSUM', 'Nieprawidłowy NIP: błędna cyfra kontrolna');
  }
  const formatted = `${digits.slice(0, 3)}-${digits.slice(3, 6)}-${digits.slice(6, 8)}-${digits.slice(8)}`;
  return { valid: true, normalized: digits, formatted };
}
