import { describe, expect, it } from 'vitest';
import { validatePesel } from './pesel';
import { validateNip } from './nip';
import { validateRegon } from './regon';
import { validateNrb } from './nrb';

// Vectors from shared/domain/formats.md §3.3 and §4 (cross-checked there against python-stdnum).
describe('validatePesel', () => {
  it.each([
    ['44051401359', '1944-05-14', 'M'],
    ['02211307589', '2002-01-13', 'F'],
    ['02122401358', '1902-12-24', 'M'],
    ['90051512357', '1990-05-15', 'M'],
    ['90051512340', '1990-05-15', 'F'],
    ['05323104288', '2005-12-31', 'F'],
    ['00222900115', '2000-02-29', 'M'],
    ['99923100731', '1899-12-31', 'M'],
    ['01410100007', '2101-01-01', 'F'],
  ])('%s is valid: born %s, sex %s', (pesel, birthDate, sex) => {
    expect(validatePesel(pesel)).toEqual({ valid: true, normalized: pesel, birthDate, sex });
  });

  it.each([
    ['44051401358', 'PESEL_CHECKSUM'],
    ['90021512345', 'PESEL_CHECKSUM'],
    ['00222912340', 'PESEL_CHECKSUM'],
    ['00223012346', 'PESEL_CHECKSUM'],
    ['02381307589', 'PESEL_DATE'],
    ['4405140135', 'PESEL_FORMAT'],
    ['4405140135a', 'PESEL_FORMAT'],
    ['', 'PESEL_FORMAT'],
  ])('%s is invalid (%s)', (pesel, reason) => {
    const result = validatePesel(pesel);
    expect(result.valid).toBe(false);
    if (!result.valid) {
      expect(result.reason).toBe(reason);
      expect(result.message).toMatch(/^Nieprawidłowy PESEL/);
    }
  });

  it('refuses 29 February in a non-leap year even with a correct check digit', () => {
    // 2001-02-29: YYMMDD = 01 22 29; check digit computed for the prefix 0122290011.
    const prefix = '0122290011';
    const w = [1, 3, 7, 9, 1, 3, 7, 9, 1, 3];
    const sum = [...prefix].reduce((s, d, i) => s + Number(d) * (w[i] ?? 0), 0);
    const pesel = prefix + String((10 - (sum % 10)) % 10);
    expect(validatePesel(pesel)).toMatchObject({ valid: false, reason: 'PESEL_DATE' });
  });
});

describe('validateNip', () => {
  it.each([
    ['8567346215', '8567346215'],
    ['PL 856-734-62-15', '8567346215'],
    ['5260250995', '5260250995'],
    ['1234563218', '1234563218'],
  ])('%s is valid → %s', (nip, normalized) => {
    expect(validateNip(nip)).toMatchObject({ valid: true, normalized });
  });

  it.each([
    ['8567346216', 'NIP_CHECKSUM'],
    ['1234567890', 'NIP_CHECKSUM'],
    ['1234560020', 'NIP_CHECKSUM'], // prefix 123456002 has remainder 10: no digit completes it
    ['0000000000', 'NIP_ZERO'],
    ['856734621', 'NIP_FORMAT'],
  ])('%s is invalid (%s)', (nip, reason) => {
    expect(validateNip(nip)).toMatchObject({ valid: false, reason });
  });

  it('no completion of a remainder-10 prefix is valid', () => {
    for (const prefix of ['123456002', '123456019']) {
      for (let d = 0; d <= 9; d++) expect(validateNip(prefix + d).valid).toBe(false);
    }
  });

  it('formats as XXX-XXX-XX-XX', () => {
    expect(validateNip('8567346215')).toMatchObject({ formatted: '856-734-62-15' });
  });
});

describe('validateRegon', () => {
  it.each([
    ['192598184', 9],
    ['123456785', 9],
    ['12345678512347', 14],
  ])('%s is valid', (regon, length) => {
    expect(validateRegon(regon)).toEqual({ valid: true, normalized: regon, length });
  });

  it.each([
    ['192598183', 'REGON_CHECKSUM'],
    ['12345678612342', 'REGON_CHECKSUM'],
    ['12345678512348', 'REGON_CHECKSUM'],
    ['000000000', 'REGON_ZERO'],
    ['00000000000000', 'REGON_ZERO'],
    ['1234567851', 'REGON_FORMAT'],
  ])('%s is invalid (%s)', (regon, reason) => {
    const result = validateRegon(regon);
    expect(result).toMatchObject({ valid: false, reason });
    if (!result.valid && reason === 'REGON_CHECKSUM')
      expect(result.message).toBe('Nieprawidłowy REGON: błędna cyfra kontrolna');
  });
});

describe('validateNrb', () => {
  it.each([
    ['55114020040000310012345678', '55114020040000310012345678', '11402004'],
    ['PL55 1140 2004 0000 3100 1234 5678', '55114020040000310012345678', '11402004'],
    ['61109010140000071219812874', '61109010140000071219812874', '10901014'],
    ['27114020040000300201355387', '27114020040000300201355387', '11402004'],
  ])('%s is valid', (nrb, normalized, sortCode) => {
    expect(validateNrb(nrb)).toMatchObject({ valid: true, normalized, sortCode, iban: `PL${normalized}` });
  });

  it.each([
    ['61109010140000071219812875', 'NRB_CHECKSUM'],
    ['PL30114020050000310012345678', 'NRB_SORT_CODE'], // mod 97 passes, NBP check digit does not
    ['DE89370400440532013000', 'NRB_FORMAT'],
    ['5511402004000031001234567', 'NRB_FORMAT'],
  ])('%s is invalid (%s)', (nrb, reason) => {
    expect(validateNrb(nrb)).toMatchObject({ valid: false, reason });
  });

  it('formats as kk bbbb bbbb …', () => {
    expect(validateNrb('55114020040000310012345678')).toMatchObject({
      formatted: '55 1140 2004 0000 3100 1234 5678',
    });
  });
});
