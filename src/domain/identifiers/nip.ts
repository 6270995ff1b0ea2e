export type NipResult = { valid: true; normalized: string } | { valid: false; reason: string; message: string };

const WEIGHTS = [6, 5, 7, 2, 3, 4, 5, 6, 7];

/** NIP: 10 digits, optional "PL" prefix and separators; check digit = weighted sum mod 11 (10 is never valid). */
export function validateNip(value: string): NipResult {
  const digits = String(value ?? '').trim().replace(/^PL/i, '').replace(/[\s-]/g, '');
  if (!/^\d{10}$/.test(digits)) return { valid: false, reason: 'NIP_FORMAT', message: 'NIP ma 10 cyfr (np. 123-456-32-18).' };
  if (/^0+$/.test(digits)) return { valid: false, reason: 'NIP_ZERO', message: 'NIP nie może składać się z samych zer.' };
  const check = WEIGHTS.reduce((sum, w, i) => sum + w * Number(digits[i]), 0) % 11;
  if (check === 10 || check !== Number(digits[9])) {
    return { valid: false, reason: 'NIP_CHECKSUM', message: 'Nieprawidłowy NIP: błędna cyfra kontrolna.' };
  }
  return { valid: true, normalized: digits };
}
