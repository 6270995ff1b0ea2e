import { validateIBAN, ValidationErrorsIBAN } from 'ibantools';
import { invalid, type IdentifierResult } from './result';

export type NrbResult = IdentifierResult<{ iban: string; sortCode: string; formatted: string }>;

/**
 * Checks a Polish account number (NRB, 26 digits) or its IBAN form (PL + 26 digits); spaces and
 * hyphens are ignored. Uses ibantools: the IBAN mod-97 check and the NBP sort-code check digit
 * (weights 3,9,7,1,3,9,7). `normalized` is the 26-digit NRB, `sortCode` its digits 3–10.
 */
export function validateNrb(value: string): NrbResult {
  const compact = value.trim().replace(/[\s-]/g, '').toUpperCase();
  const digits = compact.startsWith('PL') ? compact.slice(2) : compact;
  if (!/^\d{26}$/.test(digits)) {
    return invalid(
      'NRB_FORMAT',
      'Nieprawidłowy numer rachunku: wymagane 26 cyfr (opcjonalnie z prefiksem PL)',
    );
  }
  const iban = `PL${digits}`;
  const result = validateIBAN(iban);
  if (!result.valid) {
    if (result.errorCodes.includes(ValidationErrorsIBAN.WrongIBANChecksum)) {
      return invalid('NRB_CHECKSUM', 'Nieprawidłowy numer rachunku: błędna suma kontrolna');
    }
    if (result.errorCodes.includes(ValidationErrorsIBAN.WrongAccountBankBranchChecksum)) {
      return invalid(
        'NRB_SORT_CODE',
        'Nieprawidłowy numer rachunku: błędna cyfra kontrolna numeru rozliczeniowego banku',
      );
    }
    return invalid('NRB_INVALID', 'Nieprawidłowy numer rachunku');
  }
  const formatted = `${digits.slice(0, 2)} ${digits.slice(2, 26).replace(/(\d{4})(?=\d)/g, '$1 ')}`;
  return { valid: true, normalized: digits, iban, sortCode: digits.slice(2, 10), formatted };
}
