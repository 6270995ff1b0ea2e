import { daysInMonth } from '../calendar';
import { invalid, weightedSum } from './result';

export type PeselResult =
  | { valid: true; normalized: string; birthDate: string /* YYYY-MM-DD */; sex: 'F' | 'M' }
  | { valid: false; reason: string; message: string };

const WEIGHTS = [1, 3, 7, 9, 1, 3, 7, 9, 1, 3] as const;
/** Month field / 20 → century: +80 → 1800s, +0 → 1900s, +20 → 2000s, +40 → 2100s, +60 → 2200s. */
const CENTURY = [1900, 2000, 2100, 2200, 1800] as const;

/**
 * Checks a PESEL: 11 digits, check digit (weights 1,3,7,9…), and a real birth date in 1800–2299;
 * derives the birth date and sex (10th digit odd = male). Spaces around are ignored.
 */
export function validatePesel(value: string): PeselResult {
  const digits = value.trim();
  if (!/^\d{11}$/.test(digits)) {
    return invalid('PESEL_FORMAT', 'Nieprawidłowy PESEL: numer musi składać się z 11 cyfr');
  }
  const check = (10 - (weightedSum(digits, WEIGHTS) % 10)) % 10;
  if (check !== digits.charCodeAt(10) - 48) {
    return invalid('PESEL_CHECKSUM', 'Nieprawidłowy PESEL: błędna cyfra kontrolna');
  }
  const yy = Number(digits.slice(0, 2));
  const mm = Number(digits.slice(2, 4));
  const dd = Number(digits.slice(4, 6));
  const year = (CENTURY[Math.floor(mm / 20)] ?? 0) + yy;
  const month = mm % 20;
  if (month < 1 || month > 12 || dd < 1 || dd > daysInMonth(year, month)) {
    return invalid('PESEL_DATE', 'Nieprawidłowy PESEL: zakodowana data urodzenia nie istnieje');
  }
  const birthDate = `${year}-${String(month).padStart(2, '0')}-${String(dd).padStart(2, '0')}`;
  const sex = (digits.charCodeAt(9) - 48) % 2 === 1 ? 'M' : 'F';
  return { valid: true, normalized: digits, birthDate, sex };
}
