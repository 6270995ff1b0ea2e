import { daysInMonth } from '../../calendar';
import { foldDiacritics } from '../../text';
import type { ImportField } from './fields';
import type { Cell } from './table';

export type Converted = { ok: true; value: string | null } | { ok: false; code: string; message: string };

const ok = (value: string | null): Converted => ({ ok: true, value });
const fail = (code: string, message: string): Converted => ({ ok: false, code, message });
const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/**
 * Excel's serial day 1 is 1900-01-01, and it counts a 29 February 1900 that never was (serials from 61
 * on are one day late).
 */
export function excelSerialToIsoDate(serial: number): string | null {
  if (!Number.isFinite(serial) || serial < 1 || serial >= 2_958_466) return null;
  const days = Math.floor(serial) - (serial >= 61 ? 1 : 0);
  const date = new Date(Date.UTC(1899, 11, 31) + days * 86_400_000);
  return date.toISOString().slice(0, 10);
}

const ISO = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[ T]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?Z?)?$/;
const POLISH = /^(\d{1,2})[.\-/](\d{1,2})[.\-/](\d{4})(?:\s*r\.?)?(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?$/;

/**
 * A date from a cell: a date cell, an Excel serial number, 'YYYY-MM-DD' or 'DD.MM.YYYY' (also with '-' or '/',
 * a trailing "r." or a midnight time, as exports often add). Returns 'YYYY-MM-DD'.
 */
export function parseDateCell(cell: Cell): Converted {
  if (cell === null) return ok(null);
  if (cell instanceof Date) {
    return Number.isNaN(cell.getTime())
      ? fail('INVALID_DATE', 'Nieprawidłowa data.')
      : ok(cell.toISOString().slice(0, 10));
  }
  if (typeof cell === 'number') {
    const iso = excelSerialToIsoDate(cell);
    return iso
      ? ok(iso)
      : fail('INVALID_DATE', 'Nieprawidłowa data: podaj datę w formacie RRRR-MM-DD lub DD.MM.RRRR.');
  }
  const text = String(cell).trim();
  if (!text) return ok(null);
  let parts: [number, number, number] | null = null;
  const iso = ISO.exec(text);
  if (iso) parts = [Number(iso[1]), Number(iso[2]), Number(iso[3])];
  const polish = POLISH.exec(text);
  if (polish) parts = [Number(polish[3]), Number(polish[2]), Number(polish[1])];
  if (!parts)
    return fail('INVALID_DATE', 'Nieprawidłowa data: podaj datę w formacie RRRR-MM-DD lub DD.MM.RRRR.');
  const [year, month, day] = parts;
  if (year < 1800 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) {
    return fail('INVALID_DATE', `Taka data nie istnieje: ${text}.`);
  }
  return ok(`${year}-${pad(month)}-${pad(day)}`);
}

/** The cell as trimmed text; whole numbers without ".0", date cells as 'YYYY-MM-DD'; empty → null. */
export function cellText(cell: Cell): string | null {
  if (cell === null) return null;
  if (cell instanceof Date) return Number.isNaN(cell.getTime()) ? null : cell.toISOString().slice(0, 10);
  if (typeof cell === 'number') return Number.isInteger(cell) ? cell.toFixed(0) : String(cell);
  if (typeof cell === 'boolean') return cell ? 'TAK' : 'NIE';
  const text = cell.trim();
  return text ? text : null;
}

const SEX: Record<string, 'F' | 'M'> = {
  k: 'F',
  kobieta: 'F',
  f: 'F',
  female: 'F',
  woman: 'F',
  zenska: 'F',
  m: 'M',
  mezczyzna: 'M',
  male: 'M',
  man: 'M',
  meska: 'M',
};

const CITIZENSHIP: Record<string, string> = {
  polskie: 'PL',
  polska: 'PL',
  polish: 'PL',
  ukrainskie: 'UA',
  ukraina: 'UA',
  bialoruskie: 'BY',
  bialorus: 'BY',
  niemieckie: 'DE',
  rosyjskie: 'RU',
  litewskie: 'LT',
  czeskie: 'CZ',
  slowackie: 'SK',
  gruzinskie: 'GE',
  wietnamskie: 'VN',
};

/** A digit string that a spreadsheet stored as a number loses its leading zeros; they are put back to `width`. */
const digitsOf = (cell: Cell, width: number): string | null => {
  if (typeof cell === 'number' && Number.isInteger(cell) && cell >= 0)
    return cell.toFixed(0).padStart(width, '0');
  const text = cellText(cell);
  return text === null ? null : text.replace(/[\s-]/g, '');
};

/**
 * Converts one cell to the text the participant form would send for `field`: dates to ISO, K/M to F/M,
 * numbers back to digit strings. Values it cannot read get a Polish message; the rest is checked by the form's schema.
 */
export function convertCell(field: ImportField, cell: Cell): Converted {
  switch (field) {
    case 'birthDate':
      return parseDateCell(cell);
    case 'pesel':
      return ok(digitsOf(cell, 11));
    case 'gminaCode': {
      const code = digitsOf(cell, 7);
      if (code === null) return ok(null);
      return /^\d{7}$/.test(code)
        ? ok(code)
        : fail('INVALID_FORMAT', 'Kod gminy TERYT to 7 cyfr (np. 0201011).');
    }
    case 'postalCode': {
      const code = typeof cell === 'number' ? digitsOf(cell, 5) : cellText(cell);
      return ok(code && /^\d{5}$/.test(code) ? `${code.slice(0, 2)}-${code.slice(2)}` : code);
    }
    case 'sex': {
      const text = cellText(cell);
      if (text === null) return ok(null);
      const sex = SEX[foldDiacritics(text).replace(/[^a-z]/g, '')];
      return sex ? ok(sex) : fail('INVALID_VALUE', 'Płeć: wpisz K (kobieta) albo M (mężczyzna).');
    }
    case 'citizenship': {
      const text = cellText(cell);
      if (text === null) return ok(null);
      return ok(CITIZENSHIP[foldDiacritics(text).replace(/[^a-z]/g, '')] ?? text.toUpperCase());
    }
    case 'educationLevel': {
      const text = cellText(cell);
      if (text === null) return ok(null);
      const level = /^(?:isced\s*)?([0-8])$/i.exec(text.replace(/\s+/g, ' ').trim());
      return level ? ok(level[1]!) : fail('INVALID_VALUE', 'Wykształcenie: podaj poziom ISCED od 0 do 8.');
    }
    case 'bankAccount':
      // 26 digits do not fit in a spreadsheet number: Excel has already rounded them away.
      if (typeof cell === 'number')
        return fail(
          'INVALID_NRB',
          'Numer rachunku zapisano w arkuszu jako liczbę i Excel zaokrąglił jego ' +
            'cyfry. Sformatuj kolumnę jako tekst i wpisz numer ponownie.',
        );
      return ok(cellText(cell));
    default:
      return ok(cellText(cell));
  }
}
