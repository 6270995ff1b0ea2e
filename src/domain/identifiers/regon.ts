/** Result of checking a Polish identifier: the normalised digits, or a stable reason and a Polish message. */
export type RegonResult = { valid: true; normalized: string } | { valid: false; reason: string; message: string };

const W9 = [8, 9, 2, 3, 4, 5, 6, 7];
const W14 = [2, 4, 8, 5, 0, 9, 7, 3, 6, 1, 2, 4, 8];

const checkDigit = (digits: string, weights: number[]) =>
  (weights.reduce((sum, w, i) => sum + w * Number(digits[i]), 0) % 11) % 10;

/** REGON of 9 digits (entity) or 14 digits (local unit; its first 9 digits must be a valid REGON too). */
export function validateRegon(value: string): RegonResult {
  const digits = String(value ?? '').replace(/[\s-]/g, '');
  if (!/^(\d{9}|\d{14})$/.test(digits)) return { valid: false, reason: 'REGON_FORMAT', message: 'REGON ma 9 albo 14 cyfr.' };
  if (/^0+$/.test(digits)) return { valid: false, reason: 'REGON_ZERO', message: 'REGON nie może składać się z samych zer.' };
  if (checkDigit(digits, W9) !== Number(digits[8])) {
    return { valid: false, reason: 'REGON_CHECKSUM', message: 'Nieprawidłowy REGON: błędna cyfra kontrolna.' };
  }
  if (digits.length === 14 && checkDigit(digits, W14) !== Number(digits[13])) {
    return { valid: false, reason: 'REGON_CHECKSUM', message: 'Nieprawidłowy REGON: błędna cyfra kontrolna.' };
  }
  return { valid: true, normalized: digits };
}
