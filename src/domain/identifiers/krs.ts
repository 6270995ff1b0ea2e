import { invalid, type IdentifierResult } from './result';

export type KrsResult = IdentifierResult;

/**
 * Checks a KRS number (National Court Register): exactly 10 digits, leading zeros kept ("0000123456");
 * spaces are ignored. The number has no check digit, so only its shape can be checked. All zeros is refused.
 */
export function validateKrs(value: string): KrsResult {
  const digits = value.trim().replace(/\s/g, '');
  if (!/^\d{10}$/.test(digits)) {
    return invalid('KRS_FORMAT', 'Nieprawidłowy numer KRS: numer musi składać się z 10 cyfr');
  }
  if (/^0+$/.test(digits)) {
    return invalid('KRS_ZERO', 'Nieprawidłowy numer KRS: numer nie może składać się z samych zer');
  }
  return { valid: true, normalized: digits };
}
