import { foldDiacritics } from '../../text';

/**
 * Participant fields a spreadsheet column can fill (sensitive groups are never imported: they need a
 * justification each).
 */
export const IMPORT_FIELDS = [
  'firstName',
  'lastName',
  'pesel',
  'birthDate',
  'sex',
  'citizenship',
  'street',
  'buildingNo',
  'flatNo',
  'postalCode',
  'city',
  'gminaCode',
  'phone',
  'email',
  'educationLevel',
  'bankAccount',
] as const;
export type ImportField = (typeof IMPORT_FIELDS)[number];

/** Column headers as the export writes them and as error messages name a field without a column. */
export const IMPORT_FIELD_LABELS: Record<ImportField, string> = {
  firstName: 'Imię',
  lastName: 'Nazwisko',
  pesel: 'PESEL',
  birthDate: 'Data urodzenia',
  sex: 'Płeć',
  citizenship: 'Obywatelstwo',
  street: 'Ulica',
  buildingNo: 'Nr domu',
  flatNo: 'Nr lokalu',
  postalCode: 'Kod pocztowy',
  city: 'Miejscowość',
  gminaCode: 'Kod gminy TERYT',
  phone: 'Telefon',
  email: 'E-mail',
  educationLevel: 'Wykształcenie (ISCED)',
  bankAccount: 'Rachunek bankowy (NRB)',
};

/**
 * Header spellings seen in centres' spreadsheets (Polish and English), compared after folding
 * diacritics and punctuation.
 */
const SYNONYMS: Record<ImportField, string[]> = {
  firstName: ['imie', 'imiona', 'pierwsze imie', 'first name', 'firstname', 'given name'],
  lastName: ['nazwisko', 'last name', 'lastname', 'surname', 'family name'],
  pesel: ['pesel', 'nr pesel', 'numer pesel'],
  birthDate: [
    'data urodzenia',
    'data ur',
    'urodzony',
    'urodzona',
    'date of birth',
    'birth date',
    'birthdate',
    'dob',
  ],
  sex: ['plec', 'k m', 'sex', 'gender'],
  citizenship: ['obywatelstwo', 'kraj obywatelstwa', 'citizenship', 'nationality'],
  street: ['ulica', 'ul', 'street'],
  buildingNo: [
    'nr domu',
    'numer domu',
    'nr budynku',
    'numer budynku',
    'dom',
    'building no',
    'building number',
    'house number',
    'house no',
  ],
  flatNo: [
    'nr lokalu',
    'numer lokalu',
    'nr mieszkania',
    'numer mieszkania',
    'lokal',
    'mieszkanie',
    'flat no',
    'flat number',
    'apartment',
    'apartment no',
  ],
  postalCode: ['kod pocztowy', 'postal code', 'post code', 'postcode', 'zip', 'zip code'],
  city: ['miejscowosc', 'miasto', 'city', 'town', 'locality'],
  gminaCode: [
    'kod gminy teryt',
    'kod gminy',
    'kod teryt',
    'teryt',
    'terc',
    'gmina teryt',
    'teryt gminy',
    'kod terc',
    'gmina code',
    'teryt code',
    'municipality code',
  ],
  phone: [
    'telefon',
    'tel',
    'nr telefonu',
    'numer telefonu',
    'telefon kontaktowy',
    'komorka',
    'phone',
    'telephone',
    'mobile',
    'phone number',
  ],
  email: ['e mail', 'email', 'adres e mail', 'adres email', 'mail', 'e mail address', 'email address'],
  educationLevel: [
    'wyksztalcenie',
    'poziom wyksztalcenia',
    'wyksztalcenie isced',
    'isced',
    'education',
    'education level',
  ],
  bankAccount: [
    'rachunek',
    'rachunek bankowy',
    'nr rachunku',
    'numer rachunku',
    'nr rachunku bankowego',
    'numer rachunku bankowego',
    'nrb',
    'konto',
    'nr konta',
    'numer konta',
    'konto bankowe',
    'iban',
    'bank account',
    'account number',
  ],
};

const fold = (text: string) =>
  foldDiacritics(text)
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();

const LOOKUP = new Map<string, ImportField>(
  IMPORT_FIELDS.flatMap((field) => SYNONYMS[field].map((s) => [s, field] as [string, ImportField])),
);

/**
 * The field a header names, or null: "Płeć (K/M)", "PESEL:" and "E-mail" all match; a parenthesised
 * note is ignored when needed.
 */
export function fieldForHeader(header: string): ImportField | null {
  const whole = fold(header);
  const direct = LOOKUP.get(whole);
  if (direct) return direct;
  const withoutNote = fold(header.replace(/\([^)]*\)|\[[^\]]*\]/g, ' '));
  return LOOKUP.get(withoutNote) ?? null;
}

/** Column → field, where several columns would fill the same field, only the first one does. */
export type ColumnMapping = Record<string, ImportField | null>;

/** Suggests a mapping from the file's headers; a field is suggested for one column at most. */
export function suggestMapping(columns: readonly string[]): ColumnMapping {
  const taken = new Set<ImportField>();
  const mapping: ColumnMapping = {};
  for (const column of columns) {
    const field = fieldForHeader(column);
    mapping[column] = field && !taken.has(field) ? field : null;
    if (field) taken.add(field);
  }
  return mapping;
}

export interface MappingProblem {
  code: 'UNKNOWN_COLUMN' | 'FIELD_MAPPED_TWICE' | 'MISSING_FIELD';
  field: ImportField | null;
  message: string;
}

/**
 * Checks a mapping before rows are read: it names only the file's columns, fills each field once,
 * and covers the name and either PESEL or birth date with sex (a person cannot be registered otherwise).
 */
export function checkMapping(columns: readonly string[], mapping: ColumnMapping): MappingProblem[] {
  const problems: MappingProblem[] = [];
  const known = new Set(columns);
  const byField = new Map<ImportField, string[]>();
  for (const [column, field] of Object.entries(mapping)) {
    if (!known.has(column)) {
      problems.push({ code: 'UNKNOWN_COLUMN', field, message: `W pliku nie ma kolumny „${column}”.` });
      continue;
    }
    if (field) byField.set(field, [...(byField.get(field) ?? []), column]);
  }
  for (const [field, cols] of byField) {
    if (cols.length > 1) {
      problems.push({
        code: 'FIELD_MAPPED_TWICE',
        field,
        message:
          `Pole „${IMPORT_FIELD_LABELS[field]}” przypisano do kilku kolumn: ${cols.map((c) => `„${c}”`).join(', ')}. ` +
          `Wybierz jedną.`,
      });
    }
  }
  for (const field of ['lastName', 'firstName'] as const) {
    if (!byField.has(field))
      problems.push({
        code: 'MISSING_FIELD',
        field,
        message: `Wskaż kolumnę z polem „${IMPORT_FIELD_LABELS[field]}”.`,
      });
  }
  if (!byField.has('pesel') && !(byField.has('birthDate') && byField.has('sex'))) {
    problems.push({
      code: 'MISSING_FIELD',
      field: 'pesel',
      message:
        'Wskaż kolumnę „PESEL” albo kolumny „Data urodzenia” i „Płeć” (bez numeru PESEL obie są wymagane).',
    });
  }
  return problems;
}
